import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { checkCompleteness } from '../../shared/completeness';
import { call, defensieId, refused, edit } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** Drafts the agenda of the e2e scenario: two knelpunten, three actions of different types with targets. */
async function draftAgenda(core: Core) {
  let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
  const id = agenda.id;
  agenda = await edit(core, 'agenda.update', { id, patch: { introduction: 'Defensie wil 68 banen realiseren.', lookback: 'In 2023-2024 realiseerden we 36,2 banen.' } });
  agenda = await edit(core, 'knelpunt.create', { agendaId: id, title: 'Formatiegestuurd HR-beleid', cause: 'Elke functie heeft een vast budget.', catalogueId: 'knelpunt-K6' });
  agenda = await edit(core, 'knelpunt.create', { agendaId: id, title: 'Leidinggevenden kennen de doelgroep niet' });
  const [formatie, onbekend] = agenda.knelpunten;
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Centraal budget voor bovenformatieve banen', primaryTypeId: 4, knelpuntIds: [formatie!.id] });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Meet and greets per krijgsmachtdeel', primaryTypeId: 8, extraTypeIds: [1, 8] });
  agenda = await edit(core, 'action.create', { agendaId: id, title: 'Training voor begeleiders', primaryTypeId: 12, actor: 'partner', nature: 'voortgezet' });
  const [centraal, meet, training] = agenda.actions;
  agenda = await edit(core, 'action.update', { id: meet!.id, patch: { knelpuntIds: [onbekend!.id], startMonth: '2025-03', endMonth: '2026-06', owner: 'Programmaleider', jobsPrognosis: 12.5 } });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: centraal!.id, level: 'smal', indicator: 'Nieuwe banen uit het centrale budget', unit: 'banen', baseline: 0, targetValue: 20, deadline: '2026-12-31' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: meet!.id, level: 'middenweg', indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', targetValue: 8, deadline: '2026-06-30' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: training!.id, level: 'breed', indicator: 'Training aangeboden', unit: 'begeleiders' });
  agenda = await edit(core, 'milestone.create', { actionId: meet!.id, title: 'Eerste meet and greet', month: '2025-05' });
  agenda = await edit(core, 'jobGoal.set', { agendaId: id, year: 2025, jobs: 56.3 });
  agenda = await edit(core, 'jobGoal.set', { agendaId: id, year: 2026, jobs: 68 });
  agenda = await edit(core, 'signatory.create', { agendaId: id, name: 'J. de Vries', function: 'Plaatsvervangend Commandant der Strijdkrachten', organisation: 'Defensie', required: true });
  agenda = await edit(core, 'unusedType.set', { agendaId: id, typeId: 7, reason: 'Niet van toepassing.' });
  return agenda;
}

