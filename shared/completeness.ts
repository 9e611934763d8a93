import { addresseeNeedsAction, type AgendaDetail } from './domain/agenda';
import { addresseeShort } from './labels';
import type { ActionType } from './domain/reference';
import { agendaScore, unusedSignificantTypes } from './score';

/** The sections of the Plan editor, in cycle order; a gap links to one of them. */
export const sections = [
  { id: 'inleiding', title: 'Inleiding' },
  { id: 'terugblik', title: 'Terugblik' },
  { id: 'probleemanalyse', title: 'Probleemanalyse' },
  { id: 'doelstellingen', title: 'Doelstellingen' },
  { id: 'acties', title: 'Acties' },
  { id: 'verantwoording', title: 'Verantwoording door werkgevers' },
  { id: 'niet-gebruikt', title: 'Toelichting niet-gebruikte actietypen' },
  { id: 'ondertekenaars', title: 'Ondertekenaars' },
] as const;
export type SectionId = (typeof sections)[number]['id'];

export interface Gap {
  /** Stable code for tests and for grouping. */
  code: string;
  /** Plain Dutch: what is missing and where. */
  message: string;
  section: SectionId;
  /** The knelpunt, action, target or type the gap is about, for a link straight to it. */
  itemId?: string;
}

export interface Completeness {
  gaps: Gap[];
  score: number;
  typeCount: number;
}

const isBlank = (text: string | null | undefined) => !text || text.trim() === '';
const quote = (text: string) => `“${text}”`;

/**
 * Every gap of a draft agenda in plain Dutch, in the order of the sections.
 * The rules follow seed 003 §4.2 and §6.1: measurable targets, a planning per
 * action, a problem analysis whose knelpunten are answered, a reason for every
 * Significant type left out, and signatories who commit to it.
 */
