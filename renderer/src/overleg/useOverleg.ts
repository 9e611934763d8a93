import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FlaggedAgenda, GroupInput, OverlegAgenda, OverlegData, OverlegPeriod, SectorGroup } from '../../../shared/domain/overleg';
import { fileKinds } from '../../../shared/bridge';
import { formatPeriod } from '../../../shared/format';
import {
  cycleChecks, evaluationsByType, filterByGroup, helpedCounts, jobsPerSector, sharedKnelpunten, signalsForMinistries, sortColumns, sortRows, targetsPerSector, typeMatrix,
  type ColumnOrder, type CycleCheck, type HelpedCount, type KnelpuntGroup, type RowOrder, type SectorJobs, type SectorTargets, type TypeLessons, type TypeMatrix,
} from '../../../shared/overleg';
import { ApiCallError, errorMessage, invoke } from '../api/client';
import { saveFile } from '../api/files';
import { useReference } from '../api/ReferenceContext';

/** "2025-2026" for the period select, and back. */
export const periodKey = (period: OverlegPeriod) => formatPeriod(period.startYear, period.endYear);

export interface AgendaChecks {
  agenda: OverlegAgenda;
  checks: CycleCheck[];
}

export interface SelectedCell {
  typeId: number;
  agendaId: string;
}

/** The actions behind one cell of the matrix, for the list under it. */
export interface CellDetail {
  typeId: number;
  typeName: string;
  agenda: OverlegAgenda;
  /** The column's label (the sector, with the period when a sector has two agendas). */
  label: string;
  actions: OverlegAgenda['actions'];
}

/** Everything the Overleg screen shows, limited to the chosen group and computed with shared/overleg. */
export interface OverlegView {
  agendas: OverlegAgenda[];
  flagged: FlaggedAgenda[];
  /** Columns in the chosen order; rows by type number (the matrix). */
  matrix: TypeMatrix;
  /** The same columns, rows in the order chosen for the plain table. */
  table: TypeMatrix;
  /** The header text of each agenda's column, by agendaId. */
  columnLabels: Map<string, string>;
  checks: AgendaChecks[];
  jobs: SectorJobs[];
  targets: SectorTargets[];
  lessons: TypeLessons[];
  /** How often each success factor is named in the evaluations (Wat hielp?). */
  helped: HelpedCount[];
  knelpunten: KnelpuntGroup[];
  /** Knelpunten addressed to SZW, BZK or another party: Signalen voor SZW en BZK. */
  signals: KnelpuntGroup[];
}

export type ExportKind = 'docx' | 'csv';
export type ExportState = { kind: 'idle' } | { kind: 'busy'; file: ExportKind } | { kind: 'done'; message: string } | { kind: 'error'; message: string };
export type GroupError = { field: 'name' | 'sectorIds'; message: string };

/** "Defensie", or "Defensie (2024-2025)" when the sector has more than one agenda in the comparison. */
function labelsOf(agendas: readonly OverlegAgenda[]): Map<string, string> {
  const perSector = new Map<string, number>();
  for (const agenda of agendas) perSector.set(agenda.sectorId, (perSector.get(agenda.sectorId) ?? 0) + 1);
  return new Map(agendas.map((agenda) => [
    agenda.agendaId,
    (perSector.get(agenda.sectorId) ?? 0) > 1 ? `${agenda.sectorName} (${formatPeriod(agenda.startYear, agenda.endYear)})` : agenda.sectorName,
  ]));
}

