import { resolve } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { call, defensieId, edit, gemeentenId, refused } from '../support/core';
import { useTempDir } from '../support/temp';
import { render, writeFile } from './export-support/render';

const tempDir = useTempDir();
const imageDir = resolve(import.meta.dirname, '..', '..', 'test-output', 'advice-docx');
const request = 'Eén subsidieregeling voor alle doelgroepen van de banenafspraak.';

async function agendaOf(core: Core, sectorId: string, title: string) {
  let agenda = await call(core, 'agenda.create', { sectorId, startYear: 2025, endYear: 2026, title });
  agenda = await edit(core, 'knelpunt.create', { agendaId: agenda.id, title: 'Complexe wetgeving', cause: 'Subsidies verschillen per doelgroep.', catalogueId: 'knelpunt-K5', addressee: 'szw', request });
  agenda = await edit(core, 'knelpunt.create', { agendaId: agenda.id, title: 'Quotum telt inkoop niet mee', addressee: 'bzk', request: 'Tel inkoop mee in het quotum.' });
  agenda = await edit(core, 'action.create', { agendaId: agenda.id, title: 'Proeftuin bij een grote werkgever', primaryTypeId: 9, actor: 'werkgevers', nature: 'nieuw' });
  agenda = await edit(core, 'action.create', { agendaId: agenda.id, title: 'Meet and greets', primaryTypeId: 8, actor: 'sector', nature: 'bestaand' });
  return agenda;
}

