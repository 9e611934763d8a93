import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { cycleChecks, evaluationsByType, targetsPerSector } from '../../shared/overleg';
import { call, edit } from '../support/core';
import { useTempDir } from '../support/temp';
import { executedAgenda } from './export-support/executed';
import { render, writeFile } from './export-support/render';

const tempDir = useTempDir();
const imageDir = join(process.cwd(), 'test-output', 'export');
const exportText = async (core: Core, agendaId: string) => Buffer.from((await call(core, 'exchange.export', { agendaId })).base64, 'base64').toString('utf8');

/** Politie's agenda: meet and greets too (type 8), which did not work there, and one target not yet measured. */
async function politieAgenda(core: Core): Promise<string> {
  await call(core, 'settings.update', { userName: 'Dossierhouder Politie' });
  const sector = (await call(core, 'reference.get', {})).sectors.find((item) => item.name === 'Politie')!;
  let agenda = await call(core, 'agenda.create', { sectorId: sector.id, startYear: 2025, endYear: 2026, title: 'Werkagenda Politie 2025-2026' });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Kennismaking op het bureau', primaryTypeId: 8 });
  await call(core, 'target.create', { agendaId: agenda.id, actionId: agenda.actions[0]!.id, level: 'middenweg', indicator: 'Bureaus met een kennismaking', unit: 'bureaus', targetValue: 10, deadline: '2026-12-31' });
  await call(core, 'action.setStatus', { id: agenda.actions[0]!.id, status: 'gestopt' });
  await call(core, 'evaluation.update', { actionId: agenda.actions[0]!.id, patch: { result: 'niet', why: 'Er waren geen vacatures om aan te koppelen.', lesson: 'Koppel kennismaking aan een concrete vacature.' } });
  await call(core, 'signatory.create', { agendaId: agenda.id, name: 'Korpschef', required: true });
  await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Dossierhouder Politie' });
  return agenda.id;
}

describe('the overleg learns from the evaluation', () => {
  it('shows per sector the target statuses and per action type what worked, on screen data and in Word', async () => {
    const defensie = await startCore(join(tempDir(), 'defensie.sqlite'));
    const politie = await startCore(join(tempDir(), 'politie.sqlite'));
    const overleg = await startCore(join(tempDir(), 'overleg.sqlite'));
    const defensieAgenda = await executedAgenda(defensie);
    const politieId = await politieAgenda(politie);
    await call(overleg, 'exchange.import', { text: await exportText(defensie, defensieAgenda.id) });
    await call(overleg, 'exchange.import', { text: await exportText(politie, politieId) });

    const period = { startYear: 2025, endYear: 2026 };
    const data = await call(overleg, 'overleg.get', { period });
    expect(data.agendas.map((agenda) => agenda.sectorName)).toEqual(['Defensie', 'Politie']);
    const defensieTargets = data.agendas[0]!.targets;
    expect(defensieTargets.map((target) => [target.indicator, target.status])).toEqual([
      ['Nieuwe banen uit het centrale budget', 'op_koers'], ['Meet and greets gehouden', 'behaald'], ['Training aangeboden', 'geen_gegevens'],
      ['Aanbestedingen met SROI', 'geen_gegevens'], ['Werkgevers die meedoen', 'achter'],
    ]);
    expect(defensieTargets[1]!.statusReason).toMatch(/^De laatste meting is 8 bijeenkomsten op 1 december 2025 en bereikt de streefwaarde/);
    expect(targetsPerSector(data.agendas).map((row) => [row.sectorName, row.counts])).toEqual([
      ['Defensie', { behaald: 1, op_koers: 1, achter: 1, geen_gegevens: 2 }],
      ['Politie', { behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 1 }],
    ]);
    const reference = await call(overleg, 'reference.get', {});
    expect(cycleChecks(data.agendas[0]!, reference.actionTypes).find((check) => check.code === 'metingen')!.detail)
      .toBe('Metingen bij 3 van de 5 doelen: 1 behaald, 1 op koers, 1 loopt achter.');

    const lessons = evaluationsByType(data.agendas, reference.actionTypes);
    const meetAndGreets = lessons.find((type) => type.typeId === 8)!;
    expect(meetAndGreets.counts).toEqual({ werkte: 1, deels: 0, niet: 1, zonder: 0 });
    expect(meetAndGreets.sectors.map((sector) => [sector.sectorName, sector.actions.map((action) => [action.status, action.result, action.lesson])])).toEqual([
      ['Defensie', [['afgerond', 'werkte', 'Laat leidinggevenden zelf uitnodigen.']]],
      ['Politie', [['gestopt', 'niet', 'Koppel kennismaking aan een concrete vacature.']]],
    ]);
    // Defensie's meet and greets also have type 1; its centraal budget is type 4.
    expect(lessons.map((type) => type.typeId)).toEqual([1, 4, 8]);

    const word = await call(overleg, 'overleg.exportDocx', { period, groupId: null });
    const saved = writeFile(join(imageDir, 'overleg-evaluatie.docx'), Buffer.from(word.base64, 'base64'));
    const rendered = render(saved, imageDir);
    const text = rendered.raw.replace(/\s+/g, ' ');
    for (const expected of [
      'Doelen per sector', 'Behaald', 'Op koers', 'Loopt achter', 'Nog niet gemeten',
      'Wat werkte per actietype', '8. ', '1 actie werkte, 0 deels, 1 niet; in 2 sectoren.',
      'Laat leidinggevenden zelf uitnodigen.', 'Koppel kennismaking aan een concrete vacature.', 'Er waren geen vacatures om aan te koppelen.',
      'Werkte niet', 'Werkte deels', 'Leg het budget vast voor 1 januari.',
      'Metingen bij 3 van de 5 doelen: 1 behaald, 1 op koers, 1 loopt achter.', 'Gedeelde knelpunten', 'Banen: doel en realisatie',
    ]) expect(text, expected).toContain(expected);
    // The Defensie row of "Doelen per sector": 1 behaald, 1 op koers, 1 achter, 2 not measured, 5 in all.
    expect(text).toMatch(/Defensie 1 1 1 2 5/);
    expect(rendered.images.length).toBeGreaterThan(4);
    await Promise.all([defensie.close(), politie.close(), overleg.close()]);
  });
});
