import { describe, expect, it } from 'vitest';
import { actionTypes } from '../test/support/fixtures';
import { actionsPerType, agendaScore, unusedSignificantTypes, usedTypeIds } from './score';

const action = (primaryTypeId: number, extraTypeIds: number[] = []) => ({ primaryTypeId, extraTypeIds });

describe('score against the 12 action types (seed 003, chapter 4)', () => {
  it.each([
    ['an empty agenda', [], 0],
    ['one type used twice', [action(5), action(5)], 1],
    ['primary and further types both count', [action(2, [10, 5])], 3],
    ['the lowest 2022 score', [action(5), action(7, [5])], 2],
    ['the highest 2022 score (Rijk, Defensie)', [action(1), action(2), action(3), action(4), action(5), action(6), action(7), action(9), action(12)], 9],
    ['all twelve', Array.from({ length: 12 }, (_, i) => action(i + 1)), 12],
  ])('%s scores %i', (_label, actions, score) => {
    expect(agendaScore({ actions }, actionTypes)).toBe(score);
  });

  it('ignores a type number that is not in the list', () => {
    expect(agendaScore({ actions: [action(13), action(1)] }, actionTypes)).toBe(1);
  });

  it('lists the Significant types left out, never the three added ones', () => {
    const unused = unusedSignificantTypes({ actions: [action(2), action(3, [5])] }, actionTypes).map((type) => type.id);
    expect(unused).toEqual([1, 6, 8, 9, 10, 11, 12]);
    expect(unused).not.toContain(4);
  });

  it('counts actions per type once per action', () => {
    const counts = actionsPerType({ actions: [action(2, [2, 5]), action(5)] });
    expect(Object.fromEntries(counts)).toEqual({ 2: 1, 5: 2 });
    expect(usedTypeIds({ actions: [action(9), action(2, [5])] })).toEqual([2, 5, 9]);
  });
});