describe('drafting an agenda in the core', () => {
  it('keeps every part of the draft, with links both ways', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await draftAgenda(core);
    await core.close();

    expect(agenda.knelpunten.map((k) => k.title)).toEqual(['Formatiegestuurd HR-beleid', 'Leidinggevenden kennen de doelgroep niet']);
    expect(agenda.knelpunten[0]!.answeredByActionIds).toEqual([agenda.actions[0]!.id]);
    expect(agenda.knelpunten[1]!.answeredByActionIds).toEqual([agenda.actions[1]!.id]);
    const meet = agenda.actions[1]!;
    // The primary type is never also a further type.
    expect(meet.extraTypeIds).toEqual([1]);
    expect(meet.milestones.map((m) => [m.title, m.month, m.done])).toEqual([['Eerste meet and greet', '2025-05', false]]);
    expect(meet.jobsPrognosis).toBe(12.5);
    expect(agenda.actions[2]!.actor).toBe('partner');
    expect(agenda.targets.map((t) => t.level)).toEqual(['smal', 'middenweg', 'breed']);
    expect(agenda.jobGoals).toEqual([{ year: 2025, jobs: 56.3 }, { year: 2026, jobs: 68 }]);
    expect(agenda.signatories[0]!.required).toBe(true);
  });

  it('reads back milestone titles and links exactly as written, whatever characters they hold', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await draftAgenda(core);
    const meet = agenda.actions[1]!;
    // The milestones come back as JSON built by SQLite: quotes, backslashes and braces must survive it.
    const title = 'Bijeenkomst "één" \\ {kantoor} [oost], 50% \u2013 \'t Gooi';
    const answer = await call(core, 'milestone.create', { actionId: meet.id, title, month: null });
    const reread = (await call(core, 'agenda.get', { id: agenda.id })).actions[1]!;
    await core.close();
    expect(answer.change.milestone).toMatchObject({ title, month: null, done: false, actionId: meet.id });
    expect(reread.milestones.map((m) => [m.title, m.month, m.done, m.actionId])).toEqual([
      ['Eerste meet and greet', '2025-05', false, meet.id], [title, null, false, meet.id],
    ]);
    expect(reread.knelpuntIds).toEqual(meet.knelpuntIds);
    expect(reread.extraTypeIds).toEqual([1]);
  });

  it('survives closing and reopening the file', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const drafted = await draftAgenda(core);
    await core.close();

    const reopened = await startCore(file);
    const loaded = await call(reopened, 'agenda.get', { id: drafted.id });
    const list = await call(reopened, 'agenda.list', {});
    await reopened.close();
    expect(loaded).toEqual(drafted);
    expect(list.agendas).toHaveLength(1);
    expect(list.agendas[0]).toMatchObject({ title: 'Werkagenda Defensie 2025-2026', sectorName: 'Defensie', actionCount: 3, score: 4, status: 'concept' });
  });

  it('lists fewer gaps as the draft fills in', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const empty = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Leeg' });
    const { actionTypes } = await call(core, 'reference.get', {});
    const drafted = await draftAgenda(core);
    await core.close();
    const before = checkCompleteness(empty, actionTypes);
    const after = checkCompleteness(drafted, actionTypes);
    expect(before.gaps.map((gap) => gap.code)).toContain('geen-ondertekenaars');
    expect(after.gaps.map((gap) => gap.code)).not.toContain('geen-ondertekenaars');
    expect(after.gaps.length).toBeLessThan(before.gaps.length);
    expect(after.score).toBe(4);
  });

  it('moves a deleted agenda to the bin and brings it back', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await draftAgenda(core);
    await call(core, 'agenda.delete', { id: agenda.id });
    const afterDelete = await call(core, 'agenda.list', {});
    expect(afterDelete.agendas).toHaveLength(0);
    expect(afterDelete.deleted.map((a) => a.id)).toEqual([agenda.id]);
    expect((await refused(core, 'agenda.get', { id: agenda.id })).code).toBe('NOT_FOUND');
    expect(await refused(core, 'action.update', { id: agenda.actions[0]!.id, patch: { title: 'x' } })).toMatchObject({ code: 'NOT_FOUND', message: 'Deze werkagenda bestaat niet (meer).' });
    expect(await refused(core, 'action.update', { id: '00000000-0000-4000-8000-000000000000', patch: { title: 'x' } })).toMatchObject({ code: 'NOT_FOUND', message: 'Deze actie bestaat niet (meer).' });
    await call(core, 'agenda.restore', { id: agenda.id });
    expect(await call(core, 'agenda.get', { id: agenda.id })).toEqual(agenda);
    await core.close();
  });
});

