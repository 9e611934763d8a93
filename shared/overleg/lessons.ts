import type { EvaluationResult } from '../domain/cycle';
import type { ActionStatus } from '../domain/monitoring';
import type { OverlegAgenda } from '../domain/overleg';
import type { ActionType } from '../domain/reference';
import { countWords } from '../format';

/**
 * What worked per action type (issue 10, item 3; seed 003 §6.1.1, recommendation 4):
 * per type the evaluated actions of every sector with their verdict, the why and
 * the lesson, so one sector can learn from another's experience with the same
 * kind of action. An action counts under each of its types, once.
 */

type LessonAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'actions'>;
type LessonType = Pick<ActionType, 'id' | 'name'>;

export interface EvaluatedAction {
  id: string;
  title: string;
  status: ActionStatus;
  /** null: a why or lesson was written without a verdict. */
  result: EvaluationResult | null;
  why: string;
  lesson: string;
}

export interface TypeLessonSector {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  actions: EvaluatedAction[];
}

export type ResultCounts = Record<EvaluationResult, number> & { zonder: number };

export interface TypeLessons {
  typeId: number;
  typeName: string;
  /** How many of the evaluated actions worked, partly worked, did not, or have no verdict. */
  counts: ResultCounts;
  /** The agendas with an evaluated action of this type, in the order given. */
  sectors: TypeLessonSector[];
  /** Distinct sectors (two agendas of one sector count once). */
  sectorCount: number;
}

const isEvaluated = (action: LessonAgenda['actions'][number]) =>
  action.evaluation.result !== null || action.evaluation.why.trim() !== '' || action.evaluation.lesson.trim() !== '';

/** The types, in the order given, that have at least one evaluated action. */
export function evaluationsByType(agendas: readonly LessonAgenda[], actionTypes: readonly LessonType[]): TypeLessons[] {
  return actionTypes.flatMap((type) => {
    const sectors = agendas.map((agenda) => ({
      agendaId: agenda.agendaId,
      sectorId: agenda.sectorId,
      sectorName: agenda.sectorName,
      actions: agenda.actions
        .filter((action) => isEvaluated(action) && (action.primaryTypeId === type.id || action.extraTypeIds.includes(type.id)))
        .map(({ id, title, status, evaluation }) => ({ id, title, status, result: evaluation.result, why: evaluation.why.trim(), lesson: evaluation.lesson.trim() })),
    })).filter((sector) => sector.actions.length > 0);
    if (sectors.length === 0) return [];
    const counts: ResultCounts = { werkte: 0, deels: 0, niet: 0, zonder: 0 };
    for (const action of sectors.flatMap((sector) => sector.actions)) counts[action.result ?? 'zonder'] += 1;
    return [{ typeId: type.id, typeName: type.name, counts, sectors, sectorCount: new Set(sectors.map((sector) => sector.sectorId)).size }];
  });
}

/** "2 acties werkten, 1 deels, 0 niet", with "1 zonder oordeel" when a lesson came without a verdict. */
export function resultCountWords(counts: ResultCounts): string {
  const worked = countWords(counts.werkte, 'actie werkte', 'acties werkten');
  const rest = `${worked}, ${counts.deels} deels, ${counts.niet} niet`;
  return counts.zonder > 0 ? `${rest}, ${counts.zonder} zonder oordeel` : rest;
}
