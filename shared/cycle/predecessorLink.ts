/**
 * "Vorige werkagenda koppelen": which agenda may be linked as the predecessor of another.
 * Pure, so the core refuses with exactly the rules the Plan editor uses to offer candidates.
 */
import { formatPeriod, compareDutch } from '../format';

export interface LinkableAgenda {
  id: string;
  title: string;
  sectorId: string;
  startYear: number;
  endYear: number;
  deleted: boolean;
  predecessorId: string | null;
}

export type RefusalReason = 'zelf' | 'verwijderd' | 'sector' | 'periode' | 'kring' | 'opvolger';
export interface LinkRefusal { reason: RefusalReason; message: string }

/**
 * Why `candidate` cannot be the predecessor of `agenda`, with the Dutch message; null when it can.
 * `all` holds the agendas of the installation (to follow predecessors for a loop and to find
 * another successor of the candidate).
 */
export function predecessorRefusal(agenda: LinkableAgenda, candidate: LinkableAgenda, all: readonly LinkableAgenda[]): LinkRefusal | null {
  const name = `“${candidate.title}” (${formatPeriod(candidate.startYear, candidate.endYear)})`;
  const refuse = (reason: RefusalReason, message: string): LinkRefusal => ({ reason, message });
  if (candidate.id === agenda.id) return refuse('zelf', 'Een werkagenda kan niet haar eigen vorige werkagenda zijn.');
  if (candidate.deleted) return refuse('verwijderd', `${name} staat bij de verwijderde werkagenda’s. Zet die eerst terug om haar te koppelen.`);
  if (candidate.sectorId !== agenda.sectorId) return refuse('sector', `${name} is van een andere sector. Koppel een werkagenda van dezelfde sector.`);
  if (candidate.endYear >= agenda.startYear) {
    return refuse('periode', `${name} loopt niet af vóór ${agenda.startYear}, het beginjaar van deze werkagenda. Kies een werkagenda van een eerdere periode.`);
  }
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  for (let step: LinkableAgenda | undefined = candidate; step; step = step.predecessorId ? byId.get(step.predecessorId) : undefined) {
    if (step.id === agenda.id) return refuse('kring', `${name} bouwt zelf (via haar vorige werkagenda’s) voort op deze werkagenda; koppelen zou een kring maken.`);
    if (seen.has(step.id)) break;
    seen.add(step.id);
  }
  const other = all.find((entry) => entry.predecessorId === candidate.id && entry.id !== agenda.id);
  if (other) {
    const where = other.deleted ? ' (die staat bij de verwijderde werkagenda’s)' : '';
    return refuse('opvolger', `${name} heeft al een volgende werkagenda: “${other.title}”${where}. Een werkagenda heeft hoogstens één volgende.`);
  }
  return null;
}

/** The agendas the Plan editor offers: every one the rules allow, latest period first. */
export function predecessorCandidates<T extends LinkableAgenda>(agenda: LinkableAgenda, all: readonly T[]): T[] {
  return all.filter((candidate) => !candidate.deleted && predecessorRefusal(agenda, candidate, all) === null)
    .sort((a, b) => b.endYear - a.endYear || b.startYear - a.startYear || compareDutch(a.title, b.title));
}
