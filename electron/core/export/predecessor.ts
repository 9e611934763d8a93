import { formatDate } from '../../../shared/format';
import type { ExportContext } from './context';
import type { Block } from './sections';
import { cellText, dataTable } from './tables';
import { heading, labelled, missing, para } from './text';

/** "Vorige werkagenda: “…” (2025-2026)", or that this installation does not have it. */
export function predecessorName({ options }: ExportContext): Block[] {
  const predecessor = options.predecessor;
  if (!predecessor) return [];
  if ('missing' in predecessor) {
    const where = predecessor.missing === 'verwijderd' ? 'bij de verwijderde werkagenda’s staat' : 'niet in deze installatie staat';
    return [missing(`Deze werkagenda bouwt voort op een vorige werkagenda die ${where}; wat die opleverde, staat daarom niet in dit document.`)];
  }
  const { results } = predecessor;
  return [labelled('Vorige werkagenda', `${results.title} (${results.period})`)];
}

/**
 * The table "Wat de vorige werkagenda opleverde" (per action: status, result of the evaluation, lesson),
 * the targets reached or not, and the jobs sentence: the same figures as the draft Terugblik.
 */
export function predecessorResultsBlocks({ options }: ExportContext): Block[] {
  const predecessor = options.predecessor;
  if (!predecessor || 'missing' in predecessor) return [];
  const { results } = predecessor;
  const blocks: Block[] = [
    heading('Wat de vorige werkagenda opleverde', 2),
    para(`${results.ended ? 'Stand aan het einde van de periode' : 'Stand'} op ${formatDate(results.asOf)}, uit de monitoring en de evaluatie van “${results.title}”.`),
  ];
  blocks.push(results.actions.length === 0
    ? missing('De vorige werkagenda had geen acties.')
    : dataTable(['Actie', 'Status', 'Resultaat van de evaluatie', 'Les'], [30, 14, 18, 38], results.actions.map((action) => [
      [cellText(action.title)],
      action.statusLabel,
      action.resultLabel,
      [cellText(action.lesson || '–')],
    ])));
  blocks.push(heading('Doelen van de vorige werkagenda', 3));
  blocks.push(results.targets.length === 0
    ? missing('De vorige werkagenda had geen meetbare doelen.')
    : dataTable(['Doel', 'Uitkomst', 'Toelichting'], [30, 16, 54], results.targets.map((target) => [
      [cellText(target.actionTitle ? `${target.indicator} (actie: ${target.actionTitle})` : target.indicator)],
      target.verdictLabel,
      [cellText(target.reason)],
    ])));
  blocks.push(labelled('Banen', results.jobsSentence));
  return blocks;
}
