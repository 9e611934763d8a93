import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { call } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();

/** The list reads the stored draft hash; agenda.get hashes the draft it reads. They must agree after every edit. */
async function statuses(core: Core, id: string) {
  const listed = (await call(core, 'agenda.list', {})).agendas.find((row) => row.id === id)!.status;
  return { listed, read: (await call(core, 'agenda.get', { id })).status };
}

describe('the stored draft hash (migration 0019)', () => {
  it('is emptied by every change to what a revision freezes, and by nothing that is only execution', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    try {
      const { id } = await fullAgenda(core);
      const get = () => call(core, 'agenda.get', { id });
      const edits: [string, (agenda: AgendaDetail) => Promise<unknown>][] = [
        ['agenda title', () => call(core, 'agenda.update', { id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } })],
        ['number of employers', () => call(core, 'agenda.update', { id, patch: { employerCount: 21 } })],
        ['knelpunt', (a) => call(core, 'knelpunt.update', { id: a.knelpunten[0]!.id, patch: { cause: 'Een andere oorzaak.' } })],
        ['action title', (a) => call(core, 'action.update', { id: a.actions[0]!.id, patch: { title: 'Een andere titel' } })],
        ['extra type', (a) => call(core, 'action.update', { id: a.actions[0]!.id, patch: { extraTypeIds: [2, 3] } })],
        ['link to a knelpunt', (a) => call(core, 'action.update', { id: a.actions[2]!.id, patch: { knelpuntIds: [a.knelpunten[1]!.id] } })],
        ['new milestone', (a) => call(core, 'milestone.create', { actionId: a.actions[1]!.id, title: 'Tweede ronde', month: '2026-02' })],
        ['milestone month', (a) => call(core, 'milestone.update', { id: a.actions[1]!.milestones.at(-1)!.id, patch: { month: '2026-03' } })],
        ['target', (a) => call(core, 'target.update', { id: a.targets[0]!.id, patch: { targetValue: 21 } })],
        ['job goal', () => call(core, 'jobGoal.set', { agendaId: id, year: 2026, jobs: 70 })],
        ['reason for a type left out', () => call(core, 'unusedType.set', { agendaId: id, typeId: 11, reason: 'Past niet bij onze functies.' })],
        ['signatory', (a) => call(core, 'signatory.update', { id: a.signatories[0]!.id, patch: { function: 'Plaatsvervangend directeur' } })],
        ['knelpunt removed', (a) => call(core, 'knelpunt.delete', { id: a.knelpunten[1]!.id })],
        ['action removed', (a) => call(core, 'action.delete', { id: a.actions.at(-1)!.id })],
      ];
      for (const [what, edit] of edits) {
        await call(core, 'revision.freeze', { agendaId: id, by: 'Auteur' });
        expect(await statuses(core, id), `frozen before: ${what}`).toEqual({ listed: 'ter_ondertekening', read: 'ter_ondertekening' });
        // Execution between freezing and the edit: it leaves the draft as frozen.
        const agenda = await get();
        await call(core, 'action.setStatus', { id: agenda.actions[0]!.id, status: 'lopend' });
        if (agenda.actions[1]!.milestones[0]) await call(core, 'milestone.setDone', { id: agenda.actions[1]!.milestones[0].id, done: true });
        expect(await statuses(core, id), `after execution only, before: ${what}`).toEqual({ listed: 'ter_ondertekening', read: 'ter_ondertekening' });
        await edit(agenda);
        expect(await statuses(core, id), what).toEqual({ listed: 'concept', read: 'concept' });
      }
    } finally {
      await core.close();
    }
  });
});
