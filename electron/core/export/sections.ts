import type { Paragraph, Table, TableOfContents } from 'docx';
import { formatDate, formatNumber } from '../../../shared/format';
import { perYearSuffix } from '../../../shared/targetStatus';
import { addresseeLabels, targetLevelShort } from '../../../shared/labels';
import { addresseeNeedsAction, type Target } from '../../../shared/domain/agenda';
import type { ExportContext } from './context';
import { cellText, dataTable } from './tables';
import { predecessorName, predecessorResultsBlocks } from './predecessor';
import { heading, labelled, missing, paragraphs, textOr } from './text';

export type Block = Paragraph | Table | TableOfContents;

export function introduction({ agenda }: ExportContext): Block[] {
  return [heading('Inleiding', 1, { pageBreakBefore: true }), ...textOr(agenda.introduction, 'Nog geen inleiding geschreven.')];
}

/** Only when there was a previous agenda or the sector looks back on one. */
export function lookback(context: ExportContext): Block[] {
  const { agenda, options } = context;
  if (!agenda.predecessorId && !options.predecessor && agenda.lookback.trim() === '') return [];
  return [
    heading('Terugblik en resultaten van de vorige werkagenda', 1),
    ...predecessorName(context),
    ...textOr(agenda.lookback, 'Nog geen terugblik geschreven.'),
    ...predecessorResultsBlocks(context),
  ];
}

export function problemAnalysis(context: ExportContext): Block[] {
  const { agenda, reference, actionTitleById } = context;
  const result: Block[] = [heading('Probleemanalyse', 1)];
  if (agenda.knelpunten.length === 0) return [...result, missing('Nog geen knelpunten vastgelegd.')];
  const catalogue = new Map(reference.catalogue.map((item) => [item.id, item]));
  for (const knelpunt of agenda.knelpunten) {
    result.push(heading(knelpunt.title, 2), ...paragraphs(knelpunt.description));
    result.push(...(knelpunt.cause.trim() ? [labelled('Oorzaak', knelpunt.cause.replace(/\s*\n\s*/g, ' '))] : [missing('Nog geen oorzaak vastgelegd.')]));
    const item = knelpunt.catalogueId ? catalogue.get(knelpunt.catalogueId) : undefined;
    if (item) result.push(labelled('Categorie uit de catalogus', `${item.code} ${item.title}`));
    const answers = knelpunt.answeredByActionIds.map((id) => actionTitleById.get(id)).filter((title) => title !== undefined);
    if (!addresseeNeedsAction(knelpunt.addressee)) {
      result.push(labelled('Wie kan het oplossen', addresseeLabels[knelpunt.addressee]));
      result.push(knelpunt.request.trim() ? labelled('Verzoek', knelpunt.request.replace(/\s*\n\s*/g, ' ')) : missing('Nog geen verzoek beschreven.'));
      if (answers.length > 0) result.push(labelled(answers.length === 1 ? 'Ook aangepakt door de actie' : 'Ook aangepakt door de acties', answers.join('; ')));
      continue;
    }
    if (knelpunt.addressee === 'werkgevers') result.push(labelled('Wie kan het oplossen', addresseeLabels.werkgevers));
    if (answers.length === 0) result.push(missing('Nog door geen actie aangepakt.'));
    else result.push(labelled(answers.length === 1 ? 'Aangepakt door de actie' : 'Aangepakt door de acties', answers.join('; ')));
  }
  return result;
}

/** "8 bijeenkomsten" / "20,5 banen"; an empty value stays a dash. */
export const amount = (value: number | null, unit = '') => (value === null ? '–' : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`);

export function jobsTable({ agenda }: ExportContext, emptyText: string, jobsHeader = 'Banen'): Block[] {
  if (agenda.jobGoals.length === 0) return [missing(emptyText)];
  return [dataTable(['Jaar', jobsHeader], [1, 2], agenda.jobGoals.map((goal) => [String(goal.year), formatNumber(goal.jobs)]))];
}

const goalRow = (target: Target) => [
  targetLevelShort[target.level],
  [cellText(target.indicator)],
  `${target.unit}${perYearSuffix(target)}`,
  amount(target.baseline),
  amount(target.targetValue),
  target.deadline ? formatDate(target.deadline) : '–',
];

export function objectives(context: ExportContext): Block[] {
  const { agenda } = context;
  const goals = agenda.targets.filter((target) => target.actionId === null);
  return [
    heading('Doelstellingen', 1),
    heading('Banen per jaar', 2),
    ...jobsTable(context, 'Nog geen doel voor het aantal banen per jaar.'),
    heading('Toelichting', 2),
    ...textOr(agenda.objectives, 'Nog geen toelichting op de doelstellingen.'),
    heading('Andere meetbare doelen', 2),
    ...(goals.length === 0
      ? [missing('Nog geen meetbare doelen naast het aantal banen.')]
      : [dataTable(['Niveau', 'Indicator', 'Eenheid', 'Beginwaarde', 'Streefwaarde', 'Einddatum'], [14, 24, 13, 16, 17, 16], goals.map(goalRow))]),
  ];
}
