/**
 * The draft Terugblik of a successor, written from what the predecessor delivered
 * (predecessorResults). Plain paragraphs and "- " lists: it reads the same in the
 * textarea of the Plan editor and as paragraphs in the Word export. The user edits it.
 */
import { formatDate } from '../format';
import type { ActionResult, PredecessorResults } from './predecessorResults';

/** The Terugblik's maximum length (AgendaFieldsSchema.lookback: optionalText's default). */
export const lookbackMaxLength = 20_000;

/** Long evaluations are shortened before actions are left out. */
const clippedLength = 300;

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

function actionLine(action: ActionResult, max: number): string {
  const result = action.result ? action.resultLabel.toLowerCase() : 'nog niet geëvalueerd';
  const parts = [`- ${action.title} (${action.statusLabel.toLowerCase()}): ${result}.`];
  if (action.why) parts.push(`Waarom: ${clip(action.why, max)}`);
  if (action.lesson) parts.push(`Les: ${clip(action.lesson, max)}`);
  return parts.map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`)).join(' ');
}

/** "- Stages: nog geen meting tot en met …", not "nog niet gemeten. Nog geen meting …": the reason says it already. */
function targetLine(target: PredecessorResults['targets'][number]): string {
  if (target.status === 'geen_gegevens') return `- ${target.indicator}: ${target.reason.charAt(0).toLowerCase()}${target.reason.slice(1)}`;
  return `- ${target.indicator}: ${target.verdictLabel.toLowerCase()}. ${target.reason}`;
}

export function lookbackDraft(results: PredecessorResults, maxLength = lookbackMaxLength): string {
  const opening = [
    `Concept, opgesteld uit de evaluatie van “${results.title}” (${results.period}); pas het aan.`,
    results.ended
      ? `Stand op ${formatDate(results.asOf)}, het einde van de vorige periode.`
      : `Stand op ${formatDate(results.asOf)}; de vorige periode loopt nog.`,
  ].join('\n');
  const targets = results.targets.length === 0
    ? ['Doelen', 'De vorige werkagenda had geen meetbare doelen.']
    : ['Doelen', ...results.targets.map(targetLine)];
  const jobs = ['Banen', results.jobsSentence];

  const compose = (actionLines: string[]) => [opening, ['Acties', ...actionLines].join('\n'), targets.join('\n'), jobs.join('\n')].join('\n\n');
  const noActions = ['De vorige werkagenda had geen acties.'];

  let lines = results.actions.length === 0 ? noActions : results.actions.map((action) => actionLine(action, Number.POSITIVE_INFINITY));
  let text = compose(lines);
  if (text.length <= maxLength) return text;

  lines = results.actions.map((action) => actionLine(action, clippedLength));
  text = compose(lines);
  if (text.length <= maxLength) return text;

  // Still too long (hundreds of actions): as many actions as fit, and a line saying how many are left out.
  const rest = (left: number) => `- En nog ${left} ${left === 1 ? 'actie' : 'acties'}: zie de evaluatie van de vorige werkagenda.`;
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const candidate = compose([...kept, line, rest(lines.length - index - 1)]);
    if (candidate.length > maxLength) break;
    kept.push(line);
  }
  const fitted = compose([...kept, rest(lines.length - kept.length)]);
  // Only with absurdly many targets does even that not fit: then the end is cut off.
  return fitted.length <= maxLength ? fitted : `${fitted.slice(0, maxLength - 1)}…`;
}