export function useOverleg() {
  const { actionTypes, catalogue } = useReference();
  const [data, setData] = useState<OverlegData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [requested, setRequested] = useState<OverlegPeriod | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [columnOrder, setColumnOrder] = useState<ColumnOrder>('given');
  const [rowOrder, setRowOrder] = useState<RowOrder>('type');
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    setLoadError(null);
    invoke('overleg.get', { period: requested }).then(
      (loaded) => current && setData(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [requested]);

  /** A period was chosen and its comparison is not there yet. */
  const loading = loadError === null && requested !== null && (!data?.period || periodKey(data.period) !== periodKey(requested));

  const group: SectorGroup | null = (groupId !== null ? data?.groups.find((item) => item.id === groupId) : undefined) ?? null;

  const view = useMemo<OverlegView | null>(() => {
    if (!data) return null;
    const agendas = filterByGroup(data.agendas, group);
    const members = group ? new Set(group.sectorIds) : null;
    const matrix = sortColumns(typeMatrix(agendas, actionTypes), columnOrder);
    return {
      agendas,
      flagged: members ? data.flagged.filter((item) => members.has(item.sectorId)) : data.flagged,
      matrix,
      table: sortRows(matrix, rowOrder),
      columnLabels: labelsOf(agendas),
      checks: agendas.map((agenda) => ({ agenda, checks: cycleChecks(agenda, actionTypes) })),
      jobs: jobsPerSector(agendas),
      targets: targetsPerSector(agendas),
      lessons: evaluationsByType(agendas, actionTypes),
      helped: helpedCounts(agendas, catalogue),
      knelpunten: sharedKnelpunten(agendas, catalogue),
      signals: signalsForMinistries(agendas, catalogue),
    };
  }, [data, group, actionTypes, catalogue, columnOrder, rowOrder]);

  const cellDetail = useCallback((cell: SelectedCell | null): CellDetail | null => {
    if (!cell || !view) return null;
    const agenda = view.agendas.find((item) => item.agendaId === cell.agendaId);
    const type = actionTypes.find((item) => item.id === cell.typeId);
    if (!agenda || !type) return null;
    return {
      typeId: type.id,
      typeName: type.name,
      agenda,
      label: view.columnLabels.get(agenda.agendaId) ?? agenda.sectorName,
      actions: agenda.actions.filter((action) => action.primaryTypeId === type.id || action.extraTypeIds.includes(type.id)),
    };
  }, [view, actionTypes]);

  const selectPeriod = useCallback((key: string) => {
    const period = data?.periods.find((item) => periodKey(item) === key) ?? null;
    setExportState({ kind: 'idle' });
    setRequested(period);
  }, [data]);

  const selectGroup = useCallback((id: string) => {
    setExportState({ kind: 'idle' });
    setGroupId(id === '' ? null : id);
  }, []);

  /** The answer's user groups with the built-in groups of overleg.get, which also know the sectors of imported agendas. */
  const replaceUserGroups = (groups: SectorGroup[]) => setData((current) => current && {
    ...current,
    groups: [...current.groups.filter((item) => item.builtIn), ...groups.filter((item) => !item.builtIn)],
  });

  const saveGroup = async (input: GroupInput): Promise<{ group: SectorGroup } | { error: GroupError }> => {
    try {
      const { groups } = await invoke('overleg.saveGroup', input);
      replaceUserGroups(groups);
      const saved = groups.find((item) => !item.builtIn && item.name === input.name.trim());
      return saved ? { group: saved } : { error: { field: 'name', message: errorMessage(null) } };
    } catch (error) {
      const field = error instanceof ApiCallError && error.field === 'sectorIds' ? 'sectorIds' : 'name';
      return { error: { field, message: errorMessage(error) } };
    }
  };

  /** Resolves to a Dutch error or null. A deleted group that was the filter falls back to all sectors. */
  const deleteGroup = async (id: string): Promise<string | null> => {
    try {
      const { groups } = await invoke('overleg.deleteGroup', { id });
      replaceUserGroups(groups);
      if (groupId === id) setGroupId(null);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };

  const exportFile = async (kind: ExportKind) => {
    const period = data?.period;
    if (!period) return;
    setExportState({ kind: 'busy', file: kind });
    try {
      const input = { period, groupId: group?.id ?? null };
      const file = kind === 'docx' ? await invoke('overleg.exportDocx', input) : await invoke('overleg.exportCsv', input);
      const { saved } = await saveFile({ fileName: file.fileName, kind, base64: file.base64 });
      setExportState(saved ? { kind: 'done', message: `${fileKinds[kind].label} gemaakt: ${file.fileName}` } : { kind: 'idle' });
    } catch (error) {
      setExportState({ kind: 'error', message: `Exporteren is niet gelukt: ${errorMessage(error)}` });
    }
  };

  return {
    data, loadError, loading, view, group, columnOrder, rowOrder, exportState,
    selectPeriod, selectGroup, setColumnOrder, setRowOrder, cellDetail, saveGroup, deleteGroup, exportFile,
  };
}

export type Overleg = ReturnType<typeof useOverleg>;