export function checkCompleteness(agenda: AgendaDetail, actionTypes: readonly ActionType[]): Completeness {
  const gaps: Gap[] = [];
  const add = (gap: Gap) => gaps.push(gap);

  if (isBlank(agenda.introduction)) add({ code: 'inleiding-leeg', section: 'inleiding', message: 'De inleiding is nog leeg.' });
  if (isBlank(agenda.lookback)) add({ code: 'terugblik-leeg', section: 'terugblik', message: 'De terugblik op de vorige werkagenda ontbreekt.' });

  if (agenda.knelpunten.length === 0) {
    add({ code: 'geen-knelpunten', section: 'probleemanalyse', message: 'De probleemanalyse heeft nog geen knelpunt.' });
  }
  for (const knelpunt of agenda.knelpunten) {
    if (isBlank(knelpunt.cause)) {
      add({ code: 'knelpunt-zonder-oorzaak', section: 'probleemanalyse', itemId: knelpunt.id, message: `Bij knelpunt ${quote(knelpunt.title)} staat nog geen oorzaak.` });
    }
    // Only the sector and its employers can act on a knelpunt themselves; of BZK, SZW or another party the sector asks something.
    if (addresseeNeedsAction(knelpunt.addressee)) {
      if (knelpunt.answeredByActionIds.length === 0) {
        add({ code: 'knelpunt-zonder-actie', section: 'probleemanalyse', itemId: knelpunt.id, message: `Knelpunt ${quote(knelpunt.title)} wordt nog door geen enkele actie aangepakt.` });
      }
    } else if (isBlank(knelpunt.request)) {
      add({ code: 'knelpunt-zonder-verzoek', section: 'probleemanalyse', itemId: knelpunt.id, message: `Knelpunt ${quote(knelpunt.title)} ligt bij ${addresseeShort[knelpunt.addressee]}: schrijf op wat u van ${addresseeShort[knelpunt.addressee]} vraagt.` });
    }
  }

  if (agenda.jobGoals.length === 0) {
    add({ code: 'geen-banendoel', section: 'doelstellingen', message: 'Er is nog geen doel voor het aantal banen per jaar.' });
  }
  const agendaTargets = agenda.targets.filter((target) => target.actionId === null);
  // An agenda-wide target is only asked for when the actions do not all carry one of their own.
  const everyActionMeasured = agenda.actions.length > 0 && agenda.actions.every((action) => agenda.targets.some((target) => target.actionId === action.id));
  if (agendaTargets.length === 0 && !everyActionMeasured) {
    add({ code: 'geen-meetbaar-doel', section: 'doelstellingen', message: 'Er is nog geen meetbaar doel naast het aantal banen.' });
  }

  if (agenda.actions.length === 0) add({ code: 'geen-acties', section: 'acties', message: 'De werkagenda heeft nog geen acties.' });
  const periodStart = `${agenda.startYear}-01`;
  const periodEnd = `${agenda.endYear}-12`;
  const actionsWithTarget = new Set(agenda.targets.map((target) => target.actionId));
  for (const action of agenda.actions) {
    const name = quote(action.title);
    if (!action.startMonth || !action.endMonth) {
      add({ code: 'actie-zonder-planning', section: 'acties', itemId: action.id, message: `Actie ${name} heeft nog geen planning (start- en eindmaand).` });
    } else if (action.startMonth > periodEnd || action.endMonth < periodStart) {
      add({ code: 'planning-buiten-periode', section: 'acties', itemId: action.id, message: `De planning van actie ${name} valt buiten de looptijd van de werkagenda.` });
    }
    if (!actionsWithTarget.has(action.id)) {
      add({ code: 'actie-zonder-doel', section: 'acties', itemId: action.id, message: `Actie ${name} heeft nog geen meetbaar doel.` });
    }
    if (isBlank(action.owner)) {
      add({ code: 'actie-zonder-eigenaar', section: 'acties', itemId: action.id, message: `Bij actie ${name} staat nog niet wie de trekker is (wie verantwoordelijk is).` });
    }
  }
  for (const target of agenda.targets) {
    // A target per year starts again every year, so it needs no deadline of its own.
    if (target.targetValue === null || (target.deadline === null && !target.perYear)) {
      const where = target.actionId === null ? 'doelstellingen' : 'acties';
      add({ code: 'doel-onvolledig', section: where, itemId: target.id, message: `Het doel ${quote(target.indicator)} heeft nog geen ${target.targetValue === null ? 'streefwaarde' : 'einddatum'}.` });
    }
  }

  if (isBlank(agenda.accountability)) {
    add({ code: 'verantwoording-leeg', section: 'verantwoording', message: 'Er staat nog niet hoe werkgevers verantwoording afleggen over hun inspanningen en resultaten.' });
  }

  const reasons = new Map(agenda.unusedTypeReasons.map((entry) => [entry.typeId, entry.reason]));
  for (const type of unusedSignificantTypes(agenda, actionTypes)) {
    if (isBlank(reasons.get(type.id))) {
      add({ code: 'type-zonder-toelichting', section: 'niet-gebruikt', itemId: String(type.id), message: `Actietype ${type.id} (${type.name}) wordt niet gebruikt: licht toe waarom niet.` });
    }
  }

  if (agenda.signatories.length === 0) {
    add({ code: 'geen-ondertekenaars', section: 'ondertekenaars', message: 'Er zijn nog geen ondertekenaars: wie van het bestuur committeert zich aan deze werkagenda?' });
  } else if (!agenda.signatories.some((signatory) => signatory.required)) {
    add({ code: 'geen-verplichte-ondertekenaar', section: 'ondertekenaars', message: 'Geen van de ondertekenaars is verplicht: maak ten minste één bestuurder verplicht.' });
  }

  return { gaps, score: agendaScore(agenda, actionTypes), typeCount: actionTypes.length };
}

/**
 * The gaps per item, so each card reads its own instead of filtering the whole list:
 * a target's gaps also count for the action it belongs to.
 */
export function gapsByItem(gaps: readonly Gap[], agenda: Pick<AgendaDetail, 'targets'>): ReadonlyMap<string, readonly Gap[]> {
  const actionOfTarget = new Map(agenda.targets.map((target) => [target.id, target.actionId]));
  const byItem = new Map<string, Gap[]>();
  const add = (id: string, gap: Gap) => {
    const list = byItem.get(id);
    if (list) list.push(gap);
    else byItem.set(id, [gap]);
  };
  for (const gap of gaps) {
    if (gap.itemId === undefined) continue;
    add(gap.itemId, gap);
    const actionId = actionOfTarget.get(gap.itemId);
    if (actionId) add(actionId, gap);
  }
  return byItem;
}
