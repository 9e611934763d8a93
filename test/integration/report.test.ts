import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { call, refused, edit } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';
import { docxPart, paragraphTexts, render, writeFile, type Rendered } from './export-support/render';

/**
 * The voortgangsrapportage through the API: monitoring entered as a user would, the report read, exported to Word,
 * rendered by LibreOffice (pages in test-output/report/) and read back; then the same after freezing and signing.
 */
const tempDir = useTempDir();
const imageDir = join(process.cwd(), 'test-output', 'report');

let core: Core;
let agenda: AgendaDetail;

beforeAll(async () => {
  core = await startCore(join(tempDir(), 'data.sqlite'));
  agenda = await fullAgenda(core);
  mkdirSync(imageDir, { recursive: true });
  await enterMonitoring();
});
afterAll(async () => {
  await core?.close();
});

const byTitle = (title: string) => agenda.actions.find((action) => action.title === title)!;
const byIndicator = (indicator: string) => agenda.targets.find((target) => target.indicator === indicator)!;

async function enterMonitoring() {
  const id = agenda.id;
  const meet = byTitle('Meet and greets per krijgsmachtdeel');
  const centraal = byTitle('Centraal budget voor bovenformatieve banen');
  const training = byTitle('Training voor begeleiders');
  const inkoop = agenda.actions[3]!;
  // Seed 003's universities, moved to 2025: 29,02 on 1 July, 36,2 on 31 December, goal 56,3.
  agenda = await edit(core, 'jobGoal.set', { agendaId: id, year: 2025, jobs: 56.3 });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: null, referenceDate: '2025-07-01', jobs: 29.02, kind: 'regulier' });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: null, referenceDate: '2025-12-31', jobs: 36.2, kind: 'regulier' });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: null, referenceDate: '2025-12-31', jobs: 4, kind: 'inkoop_sroi' });
  await call(core, 'quotum.set', { year: 2025, percentage: 2.76, source: 'Staatscourant' });
  let jobs = await call(core, 'employer.create', { agendaId: id, name: 'Landmacht' });
  jobs = await call(core, 'employer.create', { agendaId: id, name: 'Kleine eenheid' });
  const [landmacht, klein] = jobs.employers;
  await call(core, 'employerHours.set', { employerId: landmacht!.id, year: 2025, hours: { kind: 'uren', hoursPerYear: 2_000_000 } });
  await call(core, 'employerHours.set', { employerId: klein!.id, year: 2025, hours: { kind: 'uren', hoursPerYear: 30_000 } });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: landmacht!.id, referenceDate: '2025-12-31', jobs: 30, kind: 'regulier' });

  await call(core, 'action.setStatus', { id: meet.id, status: 'lopend' });
  await call(core, 'action.setStatus', { id: centraal.id, status: 'lopend' });
  await call(core, 'action.setStatus', { id: inkoop.id, status: 'lopend' });
  await call(core, 'action.setStatus', { id: training.id, status: 'gestopt' });
  await call(core, 'milestone.setDone', { id: meet.milestones[0]!.id, done: true });
  for (const [date, text] of [['2025-03-10', 'Krijgsmachtdelen benaderd.'], ['2025-06-01', 'Eerste meet and greet gehouden.'], ['2025-09-01', 'Tweede ronde gepland.'], ['2025-11-15', 'Twee bijeenkomsten afgezegd.']] as const) {
    await call(core, 'progressNote.create', { actionId: meet.id, author: 'A. Jansen', date, text });
  }
  await call(core, 'measurement.create', { targetId: byIndicator('Meet and greets gehouden').id, date: '2025-06-30', value: 3, source: 'Planning programmaleider' });
  await call(core, 'measurement.create', { targetId: byIndicator('Meet and greets gehouden').id, date: '2025-12-31', value: 3.5, source: 'Jaarverslag' });
  await call(core, 'measurement.create', { targetId: byIndicator('Aanbestedingen met SROI').id, date: '2025-12-31', value: 26, source: 'Inkoopregister "A&B" <intern> $& $1' });
  await call(core, 'measurement.create', { targetId: byIndicator('Werkgevers die meedoen').id, date: '2025-12-31', value: 14, source: 'Programmaleider' });
  await call(core, 'measurement.create', { targetId: byIndicator('Werkgevers die meedoen').id, date: '2026-03-31', value: 15.5, source: 'Programmaleider' });
  await call(core, 'evaluation.update', { actionId: meet.id, patch: { result: 'deels', why: 'Minder aanmeldingen dan verwacht.', lesson: 'Eerder uitnodigen via de krijgsmachtdelen.' } });
  await call(core, 'foundKnelpunt.create', { agendaId: id, title: 'Geen jobcoach beschikbaar', cause: 'Budget voor begeleiding ontbreekt.', actionIds: [meet.id] });
}

