import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { call, defensieId, gemeentenId, refused, edit } from '../support/core';
import { useTempDir } from '../support/temp';
import { render } from './export-support/render';

const tempDir = useTempDir();
const imageDir = resolve(import.meta.dirname, '..', '..', 'test-output', 'examples-docx');

const example = {
  whatWorked: 'Een vaste jobcoach per krijgsmachtdeel: leidinggevenden weten wie ze kunnen bellen.',
  organisation: 'Defensie, Commando Landstrijdkrachten',
  contactName: 'M. de Groot',
  contactEmail: 'm.degroot@mindef.nl',
  contactPhone: '06 12345678',
  consent: true,
};

async function agendaWithActions(core: Core, sectorId = defensieId, title = 'Werkagenda Defensie 2025-2026') {
  let agenda = await call(core, 'agenda.create', { sectorId, startYear: 2025, endYear: 2026, title });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Jobcoaches per krijgsmachtdeel', primaryTypeId: 12 });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Meet and greets', primaryTypeId: 8 });
  return agenda;
}

describe('goede voorbeelden', () => {
  it('are kept per action, refused with a Dutch message when the contact details are not valid, and written in the Logboek', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await agendaWithActions(core);
    const [coach] = agenda.actions;
    let { examples } = await call(core, 'goodExample.save', { actionId: coach!.id, ...example });
    expect(examples).toEqual([expect.objectContaining({ actionId: coach!.id, ...example })]);
    ({ examples } = await call(core, 'goodExample.save', { actionId: coach!.id, ...example, contactPhone: '+31 70 123 45 67' }));
    expect(examples[0]!.contactPhone).toBe('+31 70 123 45 67');

    const cases: [object, string, RegExp][] = [
      [{ contactEmail: 'mdegroot' }, 'contactEmail', /Vul een e-mailadres in zoals naam@organisatie\.nl\./],
      [{ contactPhone: 'bel mij' }, 'contactPhone', /Vul een telefoonnummer in/],
      [{ whatWorked: '   ' }, 'whatWorked', /Vul wat werkte in\./],
      [{ consent: 'ja' }, 'consent', /toestemming/],
    ];
    for (const [patch, field, message] of cases) {
      const error = await refused(core, 'goodExample.save', { actionId: coach!.id, ...example, ...patch });
      expect(error).toMatchObject({ code: 'VALIDATION', field });
      expect(error.message).toMatch(message);
    }
    expect((await call(core, 'goodExample.list', { agendaId: agenda.id })).examples[0]!.contactPhone).toBe('+31 70 123 45 67');
    expect((await refused(core, 'goodExample.save', { actionId: '00000000-0000-4000-8000-000000000000', ...example })).code).toBe('NOT_FOUND');

    const { events } = await call(core, 'audit.list', { agendaId: agenda.id });
    expect(events.slice(0, 2).map((event) => event.summary)).toEqual([
      'Goed voorbeeld bij actie “Jobcoaches per krijgsmachtdeel”, telefoon: was “06 12345678”, nu “+31 70 123 45 67”.',
      'Goed voorbeeld bij actie “Jobcoaches per krijgsmachtdeel” toegevoegd.',
    ]);
    ({ examples } = await call(core, 'goodExample.delete', { actionId: coach!.id }));
    expect(examples).toEqual([]);
    expect((await refused(core, 'goodExample.delete', { actionId: coach!.id })).code).toBe('NOT_FOUND');
    // An agenda in the bin takes no example.
    await call(core, 'agenda.delete', { id: agenda.id });
    expect((await refused(core, 'goodExample.save', { actionId: coach!.id, ...example })).code).toBe('NOT_FOUND');
    await core.close();
  });

  it('travel in the exchange file with contact details only where consent was given, into the Overleg’s library of another installation', async () => {
    const sector = await startCore(join(tempDir(), 'sector.sqlite'));
    const agenda = await agendaWithActions(sector);
    const [coach, meet] = agenda.actions;
    await call(sector, 'goodExample.save', { actionId: coach!.id, ...example });
    await call(sector, 'goodExample.save', { actionId: meet!.id, ...example, whatWorked: 'Kleine groepen werken beter.', contactName: 'P. Jansen', consent: false });
    // In its own library, the example without consent shows no contact either.
    const own = (await call(sector, 'goodExample.library', {})).entries;
    expect(own.map((entry) => [entry.actionTitle, entry.contact?.name ?? null])).toEqual([
      ['Meet and greets', null], ['Jobcoaches per krijgsmachtdeel', 'M. de Groot'],
    ]);

    const exported = await call(sector, 'exchange.export', { agendaId: agenda.id });
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(text).toContain('M. de Groot');
    expect(text).not.toContain('P. Jansen');

    const overleg = await startCore(join(tempDir(), 'overleg.sqlite'));
    const preview = await call(overleg, 'exchange.preview', { text });
    expect(preview.changes.join(' ')).toContain('2 goede voorbeelden');
    await call(overleg, 'exchange.import', { text });
    const other = await agendaWithActions(overleg, gemeentenId, 'Werkagenda Gemeenten 2025-2026');
    await call(overleg, 'goodExample.save', { actionId: other.actions[1]!.id, ...example, whatWorked: 'Voorlichting in de raad.', contactName: '', contactEmail: '', contactPhone: '', consent: false });
    const { entries } = await call(overleg, 'goodExample.library', {});
    expect(entries.map((entry) => [entry.typeId, entry.sectorName, entry.actionTitle, entry.imported, entry.contact])).toEqual([
      [8, 'Defensie', 'Meet and greets', true, null],
      [8, 'Gemeenten', 'Meet and greets', false, null],
      [12, 'Defensie', 'Jobcoaches per krijgsmachtdeel', true, { name: 'M. de Groot', email: 'm.degroot@mindef.nl', phone: '06 12345678' }],
    ]);

    // Exported to Word and rendered by LibreOffice: one chapter per type, the contact where shared.
    const docx = await call(overleg, 'goodExample.exportDocx', { typeId: null, sectorName: null, text: '' });
    const file = join(tempDir(), docx.fileName);
    writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    const rendered = render(file, imageDir);
    const page = rendered.text.replace(/\s+/g, ' ');
    expect(page).toContain('Goede voorbeelden Banenafspraak');
    expect(page).toContain('Aantal: 3 goede voorbeelden');
    expect(page).toMatch(/8\. .+ Meet and greets Sector: Defensie/);
    expect(page).toContain('12. ');
    expect(page).toContain('Contact: M. de Groot, m.degroot@mindef.nl, 06 12345678');
    expect(page).toContain('De contactgegevens zijn niet gedeeld.');
    expect(page).not.toContain('P. Jansen');
    // Filtered: only what was asked for, and the document says what it holds.
    const filtered = await call(overleg, 'goodExample.exportDocx', { typeId: null, sectorName: 'Gemeenten', text: 'raad' });
    const filteredFile = join(tempDir(), 'gefilterd.docx');
    writeFileSync(filteredFile, Buffer.from(filtered.base64, 'base64'));
    const filteredText = render(filteredFile, imageDir).text.replace(/\s+/g, ' ');
    expect(filteredText).toContain('Selectie: sector Gemeenten, met “raad”');
    expect(filteredText).toContain('Aantal: 1 goed voorbeeld');
    expect(filteredText).not.toContain('Jobcoaches');
    await overleg.close();
    await sector.close();
  }, 240_000);

  it('refuse a file that smuggles in an example or a contact that is not meant to be there', async () => {
    const sector = await startCore(join(tempDir(), 'sector.sqlite'));
    const agenda = await agendaWithActions(sector);
    await call(sector, 'goodExample.save', { actionId: agenda.actions[0]!.id, ...example });
    const text = Buffer.from((await call(sector, 'exchange.export', { agendaId: agenda.id })).base64, 'base64').toString('utf8');
    await sector.close();

    const receiver = await startCore(join(tempDir(), 'ontvanger.sqlite'));
    // An example for an action that is not in the agenda: refused, nothing written.
    const stray = JSON.parse(text) as { monitoring: { goodExamples: Record<string, unknown>[] } };
    stray.monitoring.goodExamples[0]!.actionId = '00000000-0000-4000-8000-000000000000';
    const error = await refused(receiver, 'exchange.import', { text: JSON.stringify(stray), acceptProblems: true });
    expect(error.message).toMatch(/een goed voorbeeld hoort bij een actie die niet in de werkagenda staat/);
    expect((await call(receiver, 'agenda.list', {})).agendas).toEqual([]);
    // A contact without consent: the example comes in, the name does not.
    const noConsent = JSON.parse(text) as { monitoring: { goodExamples: Record<string, unknown>[] } };
    noConsent.monitoring.goodExamples[0]!.consent = false;
    await call(receiver, 'exchange.import', { text: JSON.stringify(noConsent), acceptProblems: true });
    const { examples } = await call(receiver, 'goodExample.list', { agendaId: agenda.id });
    expect(examples).toEqual([expect.objectContaining({ whatWorked: example.whatWorked, contactName: '', contactEmail: '', contactPhone: '', consent: false })]);
    await receiver.close();
  });
});
