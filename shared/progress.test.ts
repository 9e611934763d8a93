import { describe, expect, it } from 'vitest';
import { attentionSummary, hasFollowUp, latestDate, progressOverview, type ActionForOverview, type TargetForOverview } from './progress';
import type { TargetStatus } from './targetStatus';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const action = (id: string, status: ActionForOverview['status'], notes: string[] = [], statusDate: string | null = null): ActionForOverview =>
  ({ id, title: `Actie ${id.slice(-1)}`, status, statusDate, notes: notes.map((date) => ({ date })) });
const target = (id: string, actionId: string | null, status: TargetStatus, measured: string[] = []): TargetForOverview =>
  ({ id, actionId, indicator: `Doel ${id.slice(-1)}`, status, measurements: measured.map((date) => ({ date })) });

describe('hasFollowUp', () => {
  it.each([
    { notes: [], since: '2025-06-01', expected: false, why: 'no note at all' },
    { notes: ['2025-05-31'], since: '2025-06-01', expected: false, why: 'a note before the measurement' },
    { notes: ['2025-06-01'], since: '2025-06-01', expected: true, why: 'a note on the day of the measurement' },
    { notes: ['2025-03-01', '2025-07-15'], since: '2025-06-01', expected: true, why: 'a later note among older ones' },
    { notes: ['2025-01-01'], since: null, expected: true, why: 'no reference date: any note' },
    { notes: [], since: null, expected: false, why: 'no reference date and no note' },
  ])('$why → $expected', ({ notes, since, expected }) => {
    expect(hasFollowUp(notes.map((date) => ({ date })), since)).toBe(expected);
  });
});

describe('latestDate', () => {
  it('finds the latest date whatever the order', () => {
    expect(latestDate([{ date: '2025-06-01' }, { date: '2026-01-31' }, { date: '2025-12-31' }])).toBe('2026-01-31');
    expect(latestDate([])).toBeNull();
  });
});

describe('progressOverview', () => {
  it('counts actions and targets by status', () => {
    const overview = progressOverview(
      [action(A, 'lopend'), action(B, 'afgerond')],
      [target('t1', A, 'behaald', ['2025-05-01']), target('t2', A, 'op_koers', ['2025-05-01']), target('t3', B, 'geen_gegevens'), target('t4', null, 'op_koers', ['2025-05-01'])],
    );
    expect(overview.actionsByStatus).toEqual({ gepland: 0, lopend: 1, afgerond: 1, gestopt: 0 });
    expect(overview.targetsByStatus).toEqual({ behaald: 1, op_koers: 2, achter: 0, geen_gegevens: 1 });
    expect(overview.attention).toEqual([]);
  });

  // Which items ask for attention, per situation.
  it.each([
    { why: 'target behind, no notes', actions: [action(A, 'lopend')], targets: [target('t1', A, 'achter', ['2025-06-01'])], expected: ['target t1'] },
    { why: 'target behind, note before the latest measurement', actions: [action(A, 'lopend', ['2025-05-01'])], targets: [target('t1', A, 'achter', ['2025-03-01', '2025-06-01'])], expected: ['target t1'] },
    { why: 'target behind, note on the day of the latest measurement', actions: [action(A, 'lopend', ['2025-06-01'])], targets: [target('t1', A, 'achter', ['2025-06-01'])], expected: [] },
    { why: 'target behind, the note is on another action', actions: [action(A, 'lopend'), action(B, 'lopend', ['2025-07-01'])], targets: [target('t1', A, 'achter', ['2025-06-01'])], expected: ['target t1'] },
    { why: 'agenda goal behind, a note on any action counts', actions: [action(A, 'lopend'), action(B, 'lopend', ['2025-07-01'])], targets: [target('t1', null, 'achter', ['2025-06-01'])], expected: [] },
    { why: 'agenda goal behind, no later note anywhere', actions: [action(A, 'lopend', ['2025-01-01'])], targets: [target('t1', null, 'achter', ['2025-06-01'])], expected: ['target t1'] },
    { why: 'target on course never asks for attention', actions: [action(A, 'lopend')], targets: [target('t1', A, 'op_koers', ['2025-06-01'])], expected: [] },
    { why: 'action stopped, no note', actions: [action(A, 'gestopt', [], '2025-09-01')], targets: [], expected: ['action a'] },
    { why: 'action stopped, only an older note', actions: [action(A, 'gestopt', ['2025-08-31'], '2025-09-01')], targets: [], expected: ['action a'] },
    { why: 'action stopped, a note on the day it stopped', actions: [action(A, 'gestopt', ['2025-09-01'], '2025-09-01')], targets: [], expected: [] },
    { why: 'action stopped on an unknown day, any note', actions: [action(A, 'gestopt', ['2025-01-01'])], targets: [], expected: [] },
    { why: 'stopped action with a target behind: both', actions: [action(A, 'gestopt', [], '2025-09-01')], targets: [target('t1', A, 'achter', ['2025-06-01'])], expected: ['action a', 'target t1'] },
    { why: 'agenda goals come first, then each action and its targets', actions: [action(A, 'lopend'), action(B, 'gestopt')], targets: [target('t1', B, 'achter', ['2025-06-01']), target('t2', null, 'achter', ['2025-06-01']), target('t3', A, 'achter', ['2025-06-01'])], expected: ['target t2', 'target t3', 'action b', 'target t1'] },
  ])('$why', ({ actions, targets, expected }) => {
    const { attention } = progressOverview(actions, targets);
    expect(attention.map((item) => `${item.kind} ${item.id.slice(-2).replace(/^0/, '')}`)).toEqual(expected);
  });

  it('explains in Dutch why an item asks for attention', () => {
    const { attention } = progressOverview([action(A, 'gestopt', [], '2026-02-04')], [target('t1', A, 'achter', ['2025-06-01'])]);
    expect(attention[0]).toMatchObject({ kind: 'action', reason: 'Gestopt op 4 februari 2026. Nog geen voortgangsnotitie over het vervolg.', since: '2026-02-04' });
    expect(attention[1]).toMatchObject({ kind: 'target', title: 'Doel 1', actionTitle: 'Actie a', reason: 'Loopt achter. Geen voortgangsnotitie op of na de laatste meting van 1 juni 2025.' });
  });
});

describe('attentionSummary: the words agree with the counts beside them', () => {
  const overview = (achter: number, gestopt: number, open: { kind: 'target' | 'action' }[]) => ({
    actionsByStatus: { gepland: 0, lopend: 0, afgerond: 0, gestopt },
    targetsByStatus: { behaald: 0, op_koers: 0, achter, geen_gegevens: 0 },
    attention: open.map((item, index) => ({ ...item, id: String(index), title: 't', actionId: null, actionTitle: null, reason: '', since: null })),
  });

  it.each([
    [0, 0, [], 'Niets: geen doel loopt achter en geen actie is gestopt.'],
    [4, 0, [], 'Niets dat nog opvolging vraagt: 4 doelen die achterlopen hebben al een voortgangsnotitie na de laatste meting.'],
    [4, 1, [{ kind: 'target' as const }], '1 punt vraagt om opvolging; 3 doelen die achterlopen hebben al een voortgangsnotitie na de laatste meting en 1 gestopte actie heeft al een notitie over het vervolg.'],
    [1, 0, [{ kind: 'target' as const }], '1 punt vraagt om opvolging.'],
  ])('%i behind, %i stopped', (achter, gestopt, open, expected) => {
    expect(attentionSummary(overview(achter, gestopt, open))).toBe(expected);
  });
});
