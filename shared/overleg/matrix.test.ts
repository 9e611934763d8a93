import { describe, expect, it } from 'vitest';
import { actionTypes } from '../../test/support/fixtures';
import { coverage2022, overlegAction, overlegAgenda, reported2022, testId } from '../../test/support/overleg';
import { OverlegAgendaSchema, type OverlegAgenda } from '../domain/overleg';
import { builtInGroups, filterByGroup, manyEmployersGroupId, sectorsOfAgendas, selfEmployerGroupId } from './groups';
import { matrixCell, sortColumns, sortRows, typeMatrix } from './matrix';

/** Actions on top of one action per listed type: they add to cells but never to the set of types. */
const extraActions: Record<string, [primary: number, extras: number[]][]> = {
  Defensie: [[5, []]],
  Rijksoverheid: [[4, [11]]],
  Gemeenten: [[2, [5, 2]]],
};

const agendas: OverlegAgenda[] = coverage2022.map(([sectorName, isEmployer, types], index) => {
  const specs: [number, number[]][] = [...types.map((type): [number, number[]] => [type, []]), ...(extraActions[sectorName] ?? [])];
  const actions = specs.map(([primary, extras], k) => overlegAction(index * 100 + k + 1, primary, extras));
  return overlegAgenda(index + 1, { sectorName, isEmployer, actions });
});
const bySector = (name: string) => agendas.find((agenda) => agenda.sectorName === name)!;
const columnOf = (name: string) => coverage2022.findIndex(([sector]) => sector === name);

