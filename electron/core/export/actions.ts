import { actionMix, actorWords, mixLabels, natureWords } from '../../../shared/actionMix';
import type { Action, Target } from '../../../shared/domain/agenda';
import { formatDate, formatMonth, formatNumber } from '../../../shared/format';
import { perYearSuffix } from '../../../shared/targetStatus';
import { planningText } from '../../../shared/planning';
import { actorLabels, natureLabels, targetLevelShort } from '../../../shared/labels';
import { typeLabel, type ExportContext } from './context';
import { type Block, amount } from './sections';
import { LANDSCAPE_CONTENT_WIDTH } from './styles';
import { dataTable, type Cell } from './tables';
import { asParagraphs, type CellLine } from './richTables';
import { cleanText, heading, labelled, missing, para } from './text';

function target(goal: Target): CellLine {
  const value = `${goal.targetValue === null ? goal.unit : amount(goal.targetValue, goal.unit)}${perYearSuffix(goal)}`;
  const deadline = goal.deadline ? `, uiterlijk ${formatDate(goal.deadline)}` : '';
  return { text: `${targetLevelShort[goal.level]}: ${goal.indicator} – ${value}${deadline}` };
}

/** Lines of text as paragraphs does them: one per non-empty line. */
const lines = (text: string) => cleanText(text).split('\n').filter((line) => line.trim() !== '').map((line) => ({ text: line }));

function row(context: ExportContext, action: Action, targets: Target[]): CellLine[][] {
  const extra = action.extraTypeIds.filter((id) => id !== action.primaryTypeId);
  const what: CellLine[] = [
    { text: action.title, look: 'bold' },
    ...lines(action.description),
    { text: natureLabels[action.nature], look: 'italic' },
    ...(extra.length > 0 ? [{ text: `Ook actietype ${extra.map((id) => typeLabel(context, id)).join('; ')}`, look: 'italic' as const }] : []),
  ];
  const who: CellLine[] = [{ text: actorLabels[action.actor] }, ...(action.owner.trim() ? [{ text: `Trekker: ${action.owner}` }] : [])];
  const when = planningText(action, context.agenda);
  const milestones = action.milestones.map((milestone) =>
    ({ text: `${milestone.month ? `${formatMonth(milestone.month)}: ` : ''}${milestone.title}${milestone.done ? ' (gereed)' : ''}` }));
  return [
    what,
    who,
    [when ? { text: when } : { text: 'Nog niet gepland', look: 'italic' }, ...milestones],
    targets.length > 0 ? targets.map(target) : [{ text: 'Nog geen doel', look: 'italic' }],
    [{ text: action.jobsPrognosis === null ? '–' : formatNumber(action.jobsPrognosis) }],
  ];
}

const headers = ['Actie', 'Wie', 'Planning', 'Doelen', 'Prognose banen'];
const widths = [39, 16, 15, 21, 9];

/** One type's table: written after packing when the context allows it, else built by docx cell by cell. */
function actionTable(context: ExportContext, rows: CellLine[][][]) {
  const make = (cells: Cell[][]) => dataTable(headers, widths, cells, LANDSCAPE_CONTENT_WIDTH);
  if (context.rich) return context.rich.table(headers.length, rows, (markerRow) => make([markerRow]));
  return make(rows.map((cells) => cells.map(asParagraphs)));
}

/** The actions grouped by their primary type, in the order of the types; an action lists its further types itself. */
export function actionsByType(context: ExportContext): Block[] {
  const { agenda, reference } = context;
  const result: Block[] = [heading('Acties per actietype', 1)];
  if (agenda.actions.length === 0) return [...result, missing('Nog geen acties vastgelegd.')];

  const targetsByAction = new Map<string, Target[]>();
  for (const goal of agenda.targets) {
    if (goal.actionId !== null) targetsByAction.set(goal.actionId, [...(targetsByAction.get(goal.actionId) ?? []), goal]);
  }
  const byType = new Map<number, Action[]>();
  for (const action of agenda.actions) byType.set(action.primaryTypeId, [...(byType.get(action.primaryTypeId) ?? []), action]);
  const order = new Map(reference.actionTypes.map((type, index) => [type.id, index]));
  const typeIds = [...byType.keys()].sort((a, b) => (order.get(a) ?? 1e6 + a) - (order.get(b) ?? 1e6 + b));

  result.push(para(cleanText(`${agenda.actions.length === 1 ? 'Eén actie' : `${agenda.actions.length} acties`}, ingedeeld naar hun belangrijkste actietype.`)));
  const mix = actionMix(agenda.actions);
  result.push(labelled(mixLabels.nature, cleanText(natureWords(mix))), labelled(mixLabels.actor, cleanText(actorWords(mix))));
  for (const typeId of typeIds) {
    const actions = byType.get(typeId) ?? [];
    result.push(
      heading(typeLabel(context, typeId), 2),
      actionTable(context, actions.map((action) => row(context, action, targetsByAction.get(action.id) ?? []))),
    );
  }
  return result;
}