describe('invalid input', () => {
  it('is refused with a Dutch message and changes nothing', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const agenda = await draftAgenda(core);
    const other = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2027, endYear: 2028, title: 'Andere' });
    const otherWithKnelpunt = await call(core, 'knelpunt.create', { agendaId: other.id, title: 'Elders' });
    const action = agenda.actions[0]!;

    const dump = () => {
      const sqlite = new SQLite(file, { readonly: true });
      const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
      const content = Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).all()]));
      sqlite.close();
      return content;
    };
    const before = dump();

    const cases: [channel: string, input: unknown, message: RegExp][] = [
      ['agenda.create', { sectorId: defensieId, startYear: 2026, endYear: 2025, title: 'Omgekeerd' }, /eindjaar/],
      ['agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: '   ' }, /Vul de titel in/],
      ['agenda.create', { sectorId: '00000000-0000-4000-8000-000000000000', startYear: 2025, endYear: 2026, title: 'X' }, /bestaande sector/],
      ['agenda.update', { id: agenda.id, patch: { endYear: 2024 } }, /eindjaar/],
      ['agenda.update', { id: agenda.id, patch: { title: 'x'.repeat(201) } }, /hoogstens 200 tekens/],
      ['action.create', { agendaId: agenda.id, title: 'Onbekend type', primaryTypeId: 99, actor: 'sector', nature: 'nieuw' }, /actietype/],
      ['action.create', { agendaId: agenda.id, title: 'Zonder uitvoerder', primaryTypeId: 8, nature: 'nieuw' }, /Kies wie de actie uitvoert/],
      ['action.create', { agendaId: agenda.id, title: 'Zonder aard', primaryTypeId: 8, actor: 'sector' }, /Kies of de actie nieuw is, voortgezet of bestaande praktijk/],
      ['action.update', { id: action.id, patch: { startMonth: '2026-05', endMonth: '2025-01' } }, /eindmaand/],
      // Against the stored start month (2025-03), not only within the patch.
      ['action.update', { id: agenda.actions[1]!.id, patch: { endMonth: '2025-01' } }, /eindmaand/],
      ['action.update', { id: action.id, patch: { startMonth: '2025-13' } }, /maand/],
      ['action.update', { id: action.id, patch: { jobsPrognosis: -3 } }, /niet negatief/],
      ['action.update', { id: action.id, patch: { knelpuntIds: [otherWithKnelpunt.change.knelpunt.id] } }, /hoort niet bij deze werkagenda/],
      ['target.create', { agendaId: agenda.id, actionId: action.id, indicator: '', unit: 'banen' }, /indicator/],
      ['target.create', { agendaId: agenda.id, actionId: action.id, indicator: 'Zonder eenheid' }, /eenheid/],
      ['target.update', { id: agenda.targets[0]!.id, patch: { deadline: '2026-02-30' } }, /bestaat niet/],
      ['target.create', { agendaId: other.id, actionId: action.id, indicator: 'Verkeerde agenda', unit: 'banen' }, /hoort niet bij deze werkagenda/],
      ['jobGoal.set', { agendaId: agenda.id, year: 2030, jobs: 10 }, /buiten de looptijd/],
      ['jobGoal.set', { agendaId: agenda.id, year: 2025, jobs: -1 }, /niet negatief/],
      ['signatory.create', { agendaId: agenda.id, name: '' }, /Vul de naam in/],
      ['unusedType.set', { agendaId: agenda.id, typeId: 42, reason: 'x' }, /bestaat niet/],
      ['knelpunt.update', { id: agenda.knelpunten[0]!.id, patch: { catalogueId: 'bestaat-niet' } }, /catalogus/],
      ['sector.save', { name: 'Defensie', signatoryOrganisations: '', isEmployer: true }, /al een sector/],
      ['agenda.get', { id: 'geen-uuid' }, /Ongeldige verwijzing/],
      ['onbekend.kanaal', {}, /Onbekende opdracht/],
    ];
    for (const [channel, input, message] of cases) {
      const error = await refused(core, channel, input);
      expect(error.message, `${channel} ${JSON.stringify(input)}`).toMatch(message);
      expect(['VALIDATION', 'CONFLICT', 'NOT_FOUND']).toContain(error.code);
    }
    await core.close();
    expect(dump()).toEqual(before);
  });
});

describe('Word export through the API', () => {
  it('returns a .docx with a proposed file name', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await draftAgenda(core);
    const result = await call(core, 'agenda.exportDocx', { id: agenda.id });
    await core.close();
    expect(result.fileName).toBe('Werkagenda Defensie 2025-2026 concept.docx');
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
