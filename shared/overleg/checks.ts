import { addresseeNeedsAction } from '../domain/agenda';
import type { OverlegAgenda } from '../domain/overleg';
import type { ActionType } from '../domain/reference';
import { countWords, dutchList } from '../format';
import { allKeysConfirmed, keyCountWords, vastgesteldWords } from '../keys';
import { agendaStatusLabels } from '../labels';
import { unusedSignificantTypes } from '../score';
import { judgedWords, targetStatusCounts } from './targets';

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

/** The column headings of the checks, in cycle order: the same in the screen and in the Word export. */
export const cycleCheckLabels: Record<CycleCheckCode, string> = {
  'meetbare-doelen': 'Meetbare doelen naast het aantal banen',
  'metingen': 'Metingen vastgelegd',
  'probleemanalyse': 'Probleemanalyse met aangepakte knelpunten',
  'vorige-werkagenda': 'Gebouwd op de vorige werkagenda',
  'vastgesteld': 'Vastgesteld met geldige handtekeningen',
  'niet-gebruikte-typen': 'Niet-gebruikte actietypen toegelicht',
  'verantwoording': 'Verantwoording door werkgevers beschreven',
};

export interface CycleCheck {
  code: CycleCheckCode;
  label: string;
  ok: boolean;
  /** Plain Dutch: what was found, so a "no" can be discussed. */
  detail: string;
}

type CheckedAgenda = Pick<OverlegAgenda, 'actions' | 'knelpunten' | 'targets' | 'predecessorId' | 'signoff' | 'unusedTypeReasons' | 'accountability'>;


/** A target in jobs is the number the research found everywhere; "measurable beyond jobs" means any other unit. */
const jobUnits = new Set(['baan', 'banen']);
const isJobTarget = (unit: string) => jobUnits.has(unit.trim().toLowerCase());

function measurableTargets(agenda: CheckedAgenda): CycleCheck {
  // Without a target value there is nothing to measure against, so such a target does not count.
  const other = agenda.targets.filter((target) => !isJobTarget(target.unit) && target.targetValue !== null).length;
  const detail = other > 0 ? `${countWords(other, 'doel', 'doelen')} met een streefwaarde in een andere eenheid dan banen.`
    : agenda.targets.length > 0 ? 'Alleen doelen in banen of doelen zonder streefwaarde.' : 'Geen meetbare doelen.';
  return { code: 'meetbare-doelen', label: cycleCheckLabels['meetbare-doelen'], ok: other > 0, detail };
}

function measurements(agenda: CheckedAgenda): CycleCheck {
  const measured = agenda.targets.filter((target) => target.measurementCount > 0);
  const judged = judgedWords(targetStatusCounts(measured));
  const detail = agenda.targets.length === 0 ? 'Geen doelen om te meten.'
    : `Metingen bij ${measured.length} van de ${countWords(agenda.targets.length, 'doel', 'doelen')}${judged ? `: ${judged}` : ''}.`;
  return { code: 'metingen', label: cycleCheckLabels['metingen'], ok: measured.length > 0, detail };
}

function problemAnalysis(agenda: CheckedAgenda): CycleCheck {
  // An imported file could link to an action it does not contain; only answers that exist count.
  const actionIds = new Set(agenda.actions.map((action) => action.id));
  const total = agenda.knelpunten.length;
  // A knelpunt only BZK, SZW or another party can solve is answered by a concrete request, not by an own action.
  const asked = agenda.knelpunten.filter((knelpunt) => !addresseeNeedsAction(knelpunt.addressee) && knelpunt.request.trim() !== '').length;
  const answered = asked + agenda.knelpunten.filter((knelpunt) => addresseeNeedsAction(knelpunt.addressee) && knelpunt.answeredByActionIds.some((id) => actionIds.has(id))).length;
  const detail = total === 0 ? 'Geen knelpunten beschreven.'
    : `${answered} van de ${countWords(total, 'knelpunt', 'knelpunten')} aangepakt met een actie${asked > 0 ? ` of een verzoek (${asked} aan SZW, BZK of een andere partij)` : ''}.`;
  return { code: 'probleemanalyse', label: cycleCheckLabels['probleemanalyse'], ok: total > 0 && answered === total, detail };
}

function predecessor(agenda: CheckedAgenda): CycleCheck {
  const ok = agenda.predecessorId !== null;
  return { code: 'vorige-werkagenda', label: cycleCheckLabels['vorige-werkagenda'], ok, detail: ok ? 'Voortgezet uit de vorige werkagenda.' : 'Niet gebouwd op een vorige werkagenda.' };
}

function signoff(agenda: CheckedAgenda): CycleCheck {
  // An agenda whose content or signatures do not verify never gets here: the core leaves it out of the comparison.
  // Valid signatures by keys nobody here confirmed may be a forgery in the signer's name: not counted, and said so.
  const { state, validSignatures, keys } = agenda.signoff;
  const confirmed = keys !== null && allKeysConfirmed(keys);
  const ok = state === 'vastgesteld' && validSignatures > 0 && confirmed;
  const signed = `met ${countWords(validSignatures, 'geldige handtekening', 'geldige handtekeningen')}`;
  const detail = state !== 'vastgesteld' ? `${agendaStatusLabels[state]}: nog niet vastgesteld.`
    : validSignatures === 0 ? 'Vastgesteld, maar zonder geldige handtekening.'
      : !keys ? `Vastgesteld ${signed}, maar de sleutels zijn niet nagegaan: telt niet als vastgesteld.`
        : confirmed ? `Vastgesteld ${signed}; ${keyCountWords(keys)}.`
          : `${vastgesteldWords(keys)}: telt niet als vastgesteld tot de sleutels zijn bevestigd onder Ondertekening.`;
  return { code: 'vastgesteld', label: cycleCheckLabels['vastgesteld'], ok, detail };
}

function unusedTypes(agenda: CheckedAgenda, actionTypes: readonly Pick<ActionType, 'id' | 'origin'>[]): CycleCheck {
  const explained = new Set(agenda.unusedTypeReasons.filter((entry) => entry.reason.trim() !== '').map((entry) => entry.typeId));
  const unused = unusedSignificantTypes(agenda, actionTypes);
  const missing = unused.filter((type) => !explained.has(type.id)).map((type) => String(type.id));
  const detail = unused.length === 0 ? 'Alle actietypen van Significant worden gebruikt.'
    : missing.length === 0 ? `Elk niet-gebruikt actietype van Significant is toegelicht: ${dutchList(unused.map((type) => String(type.id)))}.`
      : `Geen toelichting bij actietype ${dutchList(missing)}.`;
  return { code: 'niet-gebruikte-typen', label: cycleCheckLabels['niet-gebruikte-typen'], ok: missing.length === 0, detail };
}

function accountability(agenda: CheckedAgenda): CycleCheck {
  const ok = agenda.accountability.trim() !== '';
  return { code: 'verantwoording', label: cycleCheckLabels['verantwoording'], ok, detail: ok ? 'Beschreven.' : 'Niet beschreven.' };
}

/** The seven checks in cycle order (the order of `cycleCheckCodes`). */
export function cycleChecks(agenda: CheckedAgenda, actionTypes: readonly Pick<ActionType, 'id' | 'origin'>[]): CycleCheck[] {
  return [
    measurableTargets(agenda), measurements(agenda), problemAnalysis(agenda), predecessor(agenda),
    signoff(agenda), unusedTypes(agenda, actionTypes), accountability(agenda),
  ];
}
