import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { exportAgendaById } from '../../electron/core/export';
import { call, defensieId, edit } from '../support/core';
import { useTempDir } from '../support/temp';
import { render, writeFile } from './export-support/render';

/** The successor's Word export names its predecessor and shows what it delivered (issue 10, item 2), as LibreOffice renders it. */
const tempDir = useTempDir();
const imageDir = join(process.cwd(), 'test-output', 'export');
// After the predecessor's period: everything is judged on 31 December 2026.
const generatedOn = '2027-02-04';

async function evaluatedPredecessor(core: Core) {
  let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
  const id = agenda.id;
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Meet and greets per krijgsmachtdeel', primaryTypeId: 8 });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Werkplekken aanpassen', primaryTypeId: 4 });
  const [meet, adapt] = agenda.actions;
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: meet!.id, level: 'middenweg', indicator: 'Bijeenkomsten gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: null, level: 'smal', indicator: 'Werkplekken aangepast', unit: 'plekken', baseline: 0, targetValue: 5, deadline: '2026-12-31' });
  await call(core, 'measurement.create', { targetId: agenda.targets[0]!.id, date: '2025-11-01', value: 9 });
  await call(core, 'measurement.create', { targetId: agenda.targets[1]!.id, date: '2025-11-01', value: 2 });
  await call(core, 'action.setStatus', { id: meet!.id, status: 'lopend' });
  await call(core, 'action.setStatus', { id: adapt!.id, status: 'afgerond' });
  await call(core, 'evaluation.update', { actionId: meet!.id, patch: { result: 'deels', why: 'Goed bezocht, maar weinig plaatsingen.', lesson: 'Koppel de bijeenkomsten aan echte vacatures.' } });
  await call(core, 'evaluation.update', { actionId: adapt!.id, patch: { result: 'werkte', lesson: 'Budget vooraf vastleggen.' } });
  await call(core, 'jobGoal.set', { agendaId: id, year: 2025, jobs: 56.3 });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: null, referenceDate: '2025-12-31', jobs: 36.2, kind: 'regulier' });
  return id;
}

async function exportText(file: string, agendaId: string, name: string) {
  const database = await openDatabase(file);
  const result = await exportAgendaById(database.db, agendaId, null, generatedOn);
  await database.close();
  mkdirSync(imageDir, { recursive: true });
  const rendered = render(writeFile(join(imageDir, `${name}.docx`), result.data), imageDir);
  return { rendered, text: rendered.raw.replace(/\s+/g, ' ') };
}

describe('the successor’s Word export', () => {
  it('names the predecessor and has the table "Wat de vorige werkagenda opleverde" with the lessons, the targets and the jobs', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const predecessorId = await evaluatedPredecessor(core);
    const next = await call(core, 'agenda.startNext', { id: predecessorId });
    await core.close();

    const { rendered, text } = await exportText(file, next.id, 'volgende-werkagenda');
    expect(text).toContain('Terugblik en resultaten van de vorige werkagenda');
    expect(text).toContain('Vorige werkagenda: Werkagenda Defensie 2025-2026 (2025-2026)');
    // The draft Terugblik is the agenda's own text now.
    expect(text).toContain('Concept, opgesteld uit de evaluatie van “Werkagenda Defensie 2025-2026” (2025-2026); pas het aan.');
    expect(text).toContain('Wat de vorige werkagenda opleverde');
    expect(text).toContain('Stand aan het einde van de periode op 31 december 2026');
    const table = text.slice(text.indexOf('Wat de vorige werkagenda opleverde'));
    expect(table).toMatch(/Actie Status Resultaat van de evaluatie Les/);
    expect(table).toMatch(/Meet and greets per krijgsmachtdeel Lopend Werkte deels Koppel de bijeenkomsten aan echte vacatures\./);
    expect(table).toMatch(/Werkplekken aanpassen Afgerond Werkte Budget vooraf vastleggen\./);
    expect(table).toMatch(/Bijeenkomsten gehouden \(actie: Meet and greets per krijgsmachtdeel\) Behaald/);
    expect(table).toMatch(/Werkplekken aangepast Niet behaald De laatste meting is 2 plekken op 1 november 2025;/);
    expect(table).toContain('Banen: 36,2 banen gerealiseerd op 31 december 2025, tegenover 56,3 (doel van de werkagenda voor eind 2025): 64%, achterstand 20,1 banen.');
    expect(rendered.images.length).toBeGreaterThan(2);
  }, 120_000);

  it('says so when the predecessor is not in this installation or in the bin', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const predecessorId = await evaluatedPredecessor(core);
    const next = await call(core, 'agenda.startNext', { id: predecessorId });
    const imported = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2027, endYear: 2028, title: 'Uit een uitwisselbestand' });
    await call(core, 'agenda.delete', { id: predecessorId });
    await core.close();
    // An agenda imported from another installation names a predecessor this one never saw.
    const sqlite = new SQLite(file);
    sqlite.prepare('UPDATE agendas SET imported_predecessor_id = ? WHERE id = ?').run('99999999-9999-4999-8999-999999999999', imported.id);
    sqlite.close();

    const elsewhere = (await exportText(file, imported.id, 'vorige-elders')).text;
    expect(elsewhere).toContain('Terugblik en resultaten van de vorige werkagenda');
    expect(elsewhere).toContain('Deze werkagenda bouwt voort op een vorige werkagenda die niet in deze installatie staat');
    expect(elsewhere).not.toContain('Wat de vorige werkagenda opleverde');
    const binned = (await exportText(file, next.id, 'vorige-verwijderd')).text;
    expect(binned).toContain('een vorige werkagenda die bij de verwijderde werkagenda’s staat');
    expect(binned).not.toContain('Wat de vorige werkagenda opleverde');
  }, 120_000);
});
