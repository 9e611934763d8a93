import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { jobsFigures } from '../../shared/jobsTable';
import { call, defensieId, refused, edit } from '../support/core';
import { asMadeBefore } from '../support/exchange';
import { useTempDir } from '../support/temp';
import { executedAgenda } from './export-support/executed';

const tempDir = useTempDir();

const exportText = async (core: Core, agendaId: string) => Buffer.from((await call(core, 'exchange.export', { agendaId })).base64, 'base64').toString('utf8');
const bytesOf = (file: string) => Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);

describe('the exchange file carries the monitoring and the evaluation', () => {
  it('brings a later year of figures and evaluations of the same version to an agenda received from elsewhere, never to the sender\'s own', async () => {
    const author = await startCore(join(tempDir(), 'auteur-later.sqlite'));
    const board = await startCore(join(tempDir(), 'overleg-later.sqlite'));
    const agenda = await executedAgenda(author);
    expect((await call(board, 'exchange.import', { text: await exportText(author, agenda.id) })).kind).toBe('nieuw');
    const same = await exportText(author, agenda.id);
    expect(await call(board, 'exchange.preview', { text: same })).toMatchObject({ kind: 'niets_nieuw', canImport: false });

    // A year later the author measures again and writes a lesson; the plan is unchanged.
    const target = agenda.targets.find((item) => item.indicator === 'Werkgevers die meedoen')!;
    await call(author, 'measurement.create', { targetId: target.id, date: '2026-06-30', value: 9, source: 'Monitor', note: '' });
    await call(author, 'evaluation.update', { actionId: agenda.actions[2]!.id, patch: { result: 'niet', lesson: 'Begin kleiner.' } });
    const later = await exportText(author, agenda.id);
    const preview = await call(board, 'exchange.preview', { text: later });
    expect(preview).toMatchObject({ kind: 'samenvoegen', canImport: true });
    expect(preview.changes).toContain('Nieuwe of gewijzigde uitvoering van de afzender: 1 meting en 1 evaluatie.');
    expect((await call(board, 'exchange.import', { text: later })).kind).toBe('samenvoegen');
    const progress = await call(board, 'progress.get', { agendaId: agenda.id });
    expect(progress.agendaTargets.concat(progress.actions.flatMap((action) => action.targets)).find((item) => item.id === target.id)!.measurements.map((m) => m.value)).toEqual([5, 9]);
    expect((await call(board, 'evaluation.get', { agendaId: agenda.id })).actions[2]!.evaluation).toMatchObject({ result: 'niet', lesson: 'Begin kleiner.' });
    expect(await call(board, 'exchange.preview', { text: later })).toMatchObject({ kind: 'niets_nieuw', canImport: false });

    // The other way round the author's own agenda keeps its own execution: a status changed elsewhere is not taken.
    await call(board, 'action.setStatus', { id: agenda.actions[0]!.id, status: 'gestopt' });
    const back = await call(author, 'exchange.preview', { text: await exportText(board, agenda.id) });
    expect(back.changes.join(' ')).not.toContain('uitvoering');
    expect((await call(author, 'progress.get', { agendaId: agenda.id })).actions[0]!.status).not.toBe('gestopt');
    await author.close();
    await board.close();
  });

  it('brings status, milestones, notes, measurements, evaluations, knelpunten found and quotum percentages into a second installation', async () => {
    const author = await startCore(join(tempDir(), 'auteur.sqlite'));
    const board = await startCore(join(tempDir(), 'overleg.sqlite'));
    const agenda = await executedAgenda(author);
    const [centraal, meet] = agenda.actions;
    const text = await exportText(author, agenda.id);
    const sent = JSON.parse(text) as { version: number; monitoring: Record<string, unknown[]> };
    expect(sent.version).toBe(1);
    expect(sent.monitoring.quotumPercentages).toEqual([{ year: 2025, percentage: 2.5, source: 'Eigen raming Defensie' }, { year: 2026, percentage: 2.6, source: '' }]);

    expect((await call(board, 'exchange.preview', { text })).changes).toContain(
      'De uitvoering van de afzender wordt overgenomen: 3 metingen, 1 voortgangsnotitie, 2 evaluaties, 1 gevonden knelpunt en de quotumpercentages voor 2025 en 2026, met de status van de acties en de afgevinkte mijlpalen.',
    );
    expect((await call(board, 'exchange.import', { fileName: 'defensie.werkagenda', text })).kind).toBe('nieuw');
    const progress = await call(board, 'progress.get', { agendaId: agenda.id });
    const byTitle = new Map(progress.actions.map((action) => [action.title, action]));
    expect(byTitle.get(meet!.title)).toMatchObject({ status: 'afgerond', statusDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(byTitle.get(centraal!.title)!.status).toBe('lopend');
    expect(byTitle.get('Training voor begeleiders')!.status).toBe('gepland');
    expect(byTitle.get(meet!.title)!.milestones.map((milestone) => [milestone.title, milestone.done])).toEqual([['Eerste meet and greet', true], ['Evaluatie', false]]);
    expect(byTitle.get(meet!.title)!.notes.map((note) => [note.author, note.date, note.text])).toEqual([['Programmaleider', '2025-11-15', 'Acht bijeenkomsten gehouden, 64 kandidaten.']]);
    expect(progress.overview.targetsByStatus).toEqual({ behaald: 1, op_koers: 1, achter: 1, geen_gegevens: 2 });

    const evaluation = await call(board, 'evaluation.get', { agendaId: agenda.id });
    expect(evaluation.actions.filter((action) => action.evaluation.result !== null).map((action) => [action.title, action.evaluation])).toEqual([
      [centraal!.title, { result: 'deels', why: 'Het budget kwam laat.', lesson: 'Leg het budget vast voor 1 januari.', helped: [] }],
      [meet!.title, { result: 'werkte', why: 'Teams en kandidaten leerden elkaar kennen.', lesson: 'Laat leidinggevenden zelf uitnodigen.', helped: [] }],
    ]);
    expect(evaluation.foundKnelpunten).toEqual([expect.objectContaining({
      title: 'Te weinig begeleiders', cause: 'Jobcoaches zijn schaars.', catalogueId: 'knelpunt-K6', actionIds: [meet!.id], targetIds: [agenda.targets[1]!.id],
    })]);

    // The sender's jobs figures are reproduced with the file's percentages; this installation's own quotum table is untouched.
    const [sender, receiver] = [await call(author, 'jobs.get', { agendaId: agenda.id }), await call(board, 'jobs.get', { agendaId: agenda.id })];
    expect(receiver.fileQuotum).toEqual({ from: 'Auteur Defensie', percentages: sent.monitoring.quotumPercentages });
    expect(sender.fileQuotum).toBeNull();
    const [sentFigures, receivedFigures] = [jobsFigures({ ...sender.agenda, ...sender }), jobsFigures({ ...receiver.agenda, ...receiver })];
    expect(receivedFigures.required).toEqual(sentFigures.required);
    expect(receivedFigures.required.find((row) => row.year === 2025)!.percentage).toBe(2.5);
    expect(receivedFigures.latest).toEqual(sentFigures.latest);
    const own = await call(board, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Eigen werkagenda' });
    expect((await call(board, 'jobs.get', { agendaId: own.id })).quotumPercentages.map((entry) => entry.year)).toEqual([2018, 2022, 2024]);
    // Sent on from here, the imported agenda carries the percentages it uses.
    const onward = JSON.parse(await exportText(board, agenda.id)) as typeof sent;
    expect(onward.monitoring.quotumPercentages).toEqual(sent.monitoring.quotumPercentages);
    expect(onward.monitoring.evaluations).toHaveLength(2);

    // A newer version: the sender's execution is taken again; new notes are added, nothing made here is lost.
    await call(author, 'action.setStatus', { id: centraal!.id, status: 'afgerond' });
    await call(author, 'milestone.setDone', { id: meet!.milestones[0]!.id, done: false });
    await call(author, 'progressNote.create', { actionId: centraal!.id, author: 'Directeur Personeel', date: '2026-02-01', text: 'Budget is structureel.' });
    await call(author, 'evaluation.update', { actionId: centraal!.id, patch: { result: 'werkte' } });
    await call(author, 'quotum.set', { year: 2026, percentage: 2.7, source: 'SZW' });
    await call(author, 'agenda.update', { id: agenda.id, patch: { objectives: 'Bijgestelde doelen.' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    expect((await call(board, 'exchange.import', { text: await exportText(author, agenda.id) })).kind).toBe('bijwerken');
    const updated = await call(board, 'progress.get', { agendaId: agenda.id });
    const updatedCentraal = updated.actions.find((action) => action.id === centraal!.id)!;
    expect(updatedCentraal.status).toBe('afgerond');
    expect(updatedCentraal.notes.map((note) => note.text)).toEqual(['Budget is structureel.']);
    expect(updated.actions.find((action) => action.id === meet!.id)!.milestones[0]!.done).toBe(false);
    expect((await call(board, 'evaluation.get', { agendaId: agenda.id })).actions.find((action) => action.id === centraal!.id)!.evaluation.result).toBe('werkte');
    expect((await call(board, 'jobs.get', { agendaId: agenda.id })).quotumPercentages.find((entry) => entry.year === 2026)).toEqual({ year: 2026, percentage: 2.7, source: 'SZW' });
    await author.close();
    await board.close();
  });

  it('still imports a file made before the execution was carried', async () => {
    const author = await startCore(join(tempDir(), 'auteur.sqlite'));
    const agenda = await executedAgenda(author);
    const file = JSON.parse(asMadeBefore(await exportText(author, agenda.id))) as { monitoring: Record<string, unknown> };
    for (const part of ['actionStatuses', 'milestones', 'progressNotes', 'evaluations', 'foundKnelpunten', 'quotumPercentages']) delete file.monitoring[part];
    const receiver = await startCore(join(tempDir(), 'ontvanger.sqlite'));
    expect((await call(receiver, 'exchange.import', { text: JSON.stringify(file) })).kind).toBe('nieuw');
    const progress = await call(receiver, 'progress.get', { agendaId: agenda.id });
    expect(progress.actions.every((action) => action.status === 'gepland' && action.notes.length === 0)).toBe(true);
    // Measurements were carried before too, and still are.
    expect(progress.overview.targetsByStatus.behaald).toBe(1);
    expect((await call(receiver, 'jobs.get', { agendaId: agenda.id })).fileQuotum).toBeNull();
    await author.close();
    await receiver.close();
  });

  it('refuses hostile execution data in Dutch and leaves the database unchanged', async () => {
    const author = await startCore(join(tempDir(), 'auteur.sqlite'));
    const agenda = await executedAgenda(author);
    const good = JSON.parse(await exportText(author, agenda.id)) as {
      agenda: { draft: { actions: { milestones: { id: string }[] }[] } };
      monitoring: {
        measurements: { value: number }[]; progressNotes: { id: string; actionId: string }[]; milestones: { id: string }[];
        foundKnelpunten: { targetIds: string[] }[]; quotumPercentages: { year: number; percentage: number }[]; actionStatuses: { status: string }[];
      };
    };
    const boardFile = join(tempDir(), 'bestuurslid.sqlite');
    const board = await startCore(boardFile);
    // An agenda of this installation whose milestone id a forged file borrows.
    let other = await call(board, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Andere werkagenda' });
    other = await edit(board, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: other.id, title: 'Eigen actie', primaryTypeId: 1 });
    other = await edit(board, 'milestone.create', { actionId: other.actions[0]!.id, title: 'Eigen mijlpaal', month: '2025-04' });
    const foreignMilestone = other.actions[0]!.milestones[0]!.id;

    const variant = (change: (file: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, string, RegExp][] = [
      ['a milestone id of another agenda', variant((file) => {
        const milestone = file.agenda.draft.actions[1]!.milestones[0]!;
        file.monitoring.milestones.find((entry) => entry.id === milestone.id)!.id = foreignMilestone;
        milestone.id = foreignMilestone;
      }), /^Het uitwisselbestand is beschadigd: mijlpaal “Eerste meet and greet” heeft een kenmerk dat hier al bij een andere werkagenda hoort\. Er is niets ingelezen\.$/],
      ['a note of an action not in the file', variant((file) => { file.monitoring.progressNotes[0]!.actionId = '11111111-1111-4111-8111-111111111111'; }),
        /een voortgangsnotitie hoort bij een actie die niet in de werkagenda staat/],
      ['a milestone not in the draft', variant((file) => { file.monitoring.milestones[0]!.id = '22222222-2222-4222-8222-222222222222'; }), /een afgevinkte mijlpaal is een mijlpaal die niet in de werkagenda staat/],
      ['a knelpunt found linked outside the draft', variant((file) => { file.monitoring.foundKnelpunten[0]!.targetIds = [foreignMilestone]; }), /een gevonden knelpunt verwijst naar een actie of doel dat niet in de werkagenda staat/],
      ['a negative measurement', variant((file) => { file.monitoring.measurements[0]!.value = -3; }), /Het veld “monitoring\.measurements\.0\.value”: De waarde mag niet negatief zijn\./],
      ['a measurement of 1e12', variant((file) => { file.monitoring.measurements[0]!.value = 1e12; }), /Het veld “monitoring\.measurements\.0\.value”: De waarde is te groot\./],
      ['a duplicated note id', variant((file) => { file.monitoring.progressNotes.push({ ...file.monitoring.progressNotes[0]! }); }), /een voortgangsnotitie komt twee keer voor/],
      ['a quotum above 100%', variant((file) => { file.monitoring.quotumPercentages[0]!.percentage = 150; }), /Het quotumpercentage mag hoogstens 100 zijn\./],
      ['a quotum outside the period', variant((file) => { file.monitoring.quotumPercentages[0]!.year = 2030; }), /het quotumpercentage voor 2030 valt buiten de looptijd 2025-2026/],
      ['an unknown status', variant((file) => { file.monitoring.actionStatuses[0]!.status = 'bijna klaar'; }), /monitoring\.actionStatuses\.0\.status”: Kies de status van de actie\./],
    ];
    const before = bytesOf(boardFile);
    for (const [label, text, message] of cases) {
      // Hand-made files fail the file signature; even a person who accepts that gets these refusals.
      const error = await refused(board, 'exchange.import', { fileName: 'x.werkagenda', text, acceptProblems: true });
      expect(error.code, label).toBe('VALIDATION');
      expect(error.message, label).toMatch(message);
    }
    expect(bytesOf(boardFile).equals(before)).toBe(true);
    expect((await call(board, 'agenda.list', {})).agendas.map((item) => item.title)).toEqual(['Andere werkagenda']);
    expect((await call(board, 'agenda.get', { id: other.id })).actions[0]!.milestones.map((milestone) => milestone.title)).toEqual(['Eigen mijlpaal']);
    await author.close();
    await board.close();
  });
});
