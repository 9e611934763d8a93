import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { ApiInput, ApiOutput } from '../../shared/api';
import type { AgendaDetail } from '../../shared/domain/agenda';
import type { PlanDelta } from '../../shared/domain/planChange';
import { mergePlanDelta } from '../../shared/planMerge';
import { call, defensieId } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});


/** The editor's side of an edit: the answer merged into what it held, checked against a fresh read every time. */
function editor(started: AgendaDetail, open: Core) {
  let state = started;
  return {
    get state() { return state; },
    async edit<C extends 'agenda.update' | `${'knelpunt' | 'action' | 'milestone' | 'target' | 'signatory'}.${'create' | 'update' | 'delete'}` | 'jobGoal.set' | 'unusedType.set'>(channel: C, input: ApiInput<C>) {
      const answer = (await call(open, channel, input)) as ApiOutput<C> & PlanDelta;
      state = mergePlanDelta(state, answer);
      expect(state, `${channel} merged`).toEqual(await call(open, 'agenda.get', { id: state.id }));
      return answer;
    },
  };
}

describe('edits answer with what changed', () => {
  it('an action.update on a 300-action agenda answers with a small fraction of the agenda, and merging it gives the agenda as read again', async () => {
    core = await startCore(join(tempDir(), 'data.sqlite'));
    const created = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    for (let index = 0; index < 300; index++) {
      const { change } = await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: created.id, title: `Actie ${index + 1}`, primaryTypeId: (index % 12) + 1, description: 'Samen met werkgevers. '.repeat(10) });
      await call(core, 'target.create', { agendaId: created.id, actionId: change.action.id, indicator: `Doel ${index + 1}`, unit: 'werkgevers', targetValue: 10 });
    }
    const agenda = await call(core, 'agenda.get', { id: created.id });
    const session = editor(agenda, core);
    const answer = await session.edit('action.update', { id: agenda.actions[150]!.id, patch: { title: 'Meet and greets per krijgsmachtdeel' } });
    const answerBytes = JSON.stringify(answer).length;
    const agendaBytes = JSON.stringify(agenda).length;
    expect(agendaBytes).toBeGreaterThan(200_000);
    expect(answerBytes).toBeLessThan(agendaBytes / 100);
    expect(answer.change.action.title).toBe('Meet and greets per krijgsmachtdeel');
    expect(session.state.actions[150]!.title).toBe('Meet and greets per krijgsmachtdeel');
  });

  it('every kind of edit merges into the same agenda as a fresh agenda.get, also on a vastgestelde agenda', async () => {
    core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    const session = editor(agenda, core);
    const signer = (await session.edit('signatory.create', { agendaId: agenda.id, name: 'J. de Vries', required: true })).change.signatory;
    const knelpunt = (await session.edit('knelpunt.create', { agendaId: agenda.id, title: 'Formatiegestuurd HR-beleid' })).change.knelpunt;
    const first = (await session.edit('action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Centraal budget', primaryTypeId: 4, knelpuntIds: [knelpunt.id] })).change.action;
    const withTargets = await session.edit('action.create', { actor: 'sector', nature: 'nieuw',
      agendaId: agenda.id, title: 'Meet and greets', primaryTypeId: 8, extraTypeIds: [1],
      targets: [{ indicator: 'Bijeenkomsten', unit: 'keer per jaar', level: 'middenweg', perYear: true, targetValue: 4 }, { indicator: 'Deelnemers', unit: 'werkgevers' }],
    });
    expect(withTargets.change.targets.map((item) => item.indicator)).toEqual(['Bijeenkomsten', 'Deelnemers']);
    const second = withTargets.change.action;
    await session.edit('action.update', { id: second.id, patch: { knelpuntIds: [knelpunt.id], primaryTypeId: 1, startMonth: '2025-03', endMonth: '2026-06' } });
    const milestone = (await session.edit('milestone.create', { actionId: first.id, title: 'Budget vastgesteld', month: '2025-02' })).change.milestone;
    await session.edit('milestone.update', { id: milestone.id, patch: { title: 'Budget rond' } });
    const target = (await session.edit('target.create', { agendaId: agenda.id, actionId: first.id, indicator: 'Nieuwe banen', unit: 'banen' })).change.target;
    await session.edit('target.update', { id: target.id, patch: { targetValue: 20, perYear: true } });
    await session.edit('target.create', { agendaId: agenda.id, actionId: null, indicator: 'Werkgevers die meedoen', unit: 'werkgevers' });
    await session.edit('jobGoal.set', { agendaId: agenda.id, year: 2026, jobs: 68 });
    await session.edit('jobGoal.set', { agendaId: agenda.id, year: 2025, jobs: 56.3 });
    await session.edit('unusedType.set', { agendaId: agenda.id, typeId: 7, reason: 'Niet van toepassing.' });
    await session.edit('knelpunt.update', { id: knelpunt.id, patch: { cause: 'Elke functie heeft een vast budget.' } });
    await session.edit('signatory.update', { id: signer.id, patch: { function: 'Directeur' } });
    await session.edit('agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 68 banen realiseren.' } });

    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Dossierhouder' });
    await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: signer.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const signed = await call(core, 'agenda.get', { id: agenda.id });
    expect(signed.status).toBe('vastgesteld');
    const again = editor(signed, core);
    expect((await again.edit('agenda.update', { id: agenda.id, patch: { introduction: 'Een nieuwe inleiding.' } })).agenda.status).toBe('concept');
    // Back to the signed content: the draft is the vastgestelde version again.
    expect((await again.edit('agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 68 banen realiseren.' } })).agenda.status).toBe('vastgesteld');

    await again.edit('milestone.delete', { id: milestone.id });
    await again.edit('jobGoal.set', { agendaId: agenda.id, year: 2025, jobs: null });
    await again.edit('knelpunt.delete', { id: knelpunt.id });
    expect(again.state.actions.every((action) => action.knelpuntIds.length === 0)).toBe(true);
    await again.edit('action.delete', { id: first.id });
    expect(again.state.targets.map((item) => item.indicator)).toEqual(['Bijeenkomsten', 'Deelnemers', 'Werkgevers die meedoen']);
    const deleted = await again.edit('target.delete', { id: again.state.targets[0]!.id });
    expect(deleted.change).toEqual({ kind: 'deleted', entity: 'target', id: deleted.change.id });
    await again.edit('signatory.delete', { id: signer.id });
  });
});
