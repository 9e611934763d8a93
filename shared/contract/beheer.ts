import { z } from 'zod';
import { ActionTypeUpdateSchema, ReferenceDataSchema, SectorInputSchema } from '../domain/reference';
import { channel } from './channel';

/** Beheer: the sectors and the 12 action types every screen reads. */
export const beheerApi = {
  'reference.get': channel(z.object({}), ReferenceDataSchema),
  'sector.save': channel(SectorInputSchema, ReferenceDataSchema),
  'actionType.update': channel(ActionTypeUpdateSchema, ReferenceDataSchema),
} as const;
