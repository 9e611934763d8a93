import type { OverlegAgenda } from '../domain/overleg';
import type { ActionType } from '../domain/reference';
import { agendaStatusLabels } from '../labels';
import { unusedSignificantTypes } from '../score';

/**
 * Cycle completeness per sector (issue 6, item 3; seed 003 §4.2): did the agenda
 * do Plan, Check and Act on paper? Each check stands on its own; they are never
 * added up, because the overleg compares to learn, not to rank.
 */

export const cycleCheckCodes = [
  'meetbare-doelen',
  'metingen',
  'probleemanalyse',
  'vorige-werkagenda',
  'vastgesteld',
  'niet-gebruikte-typen',
  'verantwoording',
] as const;
export type CycleCheckCode = (typeof cycleCheckCodes)[number];

export interface CycleCheck {
  code: CycleCheckCode;
  label: string;
  ok: boolean;
  /** Plain Dutch: what was found, so a "no" can be discussed. */
  detail: string;
}

type CheckedAgenda = Pick<OverlegAgenda, 'actions' | 'knelpunten' | 'targets' | 'predecessorId' | 'signoff' | 'unusedTypeReasons' | 'accountability'>;

/** "6", "6 en 8", "6, 8 en 9". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A target in jobs is the number the research found everywhere; "measurable beyond jobs" means any other unit. */
const jobUnits = new Set(['baan', 'banen']);
const isJobTarget = (unit: string) => jobUnits.has(unit.trim().toLowerCase());

function measurableTargets(agenda: CheckedAgenda): CycleCheck {
  // Without a target value there is nothing to measure against, so such a target does not count.
  const other = agenda.targets.filter((target) => !isJobTarget(target.unit) && target.targetValue !== null).length;
  const detail = other > 0 ? `${plural(other, 'doel', 'doelen')} met een streefwaarde in een andere eenheid dan banen.`
    : agenda.targets.length > 0 ? 'Alleen doelen in banen of doelen zonder streefwaarde.' : 'Geen meetbare doelen.';
  return { code: 'meetbare-doelen', label: 'Meetbare doelen naast het aantal banen', ok: other > 0, detail };
}

function measurements(agenda: CheckedAgenda): CycleCheck {
  const measured = agenda.targets.filter((target) => target.measurementCount > 0).length;
  const detail = agenda.targets.length === 0 ? 'Geen doelen om te meten.' : `Metingen bij ${measured} van de ${plural(agenda.targets.length, 'doel', 'doelen')}.`;
  return { code: 'metingen', label: 'Metingen vastgelegd', ok: measured > 0, detail };
}

function problemAnalysis(agenda: CheckedAgenda): CycleCheck {
  // An imported file could link to an action it does not contain; only answers that exist count.
  const actionIds = new Set(agenda.actions.map((action) => action.id));
  const total = agenda.knelpunten.length;
  const answered = agenda.knelpunten.filter((knelpunt) => knelpunt.answeredByActionIds.some((id) => actionIds.has(id))).length;
  const detail = total === 0 ? 'Geen knelpunten beschreven.' : `${answered} van de ${plural(total, 'knelpunt', 'knelpunten')} beantwoord met een actie.`;
  return { code: 'probleemanalyse', label: 'Probleemanalyse met beantwoorde knelpunten', ok: total > 0 && answered === total, detail };
}

function predecessor(agenda: CheckedAgenda): CycleCheck {
  const ok = agenda.predecessorId !== null;
  return { code: 'vorige-werkagenda', label: 'Gebouwd op de vorige werkagenda', ok, detail: ok ? 'Voortgezet uit de vorige werkagenda.' : 'Niet gebouwd op een vorige werkagenda.' };
}

function signoff(agenda: CheckedAgenda): CycleCheck {
  const { state, validSignatures, invalidSignatures, tampered } = agenda.signoff;
  const ok = state === 'vastgesteld' && !tampered && invalidSignatures === 0 && validSignatures > 0;
  const detail = tampered ? 'De inhoud wijkt af van wat is ondertekend: de handtekeningen gelden niet.'
    : invalidSignatures > 0 ? `${plural(invalidSignatures, 'ongeldige handtekening', 'ongeldige handtekeningen')}.`
      : state !== 'vastgesteld' ? `${agendaStatusLabels[state]}: nog niet vastgesteld.`
        : validSignatures === 0 ? 'Vastgesteld, maar zonder geldige handtekening.'
          : `Vastgesteld met ${plural(validSignatures, 'geldige handtekening', 'geldige handtekeningen')}.`;
  return { code: 'vastgesteld', label: 'Vastgesteld met geldige handtekeningen', ok, detail };
}

function unusedTypes(agenda: CheckedAgenda, actionTypes: readonly Pick<ActionType, 'id' | 'origin'>[]): CycleCheck {
  const explained = new Set(agenda.unusedTypeReasons.filter((entry) => entry.reason.trim() !== '').map((entry) => entry.typeId));
  const unused = unusedSignificantTypes(agenda, actionTypes);
  const missing = unused.filter((type) => !explained.has(type.id)).map((type) => String(type.id));
  const detail = unused.length === 0 ? 'Alle Significant-actietypen worden gebruikt.'
    : missing.length === 0 ? `Elk niet-gebruikt Significant-actietype is toegelicht: ${dutchList(unused.map((type) => String(type.id)))}.`
      : `Geen toelichting bij actietype ${dutchList(missing)}.`;
  return { code: 'niet-gebruikte-typen', label: 'Niet-gebruikte actietypen toegelicht', ok: missing.length === 0, detail };
}

function accountability(agenda: CheckedAgenda): CycleCheck {
  const ok = agenda.accountability.trim() !== '';
  return { code: 'verantwoording', label: 'Verantwoording door werkgevers beschreven', ok, detail: ok ? 'Beschreven.' : 'Niet beschreven.' };
}

/** The seven checks in cycle order (the order of `cycleCheckCodes`). */
export function cycleChecks(agenda: CheckedAgenda, actionTypes: readonly Pick<ActionType, 'id' | 'origin'>[]): CycleCheck[] {
  return [
    measurableTargets(agenda), measurements(agenda), problemAnalysis(agenda), predecessor(agenda),
    signoff(agenda), unusedTypes(agenda, actionTypes), accountability(agenda),
  ];
}