describe('type x sector matrix with the 2022 agendas (seed 003, chapter 4)', () => {
  const matrix = typeMatrix(agendas, actionTypes);

  it('is built from valid comparison input', () => {
    for (const agenda of agendas) expect(OverlegAgendaSchema.safeParse(agenda).success).toBe(true);
  });

  it('counts per type in how many of the 12 agendas it occurs, as the report does', () => {
    expect(matrix.agendaTotal).toBe(12);
    expect(matrix.typeTotal).toBe(12);
    expect(matrix.rows.map((row) => row.typeId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(matrix.rows.map((row) => row.agendaCount)).toEqual(reported2022);
  });

  it('scores every agenda with the number of its types: 2 to 9, Defensie and Rijksoverheid highest', () => {
    expect(matrix.columns.map((column) => column.sectorName)).toEqual(coverage2022.map(([sector]) => sector));
    expect(matrix.columns.map((column) => column.score)).toEqual(coverage2022.map(([, , types]) => types.length));
    expect(matrix.columns.map((column) => column.score)).toEqual([4, 4, 3, 2, 3, 5, 3, 5, 2, 9, 4, 9]);
    expect(sortColumns(matrix, 'score').columns.slice(0, 2).map((column) => column.sectorName)).toEqual(['Defensie', 'Rijksoverheid']);
  });

  it('has a non-empty cell exactly where a sector uses the type', () => {
    coverage2022.forEach(([, , types], column) => {
      const used = matrix.rows.filter((row) => row.cells[column]!.count > 0).map((row) => row.typeId);
      expect(used).toEqual(types);
    });
    for (const cell of matrix.rows.flatMap((row) => row.cells)) expect(cell.actionIds).toHaveLength(cell.count);
  });

  it('counts actions in a cell: two actions of a type, and an action with a further type, each once', () => {
    const count = (typeId: number, sector: string) => matrix.rows[typeId - 1]!.cells[columnOf(sector)]!.count;
    expect(count(5, 'Defensie')).toBe(2);
    expect(count(4, 'Rijksoverheid')).toBe(2);
    expect(count(11, 'Rijksoverheid')).toBe(2);
    // Action 2 with further types 5 and 2 counts once for type 2 and once for type 5.
    expect(count(2, 'Gemeenten')).toBe(2);
    expect(count(5, 'Gemeenten')).toBe(2);
    expect(count(7, 'Gemeenten')).toBe(1);
    expect(count(6, 'Gemeenten')).toBe(0);
  });

  it('lists the actions behind a selected cell', () => {
    const gemeenten = bySector('Gemeenten');
    expect(matrixCell(matrix, 5, gemeenten.agendaId)).toEqual({ agendaId: gemeenten.agendaId, count: 2, actionIds: [testId('c', 3), testId('c', 5)] });
    expect(matrixCell(matrix, 11, bySector('Rijksoverheid').agendaId)!.actionIds).toEqual([testId('c', 1108), testId('c', 1110)]);
    expect(matrixCell(matrix, 6, gemeenten.agendaId)).toEqual({ agendaId: gemeenten.agendaId, count: 0, actionIds: [] });
    expect(matrixCell(matrix, 13, gemeenten.agendaId)).toBeNull();
    expect(matrixCell(matrix, 5, testId('a', 99))).toBeNull();
  });

  it('ignores a type number that is not in the list, in the score and in the rows', () => {
    const odd = typeMatrix([overlegAgenda(1, { actions: [overlegAction(1, 13, [5])] })], actionTypes);
    expect(odd.columns[0]!.score).toBe(1);
    expect(odd.rows.map((row) => row.agendaCount)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('sorts rows by use, ties by type number, and back by type number', () => {
    const byCount = sortRows(matrix, 'count');
    expect(byCount.rows.map((row) => row.typeId)).toEqual([5, 2, 3, 7, 4, 1, 10, 12, 6, 8, 9, 11]);
    expect(sortRows(byCount, 'type').rows.map((row) => row.typeId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(matrix.rows[0]!.typeId).toBe(1);
  });

  it('moves the cells with their column when columns are sorted', () => {
    const byScore = sortColumns(matrix, 'score');
    expect(byScore.columns.map((column) => column.score)).toEqual([9, 9, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2]);
    expect(byScore.columns.map((column) => column.sectorName).slice(2, 7)).toEqual(['Hbo', 'Onderzoeksinstellingen', 'Gemeenten', 'Provincies', 'Politie']);
    for (const row of byScore.rows) expect(row.cells.map((cell) => cell.agendaId)).toEqual(byScore.columns.map((column) => column.agendaId));
    expect(byScore.rows[5]!.cells.map((cell) => cell.count)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const byName = sortColumns(matrix, 'sector').columns.map((column) => column.sectorName);
    expect(byName.slice(0, 4)).toEqual(['Defensie', 'Funderend onderwijs', 'Gemeenten', 'Hbo']);
    expect(sortColumns(byScore, 'given').columns[0]!.sectorName).toBe('Defensie');
  });
});

describe('groups of similar sectors', () => {
  const sectors = sectorsOfAgendas(agendas);
  const [selfEmployer, manyEmployers] = builtInGroups(sectors);

  it('puts Defensie, Politie and Rijksoverheid apart from the nine sectors of many employers', () => {
    expect(selfEmployer).toMatchObject({ id: selfEmployerGroupId, name: 'Sector is zelf werkgever', builtIn: true });
    expect(manyEmployers).toMatchObject({ id: manyEmployersGroupId, name: 'Sectoren met veel werkgevers', builtIn: true });
    expect(filterByGroup(agendas, selfEmployer!).map((agenda) => agenda.sectorName)).toEqual(['Defensie', 'Politie', 'Rijksoverheid']);
    expect(manyEmployers!.sectorIds).toHaveLength(9);
    expect(manyEmployers!.sectorIds).not.toContain(bySector('Politie').sectorId);
  });

  it('compares only the group: the self-employers use type 5 in two of three agendas', () => {
    const matrix = typeMatrix(filterByGroup(agendas, selfEmployer!), actionTypes);
    expect(matrix.agendaTotal).toBe(3);
    expect(matrix.columns.map((column) => column.score)).toEqual([9, 4, 9]);
    expect(matrix.rows.map((row) => row.agendaCount)).toEqual([2, 2, 3, 2, 2, 2, 2, 2, 1, 0, 1, 3]);
  });

  it('filters by a group the user made, keeps all without a group', () => {
    const group = { id: testId('9', 1), name: 'Mbo, hbo en universiteiten', builtIn: false, sectorIds: ['Universiteiten', 'Mbo', 'Hbo'].map((name) => bySector(name).sectorId) };
    expect(filterByGroup(agendas, group).map((agenda) => agenda.sectorName)).toEqual(['Mbo', 'Hbo', 'Universiteiten']);
    expect(filterByGroup(agendas, null)).toHaveLength(12);
    expect(filterByGroup(agendas, { sectorIds: [] })).toEqual([]);
  });

  it('includes sectors only an imported agenda knows, and the first entry of a sector wins', () => {
    const imported = overlegAgenda(40, { isEmployer: true });
    const [self] = builtInGroups([...sectors, { id: bySector('Mbo').sectorId, isEmployer: true }, ...sectorsOfAgendas([imported])]);
    expect(self!.sectorIds).toEqual([...['Defensie', 'Politie', 'Rijksoverheid'].map((name) => bySector(name).sectorId), imported.sectorId]);
  });
});
