import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { typeMatrix } from '../../shared/overleg';
import { call, refused } from '../support/core';
import { coverage2022, reported2022 } from '../support/overleg';
import { useTempDir } from '../support/temp';
import { docxPart, render, writeFile } from './export-support/render';

const tempDir = useTempDir();
const period = { startYear: 2021, endYear: 2022 };
const imageDir = join(process.cwd(), 'test-output', 'export');

/** One sector's installation: its agenda of 2021-2022 with one action per type it uses, frozen and signed. */
async function sectorInstallation(sectorName: string, types: number[], index: number): Promise<{ core: Core; agendaId: string; text: string }> {
  const core = await startCore(join(tempDir(), `sector-${index}.sqlite`));
  await call(core, 'settings.update', { userName: `Dossierhouder ${sectorName}` });
  const sector = (await call(core, 'reference.get', {})).sectors.find((item) => item.name === sectorName)!;
  const agenda = await call(core, 'agenda.create', { sectorId: sector.id, startYear: 2021, endYear: 2022, title: `Werkagenda ${sectorName} 2021-2022` });
  for (const type of types) await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: `${sectorName}: actie van type ${type}`, description: `Toelichting ${type}`, primaryTypeId: type });
  await call(core, 'knelpunt.create', { agendaId: agenda.id, title: `Beperkt mandaat bij ${sectorName}`, catalogueId: 'knelpunt-K1' });
  await call(core, 'jobGoal.set', { agendaId: agenda.id, year: 2022, jobs: 100 + index });
  const withSigner = await call(core, 'signatory.create', { agendaId: agenda.id, name: `Bestuurder ${sectorName}`, required: true });
  await call(core, 'revision.freeze', { agendaId: agenda.id, by: `Dossierhouder ${sectorName}` });
  await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: withSigner.change.signatory.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
  const file = await call(core, 'exchange.export', { agendaId: agenda.id });
  return { core, agendaId: agenda.id, text: Buffer.from(file.base64, 'base64').toString('utf8') };
}

