import type { RichTables } from './richTables';
import type { KeyCheck, KeyState } from '../../../shared/domain/keys';
import type { PredecessorResults } from '../../../shared/cycle/predecessorResults';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { JobsOverview } from '../../../shared/domain/jobs';
import type { ActionType, ReferenceData } from '../../../shared/domain/reference';

export interface ExportOptions {
  /** Marks every page CONCEPT. */
  draft: boolean;
  /** ISO date the document is made on, shown on the cover ("4 februari 2026"). */
  generatedOn: string;
  /** The frozen revision this document shows, with the fingerprint of its content; null for a draft. */
  revision?: { number: number; fingerprint: string; keys?: KeyCheck; vastgesteld?: boolean } | null;
  /** Valid signatures on the revision, shown on the signature page; a signatory without one gets lines to sign by hand. */
  signatures?: ExportSignature[];
  /** Employers, quotum and realised jobs, for the jobs table under Monitoring; absent: no figures yet. */
  jobs?: JobsOverview | null;
  /** What the previous agenda delivered, for the Terugblik; missing: it is named but not in this installation (or in the bin); absent: none. */
  predecessor?: { results: PredecessorResults } | { missing: 'elders' | 'verwijderd' } | null;
}

export interface ExportSignature { signatoryId: string; signerName: string; signerFunction: string; signedOn: string; keyFingerprint: string; keyState?: KeyState }

/** What every part of the document builder reads. */
export interface ExportContext {
  agenda: AgendaDetail;
  reference: ReferenceData;
  options: ExportOptions;
  typeById: Map<number, ActionType>;
  actionTitleById: Map<string, string>;
  /** When set, long tables of styled cells are written after packing (richTables.ts). */
  rich?: RichTables;
}

export function exportContext(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions): ExportContext {
  return {
    agenda,
    reference,
    options,
    typeById: new Map(reference.actionTypes.map((type) => [type.id, type])),
    actionTitleById: new Map(agenda.actions.map((action) => [action.id, action.title])),
  };
}

/** "4. Centralisatie van aansturing / financiering", or "Actietype 42" for a type the reference data lacks. */
export function typeLabel(context: ExportContext, typeId: number): string {
  const type = context.typeById.get(typeId);
  return type ? `${type.id}. ${type.name}` : `Actietype ${typeId}`;
}
