import type { ActionType } from '../../shared/domain/reference';

/** The 12 action types in seed 003's numbering: 9 from Significant APE, 4, 5 and 7 added by the researchers. */
const significant = [1, 2, 3, 6, 8, 9, 10, 11, 12];
export const actionTypes: ActionType[] = Array.from({ length: 12 }, (_, index) => ({
  id: index + 1,
  name: `Type ${index + 1}`,
  origin: significant.includes(index + 1) ? 'significant' : 'toegevoegd',
  explanation: '',
}));