describe('the advice in what leaves the app', () => {
  it('the agenda’s Word export says who can solve a knelpunt and the request, and the mix of actions', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await agendaOf(core, defensieId, 'Werkagenda Defensie 2025-2026');
    // No own action is asked for the knelpunten of SZW and BZK.
    const word = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: null });
    const { raw } = render(writeFile(join(tempDir(), 'agenda.docx'), Buffer.from(word.base64, 'base64')), imageDir);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Wie kan het oplossen: Het ministerie van SZW (wet- en regelgeving)');
    expect(text).toContain(`Verzoek: ${request}`);
    expect(text).toContain('Wie kan het oplossen: Het ministerie van BZK (overheidsbreed beleid en uitvoering)');
    expect(text).not.toContain('Nog door geen actie aangepakt');
    expect(text).toContain('Nieuw of bestaand: 1 nieuw, 0 voortgezet uit de vorige werkagenda, 1 bestaande praktijk');
    expect(text).toContain('Wie voert uit: 1 door de sector, 1 door werkgevers, 0 door partners');
    await core.close();
  });

  it('the overleg’s Word export has the chapter Signalen voor SZW en BZK and the mix per sector', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    await agendaOf(core, defensieId, 'Werkagenda Defensie 2025-2026');
    await agendaOf(core, gemeentenId, 'Werkagenda Gemeenten 2025-2026');
    const word = await call(core, 'overleg.exportDocx', { period: { startYear: 2025, endYear: 2026 }, groupId: null });
    const { raw } = render(writeFile(join(tempDir(), 'overleg.docx'), Buffer.from(word.base64, 'base64')), imageDir);
    const text = raw.replace(/\s+/g, ' ');
    const chapter = text.slice(text.lastIndexOf('Signalen voor SZW en BZK'));
    expect(chapter).toContain('Complexe, weinig motiverende wetgeving en een jaarlijks stijgend quotum (2 sectoren)');
    expect(chapter).toContain(request);
    expect(chapter).toContain('Tel inkoop mee in het quotum.');
    expect(text).toContain('Nieuw of bestaand, en wie uitvoert');
    await core.close();
  });

  it('keeps what helped in an evaluation, carries it in the exchange file and counts it in the overleg’s Word export', async () => {
    const sector = await startCore(join(tempDir(), 'sector.sqlite'));
    const agenda = await agendaOf(sector, defensieId, 'Werkagenda Defensie 2025-2026');
    const [proeftuin] = agenda.actions;
    const evaluation = await call(sector, 'evaluation.update', { actionId: proeftuin!.id, patch: { result: 'werkte', helped: ['S3', 'S1', 'S3'] } });
    // Stored once each, in catalogue order; an unknown code is refused in Dutch and changes nothing.
    expect(evaluation.actions.find((action) => action.id === proeftuin!.id)?.evaluation.helped).toEqual(['S1', 'S3']);
    expect((await refused(sector, 'evaluation.update', { actionId: proeftuin!.id, patch: { helped: ['S10'] } })).message).toMatch(/Kies een succesfactor uit de lijst/);
    expect((await call(sector, 'evaluation.get', { agendaId: agenda.id })).actions[0]!.evaluation.helped).toEqual(['S1', 'S3']);

    const overleg = await startCore(join(tempDir(), 'overleg.sqlite'));
    const exported = await call(sector, 'exchange.export', { agendaId: agenda.id });
    await call(overleg, 'exchange.import', { text: Buffer.from(exported.base64, 'base64').toString('utf8') });
    const data = await call(overleg, 'overleg.get', { period: { startYear: 2025, endYear: 2026 } });
    expect(data.agendas[0]!.actions.find((action) => action.id === proeftuin!.id)?.evaluation.helped).toEqual(['S1', 'S3']);
    const word = await call(overleg, 'overleg.exportDocx', { period: { startYear: 2025, endYear: 2026 }, groupId: null });
    const { raw } = render(writeFile(join(tempDir(), 'overleg-hielp.docx'), Buffer.from(word.base64, 'base64')), imageDir);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Wat hielp volgens de evaluaties');
    expect(text).toContain('S3. Samenwerking met gespecialiseerde partijen 1 Defensie');
    await Promise.all([sector.close(), overleg.close()]);
  });

  it('the overleg’s Word export has the good examples of the compared agendas, contact details only with consent', async () => {
    const core = await startCore(join(tempDir(), 'voorbeelden.sqlite'));
    const defensie = await agendaOf(core, defensieId, 'Werkagenda Defensie 2025-2026');
    const gemeenten = await agendaOf(core, gemeentenId, 'Werkagenda Gemeenten 2025-2026');
    await call(core, 'goodExample.save', { actionId: defensie.actions[0]!.id, whatWorked: 'Een vaste jobcoach per krijgsmachtdeel.', organisation: 'Defensie', contactName: 'M. de Groot', contactEmail: 'm.degroot@mindef.nl', contactPhone: '', consent: true });
    await call(core, 'goodExample.save', { actionId: gemeenten.actions[1]!.id, whatWorked: 'Meet and greets in het stadhuis.', organisation: 'Gemeente Zwolle', contactName: 'J. Jansen', contactEmail: 'j.jansen@zwolle.nl', contactPhone: '', consent: false });
    const word = await call(core, 'overleg.exportDocx', { period: { startYear: 2025, endYear: 2026 }, groupId: null });
    const { raw } = render(writeFile(join(tempDir(), 'overleg-voorbeelden.docx'), Buffer.from(word.base64, 'base64')), imageDir);
    const text = raw.replace(/\s+/g, ' ');
    // The chapter is the export's last; its heading is the last time the words occur.
    const chapter = text.slice(text.lastIndexOf('Goede voorbeelden'));
    expect(chapter).toContain('Een vaste jobcoach per krijgsmachtdeel.');
    expect(chapter).toContain('Contact: M. de Groot, m.degroot@mindef.nl');
    expect(chapter).toContain('Meet and greets in het stadhuis.');
    expect(raw).not.toContain('j.jansen@zwolle.nl');
    await core.close();
  });

  it('keeps the number of employers as a figure of the plan: in the Word export, refused when negative, a change against a frozen version', async () => {
    const core = await startCore(join(tempDir(), 'werkgevers.sqlite'));
    const agenda = await agendaOf(core, defensieId, 'Werkagenda Defensie 2025-2026');
    expect((await refused(core, 'agenda.update', { id: agenda.id, patch: { employerCount: -1 } })).message).toBe('Het aantal werkgevers kan niet negatief zijn.');
    expect((await refused(core, 'agenda.update', { id: agenda.id, patch: { employerCount: 2.5 } })).message).toBe('Vul het aantal werkgevers in als een heel getal.');
    await call(core, 'signatory.create', { agendaId: agenda.id, name: 'Minister van Defensie', required: true });
    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    await call(core, 'agenda.update', { id: agenda.id, patch: { employerCount: 21 } });
    expect((await call(core, 'agenda.get', { id: agenda.id })).employerCount).toBe(21);
    expect((await call(core, 'signoff.get', { agendaId: agenda.id })).draftChanges.map((change) => change.text)).toEqual(['Het aantal werkgevers in de sector is gewijzigd.']);
    const word = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: null });
    const { raw } = render(writeFile(join(tempDir(), 'werkgevers.docx'), Buffer.from(word.base64, 'base64')), imageDir);
    expect(raw.replace(/\s+/g, ' ')).toContain('Aantal werkgevers in de sector: 21');
    await core.close();
  });
});