const flat = (rendered: Rendered) => rendered.raw.replace(/\s+/g, ' ');
function expectText(text: string, needle: string, present = true) {
  expect(text.includes(needle), `${present ? 'missing' : 'unexpected'}: ${needle}`).toBe(present);
}

async function exportAndRender(peildatum: string | null, name: string) {
  const file = await call(core, 'report.exportDocx', { agendaId: agenda.id, peildatum });
  const path = writeFile(join(imageDir, `${name}.docx`), Buffer.from(file.base64, 'base64'));
  return { fileName: file.fileName, path, rendered: render(path, imageDir) };
}

describe('the voortgangsrapportage', () => {
  it('works out the report on the default peildatum from what was entered', async () => {
    const report = await call(core, 'report.get', { agendaId: agenda.id, peildatum: null });
    // Today is after 31 December 2025 in this test run's clock or not; the rule decides either way.
    expect(report.peildatumIsDefault).toBe(true);
    const atYearEnd = await call(core, 'report.get', { agendaId: agenda.id, peildatum: '2025-12-31' });
    expect(atYearEnd.basis).toEqual({ kind: 'concept' });
    expect(atYearEnd.jobs.sentence).toBe('36,2 banen gerealiseerd op 31 december 2025, tegenover 56,3 (doel van de werkagenda voor eind 2025): 64%, achterstand 20,1 banen.');
    expect(atYearEnd.glance.targets).toEqual({ behaald: 1, op_koers: 1, achter: 1, geen_gegevens: 2, total: 5 });
    expect(atYearEnd.glance.actions).toEqual({ afgerond: 0, lopend: 3, te_laat: 0, niet_gestart: 0, gestopt: 1, total: 4 });
    expect(atYearEnd.glance.attention.map((point) => [point.kind, point.title])).toEqual([
      ['doel_achter', 'Meet and greets gehouden (Meet and greets per krijgsmachtdeel)'], ['actie_gestopt', 'Training voor begeleiders'],
    ]);
    const werkgevers = atYearEnd.targets.find((target) => target.indicator === 'Werkgevers die meedoen')!;
    expect(werkgevers.measurements.map((m) => m.value)).toEqual([14]);
    const [landmacht, klein] = atYearEnd.jobs.employers;
    expect(landmacht).toMatchObject({ name: 'Landmacht', quotumApplies: true, realised: 30, requiredText: '41,5 banen' });
    expect(klein).toMatchObject({ name: 'Kleine eenheid', quotumApplies: false, requiredText: 'geen quotum (40.575 uur of minder)' });
    expect(atYearEnd.jobs.prognosis).toMatchObject({ total: 35.75, withPrognosis: 3, withoutPrognosis: 1 });

    // Half a year later the SROI action ended in December 2025 without being finished: te laat.
    const later = await call(core, 'report.get', { agendaId: agenda.id, peildatum: '2026-06-30' });
    expect(later.glance.actions).toMatchObject({ te_laat: 1, lopend: 2 });
    expect(later.targets.find((target) => target.indicator === 'Werkgevers die meedoen')!.measurements.map((m) => m.value)).toEqual([14, 15.5]);
  });

  it('refuses a peildatum outside the period in Dutch', async () => {
    const error = await refused(core, 'report.get', { agendaId: agenda.id, peildatum: '2027-01-01' });
    expect(error).toEqual({ code: 'VALIDATION', field: 'peildatum', message: 'De peildatum moet in de looptijd liggen: van 1 januari 2025 tot en met 31 december 2026.' });
    expect((await refused(core, 'report.exportDocx', { agendaId: agenda.id, peildatum: '2024-12-31' })).code).toBe('VALIDATION');
    expect((await refused(core, 'report.get', { agendaId: agenda.id, peildatum: '31-12-2025' })).code).toBe('VALIDATION');
    expect((await refused(core, 'report.get', { agendaId: '00000000-0000-4000-8000-000000000000', peildatum: null })).code).toBe('NOT_FOUND');
  });

  it('exports a Word document on a draft, marked CONCEPT, with the measurements, statuses, reasons, lessons and jobs figures', async () => {
    const { fileName, path, rendered } = await exportAndRender('2025-12-31', 'rapportage-concept');
    expect(fileName).toBe('Voortgangsrapportage Defensie 2025-2026 peildatum 31-12-2025.docx');
    const text = flat(rendered);
    for (const needle of [
      'CONCEPT', 'In één oogopslag', 'Doelen en metingen', 'Wat de meeste aandacht vraagt', 'Evaluatie', 'Gevonden knelpunten',
      'Peildatum: 31 december 2025',
      '36,2 banen gerealiseerd op 31 december 2025, tegenover 56,3 (doel van de werkagenda voor eind 2025): 64%, achterstand 20,1 banen.',
      '29,02', 'Via inkoop en SROI: 4 banen op 31 december 2025',
      '3,5 bijeenkomsten', 'Jaarverslag', 'Inkoopregister "A&B" <intern> $& $1', 'Loopt achter', 'Behaald', 'Op koers',
      'De laatste meting is 3,5 bijeenkomsten op 31 december 2025',
      'Gepland van januari 2025 tot en met december 2025.',
      'Eerste meet and greet (mei 2025)', 'De laatste 3 van 4 voortgangsnotities', 'Twee bijeenkomsten afgezegd.',
      'Werkte deels', 'Minder aanmeldingen dan verwacht.', 'Eerder uitnodigen via de krijgsmachtdelen.',
      'Geen jobcoach beschikbaar', 'Budget voor begeleiding ontbreekt.',
      'Landmacht', '2.000.000', '41,5 banen', 'geen quotum (40.575 uur of minder)',
      'De prognoses van 3 van de 4 acties tellen op tot 35,8 banen.',
      'Op de peildatum is de achterstand 20,1 banen: de prognoses zijn samen genoeg om die achterstand in te lopen.',
      'Pagina 1 van',
    ]) expectText(text, needle);
    // The first note (10 March) is the fourth: only the latest three are shown; 15,5 was measured after the peildatum.
    expectText(text, 'Krijgsmachtdelen benaderd.', false);
    expectText(text, '15,5', false);
    expectText(text, 'versie 1', false);
    // Heading styles with outline levels and repeating header rows, in Dutch.
    const xml = docxPart(path, 'word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(docxPart(path, 'word/styles.xml')).toContain('w:val="nl-NL"');
    expect(paragraphTexts(docxPart(path, 'word/header1.xml')).join(' ')).toContain('CONCEPT');
    expect(rendered.images.length).toBeGreaterThanOrEqual(4);

    const events = await call(core, 'audit.list', { agendaId: agenda.id });
    expect(events.events[0]).toMatchObject({ kind: 'geexporteerd', summary: `Voortgangsrapportage gemaakt: ${fileName}.` });
  });

  it('after freezing and signing reports on versie 1 with its fingerprint, also while a later draft is being written', async () => {
    const required = agenda.signatories.find((person) => person.required)!;
    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    const overview = await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const fingerprint = overview.revisions[0]!.fingerprint;
    // An action added to the draft afterwards is not part of the plan in force.
    await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Nieuwe actie in het concept', primaryTypeId: 5 });

    const report = await call(core, 'report.get', { agendaId: agenda.id, peildatum: '2025-12-31' });
    expect(report.basis).toEqual({ kind: 'vastgesteld', number: 1, fingerprint });
    expect(report.actions.map((action) => action.title)).not.toContain('Nieuwe actie in het concept');
    // Execution still comes from this installation's rows, matched by id.
    expect(report.actions.find((action) => action.title === 'Meet and greets per krijgsmachtdeel')).toMatchObject({ status: 'lopend', milestonesDone: [{ title: 'Eerste meet and greet' }] });

    const { path, rendered } = await exportAndRender('2025-12-31', 'rapportage-versie-1');
    const text = flat(rendered);
    expectText(text, 'versie 1');
    expectText(text, `Controlecode: ${fingerprint}`);
    expectText(text, 'CONCEPT', false);
    expectText(text, 'Nieuwe actie in het concept', false);
    expectText(text, 'achterstand 20,1 banen');
    expect(paragraphTexts(docxPart(path, 'word/header1.xml')).join(' ')).toContain('Voortgangsrapportage Defensie 2025-2026, versie 1, peildatum 31 december 2025');
  });

  it('says plainly when an agenda has no measurements, without empty tables', async () => {
    const other = await call(core, 'agenda.create', { sectorId: agenda.sectorId, startYear: 2025, endYear: 2026, title: 'Werkagenda zonder metingen' });
    await call(core, 'target.create', { agendaId: other.id, actionId: null, indicator: 'Werkgevers die meedoen', unit: 'werkgevers', targetValue: 20, deadline: '2026-12-31' });
    const report = await call(core, 'report.get', { agendaId: other.id, peildatum: '2025-12-31' });
    expect(report.hasMeasurements).toBe(false);
    const file = await call(core, 'report.exportDocx', { agendaId: other.id, peildatum: '2025-12-31' });
    const path = writeFile(join(imageDir, 'rapportage-zonder-metingen.docx'), Buffer.from(file.base64, 'base64'));
    const text = flat(render(path, imageDir));
    expectText(text, 'Er zijn tot en met 31 december 2025 nog geen metingen vastgelegd bij de doelen van deze werkagenda');
    expectText(text, 'Werkgevers die meedoen: streefwaarde 20 werkgevers op 31 december 2026.');
    expectText(text, 'Toelichting', false);
  });
});