describe('the dossierhoudersoverleg of twelve sectors', () => {
  it('compares twelve imported exchange files as seed 003 did by hand, and keeps an altered or older file out', async () => {
    const sources = [];
    for (const [index, [sectorName, , types]] of coverage2022.entries()) sources.push(await sectorInstallation(sectorName, types, index));

    const overleg = await startCore(join(tempDir(), 'overleg.sqlite'));
    for (const source of sources) expect((await call(overleg, 'exchange.import', { text: source.text })).kind).toBe('nieuw');
    let data = await call(overleg, 'overleg.get', { period: null });
    expect(data.period).toEqual(period);
    expect(data.flagged).toEqual([]);
    expect(data.agendas.map((agenda) => agenda.sectorName)).toEqual(coverage2022.map(([name]) => name));
    expect(data.agendas.every((agenda) => agenda.source === 'geimporteerd' && agenda.revisionNumber === 1 && agenda.signoff.state === 'vastgesteld')).toBe(true);

    const reference = await call(overleg, 'reference.get', {});
    const matrix = typeMatrix(data.agendas, reference.actionTypes);
    expect(matrix.rows.map((row) => row.agendaCount)).toEqual(reported2022);
    expect(matrix.columns.map((column) => column.score)).toEqual(coverage2022.map(([, , types]) => types.length));
    const defensie = matrix.columns.findIndex((column) => column.sectorName === 'Defensie');
    expect(matrix.rows[7]!.cells[defensie]!.count).toBe(1);

    // The built-in groups follow the sectors: Defensie, Politie and Rijksoverheid are themselves the employer.
    const self = data.groups.find((group) => group.id === 'zelf-werkgever')!;
    expect(data.agendas.filter((agenda) => self.sectorIds.includes(agenda.sectorId)).map((agenda) => agenda.sectorName)).toEqual(['Defensie', 'Politie', 'Rijksoverheid']);
    const sectorId = (name: string) => reference.sectors.find((sector) => sector.name === name)!.id;
    const { groups } = await call(overleg, 'overleg.saveGroup', { name: 'Defensie en Politie', sectorIds: [sectorId('Defensie'), sectorId('Politie')] });
    expect(groups.find((group) => group.name === 'Defensie en Politie')!.sectorIds).toEqual([sectorId('Defensie'), sectorId('Politie')]);
    expect((await refused(overleg, 'overleg.saveGroup', { name: 'Defensie en Politie', sectorIds: [sectorId('Mbo'), sectorId('Hbo')] })).code).toBe('CONFLICT');
    expect((await refused(overleg, 'overleg.saveGroup', { name: 'Alleen Mbo', sectorIds: [sectorId('Mbo')] })).message).toBe('Kies ten minste twee sectoren voor een groep.');

    // The CSV for Excel: the group's matrix.
    const group = groups.find((item) => item.name === 'Defensie en Politie')!;
    const csv = await call(overleg, 'overleg.exportCsv', { period, groupId: group.id });
    expect(csv.fileName).toBe("Vergelijking werkagenda’s 2021-2022 Defensie en Politie.csv");
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe("Actietype;Defensie;Politie;Aantal agenda's");
    expect(lines[1]).toMatch(/^1\. .*;1;1;2$/);

    // An altered file: a signed version whose content was changed afterwards never enters silently.
    const universiteiten = sources[6]!;
    const altered = JSON.parse(universiteiten.text) as { revisions: { content: { title: string } }[] };
    altered.revisions[0]!.content.title = 'Werkagenda Universiteiten 2021-2022 (aangepast)';
    const tamperedCore = await startCore(join(tempDir(), 'overleg-2.sqlite'));
    const preview = await call(tamperedCore, 'exchange.preview', { text: JSON.stringify(altered) });
    expect(preview.problems).toEqual([
      'Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.',
      expect.stringMatching(/^Versie 1: de inhoud komt niet overeen met de controlecode/),
      expect.stringMatching(/^De handtekening van Bestuurder Universiteiten op versie 1 is ongeldig/),
    ]);
    await call(tamperedCore, 'exchange.import', { text: JSON.stringify(altered), acceptProblems: true });
    const tamperedData = await call(tamperedCore, 'overleg.get', { period });
    expect(tamperedData.agendas).toEqual([]);
    expect(tamperedData.flagged).toEqual([expect.objectContaining({ sectorName: 'Universiteiten', reason: expect.stringMatching(/gewijzigd na het vastleggen/) })]);
    await tamperedCore.close();

    // An older file of an agenda that has moved on is refused; the comparison keeps the newer version.
    const mbo = sources[4]!;
    await call(mbo.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: mbo.agendaId, title: 'Mbo: extra actie', primaryTypeId: 12 });
    await call(mbo.core, 'revision.freeze', { agendaId: mbo.agendaId, by: 'Dossierhouder Mbo' });
    const newer = Buffer.from((await call(mbo.core, 'exchange.export', { agendaId: mbo.agendaId })).base64, 'base64').toString('utf8');
    expect((await call(overleg, 'exchange.import', { text: newer })).kind).toBe('bijwerken');
    expect((await call(overleg, 'exchange.preview', { text: mbo.text })).kind).toBe('ouder');
    expect((await refused(overleg, 'exchange.import', { text: mbo.text })).code).toBe('CONFLICT');
    data = await call(overleg, 'overleg.get', { period });
    const mboColumn = data.agendas.find((agenda) => agenda.sectorName === 'Mbo')!;
    // Version 2 is not signed yet; the signed version 1 stays the one compared.
    expect([mboColumn.revisionNumber, mboColumn.signoff.state, mboColumn.actions.length]).toEqual([1, 'vastgesteld', 3]);

    const word = await call(overleg, 'overleg.exportDocx', { period, groupId: null });
    expect(word.fileName).toBe("Vergelijking werkagenda’s 2021-2022.docx");
    const docx = Buffer.from(word.base64, 'base64');
    const saved = writeFile(join(imageDir, 'overleg.docx'), docx);
    expect(docxPart(saved, 'word/styles.xml')).toContain('w:val="nl-NL"');
    expect(docxPart(saved, 'word/document.xml')).toContain('<w:tblHeader/>');
    const text = render(saved, imageDir).raw.replace(/\s+/g, ' ');
    for (const expected of [
      "Vergelijking werkagenda’s 2021-2022", 'Actietypen per sector', 'Volledigheid van de beleidscyclus', 'Banen: doel en realisatie', 'Gedeelde knelpunten',
      'Score (aantal actietypen)', '9/12', '7/12', 'Beperkt mandaat over werkgevers (12 sectoren)', 'Beperkt mandaat bij Defensie', 'Pagina 1 van',
    ]) expect(text, expected).toContain(expected);
    expect(text).not.toMatch(/CONCEPT/);
    await overleg.close();
    for (const source of sources) await source.core.close();
  }, 60_000); // twelve installations, each exporting a signed file: slow when the machine is shared
});
