import { actionMix, actorWords, natureWords } from '../../../shared/actionMix';
import type { Paragraph } from 'docx';
import type { Action, Target } from '../../../shared/domain/agenda';
import { formatDate, formatMonth, formatNumber } from '../../../shared/format';
import { perYearSuffix } from '../../../shared/targetStatus';
import { planningText } from '../../../shared/planning';
import { actorLabels, natureLabels, targetLevelShort } from '../../../shared/labels';
import { typeLabel, type ExportContext } from './context';
import { type Block, amount } from './sections';
import { LANDSCAPE_CONTENT_WIDTH } from './styles';
import { cellText, dataTable, type Cell } from './tables';
import { cleanText, heading, labelled, missing, para, paragraphs } from './text';

const cell = { style: 'TableText' } as const;

function target(goal: Target): Paragraph {
  const value = `${goal.targetValue === null ? goal.unit : amount(goal.targetValue, goal.unit)}${perYearSuffix(goal)}`;
  const deadline = goal.deadline ? `, uiterlijk ${formatDate(goal.deadline)}` : '';
  return para(`${targetLevelShort[goal.level]}: ${goal.indicator} – ${value}${deadline}`, cell);
}

function row(context: ExportContext, action: Action, targets: Target[]): Cell[] {
  const extra = action.extraTypeIds.filter((id) => id !== action.primaryTypeId);
  const what = [
    para(action.title, cell, { bold: true }),
    ...paragraphs(action.description, cell),
    para(natureLabels[action.nature], cell, { italics: true }),
    ...(extra.length > 0 ? [para(`Ook actietype ${extra.map((id) => typeLabel(context, id)).join('; ')}`, cell, { italics: true })] : []),
  ];
  const who = [cellText(actorLabels[action.actor]), ...(action.owner.trim() ? [para(`Trekker: ${action.owner}`, cell)] : [])];
  const when = planningText(action, context.agenda);
  const milestones = action.milestones.map((milestone) =>
    para(`${milestone.month ? `${formatMonth(milestone.month)}: ` : ''}${milestone.title}${milestone.done ? ' (gereed)' : ''}`, cell));
  return [
    what,
    who,
    [when ? cellText(when) : missing('Nog niet gepland', cell), ...milestones],
    targets.length > 0 ? targets.map(target) : [missing('Nog geen doel', cell)],
    action.jobsPrognosis === null ? '–' : formatNumber(action.jobsPrognosis),
  ];
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
  result.push(labelled('Nieuw of bestaand', cleanText(natureWords(mix))), labelled('Wie voert uit', cleanText(actorWords(mix))));
  for (const typeId of typeIds) {
    const actions = byType.get(typeId) ?? [];
    result.push(
      heading(typeLabel(context, typeId), 2),
      dataTable(['Actie', 'Wie', 'Planning', 'Doelen', 'Prognose banen'], [39, 16, 15, 21, 9],
        actions.map((action) => row(context, action, targetsByAction.get(action.id) ?? [])), LANDSCAPE_CONTENT_WIDTH),
    );
  }
  return result;
}
