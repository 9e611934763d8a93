import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { auditEventHash } from '../../electron/core/services/signoff/audit';
import type { AuditEvent } from '../../shared/domain/signoff';
import { call, defensieId, edit } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
afterEach(() => vi.useRealTimers());

const newAgenda = { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' };
/** The Logboek oldest first, as [kind, summary]. */
async function lines(core: Core, agendaId: string): Promise<[string, string][]> {
  const { events } = await call(core, 'audit.list', { agendaId });
  return [...events].reverse().map((event) => [event.kind, event.summary]);
}
/** Every line's hash is over its own words and the line before: what an exchange file is checked against. */
function expectChainIntact(events: readonly AuditEvent[]): void {
  const oldestFirst = [...events].reverse();
  oldestFirst.forEach((event, index) => {
    expect(event.hash).toBe(auditEventHash(event));
    expect(event.prevHash).toBe(index === 0 ? null : oldestFirst[index - 1]!.hash);
  });
}

describe('the Logboek records every change to an agenda', () => {
  it('writes a burst of autosaves of one field as one line, from what it was to what it became', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await call(core, 'agenda.create', newAgenda);
    // Autosave sends the field after every pause in typing.
    for (const text of ['Defensie', 'Defensie wil', 'Defensie wil 68 banen', 'Defensie wil 68 banen realiseren.']) {
      await call(core, 'agenda.update', { id: agenda.id, patch: { introduction: text } });
      vi.setSystemTime(Date.now() + 20_000);
    }
    await call(core, 'agenda.update', { id: agenda.id, patch: { lookback: 'In 2023-2024 realiseerden we 36,2 banen.' } });
    expect(await lines(core, agenda.id)).toEqual([
      ['aangemaakt', 'Werkagenda “Werkagenda Defensie 2025-2026” aangemaakt.'],
      ['plan_gewijzigd', 'Inleiding en context: was leeg, nu “Defensie wil 68 banen realiseren.”.'],
      ['plan_gewijzigd', 'Terugblik op de vorige werkagenda: was leeg, nu “In 2023-2024 realiseerden we 36,2 banen.”.'],
    ]);

    // Back to the same field: a new line, with the text as it was after the first burst.
    await call(core, 'agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 70 banen realiseren.' } });
    // A quarter of an hour later the same field starts a new line again.
    vi.setSystemTime(Date.now() + 15 * 60_000);
    await call(core, 'agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 72 banen realiseren.' } });
    const after = await lines(core, agenda.id);
    expect(after.slice(3)).toEqual([
      ['plan_gewijzigd', 'Inleiding en context: was “Defensie wil 68 banen realiseren.”, nu “Defensie wil 70 banen realiseren.”.'],
      ['plan_gewijzigd', 'Inleiding en context: was “Defensie wil 70 banen realiseren.”, nu “Defensie wil 72 banen realiseren.”.'],
    ]);
    // Typing it back to where the burst began leaves no line at all.
    await call(core, 'agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 71 banen realiseren.' } });
    await call(core, 'agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil 70 banen realiseren.' } });
    expect(await lines(core, agenda.id)).toEqual(after.slice(0, 4));
    expectChainIntact((await call(core, 'audit.list', { agendaId: agenda.id })).events);
    await core.close();
  });

  it('names the item, the field and both values for every kind of plan, execution and evaluation change', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    let agenda = await call(core, 'agenda.create', newAgenda);
    agenda = await edit(core, 'knelpunt.create', { agendaId: agenda.id, title: 'Formatiegestuurd HR-beleid' });
    const knelpunt = agenda.knelpunten[0]!;
    agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Meet and greets', primaryTypeId: 8 });
    const action = agenda.actions[0]!;
    agenda = await edit(core, 'action.update', { id: action.id, patch: { startMonth: '2025-03', primaryTypeId: 4, knelpuntIds: [knelpunt.id] } });
    agenda = await edit(core, 'target.create', { agendaId: agenda.id, actionId: action.id, level: 'middenweg', indicator: 'Bijeenkomsten gehouden', unit: 'bijeenkomsten', targetValue: 8 });
    const target = agenda.targets[0]!;
    agenda = await edit(core, 'target.update', { id: target.id, patch: { targetValue: 10, deadline: '2026-06-30' } });
    agenda = await edit(core, 'signatory.create', { agendaId: agenda.id, name: 'J. de Vries', required: true });
    agenda = await edit(core, 'signatory.update', { id: agenda.signatories[0]!.id, patch: { function: 'Secretaris-generaal' } });
    agenda = await edit(core, 'knelpunt.delete', { id: knelpunt.id });
    await call(core, 'action.setStatus', { id: action.id, status: 'lopend' });
    await call(core, 'progressNote.create', { actionId: action.id, author: 'A. Jansen', date: '2025-04-01', text: 'Eerste bijeenkomst gehouden in Den Helder.' });
    await call(core, 'measurement.create', { targetId: target.id, date: '2025-06-30', value: 3 });
    await call(core, 'evaluation.update', { actionId: action.id, patch: { result: 'deels', lesson: 'Eerder beginnen.' } });
    await call(core, 'foundKnelpunt.create', { agendaId: agenda.id, title: 'Te weinig begeleiders', actionIds: [action.id] });

    expect((await lines(core, agenda.id)).slice(1)).toEqual([
      ['plan_gewijzigd', 'Knelpunt “Formatiegestuurd HR-beleid” toegevoegd.'],
      ['plan_gewijzigd', 'Actie “Meet and greets” toegevoegd.'],
      ['plan_gewijzigd', expect.stringMatching(/^Actie “Meet and greets”, actietype: was “8\. .+”, nu “4\. .+”\.$/)],
      ['plan_gewijzigd', 'Actie “Meet and greets”, startmaand: was leeg, nu “maart 2025”.'],
      ['plan_gewijzigd', 'Actie “Meet and greets”, pakt aan: was leeg, nu “Formatiegestuurd HR-beleid”.'],
      ['plan_gewijzigd', 'Doel “Bijeenkomsten gehouden” toegevoegd.'],
      ['plan_gewijzigd', 'Doel “Bijeenkomsten gehouden”, streefwaarde: was “8”, nu “10”.'],
      ['plan_gewijzigd', 'Doel “Bijeenkomsten gehouden”, uiterlijk: was leeg, nu “30 juni 2026”.'],
      ['plan_gewijzigd', 'Ondertekenaar “J. de Vries” toegevoegd.'],
      ['plan_gewijzigd', 'Ondertekenaar “J. de Vries”, functie: was leeg, nu “Secretaris-generaal”.'],
      ['plan_gewijzigd', 'Knelpunt “Formatiegestuurd HR-beleid” verwijderd.'],
      ['uitvoering_bijgewerkt', 'Actie “Meet and greets”, status: was “Gepland”, nu “Lopend”.'],
      ['uitvoering_bijgewerkt', 'Voortgangsnotitie bij actie “Meet and greets” van 1 april 2025 toegevoegd: “Eerste bijeenkomst gehouden in Den Helder.”.'],
      ['uitvoering_bijgewerkt', 'Meting bij doel “Bijeenkomsten gehouden” toegevoegd: 3 op 30 juni 2025.'],
      ['evaluatie_bijgewerkt', 'Evaluatie van actie “Meet and greets”, oordeel: was leeg, nu “Werkte deels”.'],
      ['evaluatie_bijgewerkt', 'Evaluatie van actie “Meet and greets”, les: was leeg, nu “Eerder beginnen.”.'],
      ['evaluatie_bijgewerkt', 'Gevonden knelpunt “Te weinig begeleiders” toegevoegd.'],
    ]);
    // The progress note names its author; the rest who works at this installation.
    const { events } = await call(core, 'audit.list', { agendaId: agenda.id });
    expect(events.find((event) => event.summary.startsWith('Voortgangsnotitie'))!.actor).toBe('A. Jansen');
    expectChainIntact(events);
    await core.close();
  });

  it('writes down the bin, the next agenda, the link to the previous one, and a restored backup', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const first = await call(core, 'agenda.create', newAgenda);
    await call(core, 'agenda.delete', { id: first.id });
    await call(core, 'agenda.restore', { id: first.id });
    const nextId = (await call(core, 'agenda.startNext', { id: first.id })).id;
    expect((await lines(core, first.id)).slice(1)).toEqual([
      ['naar_prullenbak', 'Werkagenda naar de prullenbak verplaatst; hij kan worden teruggehaald.'],
      ['teruggehaald', 'Werkagenda teruggehaald uit de prullenbak.'],
      ['volgende_werkagenda', 'Volgende werkagenda gestart: “Werkagenda Defensie 2027-2028” (2027-2028).'],
    ]);
    const other = await call(core, 'agenda.create', { ...newAgenda, startYear: 2027, endYear: 2028, title: 'Andere werkagenda' });
    await call(core, 'agenda.linkPredecessor', { id: nextId, predecessorId: null });
    await call(core, 'agenda.linkPredecessor', { id: other.id, predecessorId: first.id });
    expect(await lines(core, nextId)).toEqual([
      ['aangemaakt', 'Aangemaakt als volgende werkagenda van “Werkagenda Defensie 2025-2026”.'],
      ['vorige_gekoppeld', 'Koppeling met de vorige werkagenda “Werkagenda Defensie 2025-2026” (2025-2026) verwijderd.'],
    ]);
    expect((await lines(core, other.id)).at(-1)).toEqual(['vorige_gekoppeld', 'Vorige werkagenda gekoppeld: “Werkagenda Defensie 2025-2026” (2025-2026).']);

    const backup = await call(core, 'backup.create', {});
    await call(core, 'agenda.update', { id: first.id, patch: { title: 'Later gewijzigd' } });
    await call(core, 'backup.restore', { fileName: backup.fileName, base64: backup.base64, confirmed: true });
    const restored = await lines(core, first.id);
    expect(restored.map(([kind]) => kind)).not.toContain('plan_gewijzigd');
    expect(restored.at(-1)).toEqual(['reservekopie_teruggezet', expect.stringMatching(/^Reservekopie van .+ teruggezet: deze werkagenda staat weer zoals hij toen was\. De stand van vlak daarvoor is bewaard in .+\.sqlite\.$/)]);
    expectChainIntact((await call(core, 'audit.list', { agendaId: first.id })).events);
    await core.close();
  });

  it('travels in the exchange file, checks out in the other installation, and never rewrites a line that left', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const here = await startCore(join(tempDir(), 'hier.sqlite'));
    const agenda = await call(here, 'agenda.create', newAgenda);
    await call(here, 'agenda.update', { id: agenda.id, patch: { introduction: 'Eerste versie van de inleiding.' } });
    const exported = await call(here, 'exchange.export', { agendaId: agenda.id });
    // The same field straight after the export: the exported line stays as it left.
    await call(here, 'agenda.update', { id: agenda.id, patch: { introduction: 'Tweede versie van de inleiding.' } });
    expect((await lines(here, agenda.id)).slice(1).map(([, summary]) => summary)).toEqual([
      'Inleiding en context: was leeg, nu “Eerste versie van de inleiding.”.',
      expect.stringMatching(/^Uitwisselbestand gemaakt/),
      'Inleiding en context: was “Eerste versie van de inleiding.”, nu “Tweede versie van de inleiding.”.',
    ]);

    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    const file = JSON.parse(text) as { audit: Record<string, unknown>[] };
    expect(file.audit.map((line) => line.summary)).toContain('Inleiding en context: was leeg, nu “Eerste versie van de inleiding.”.');
    // What only this installation keeps to merge a burst does not leave it.
    for (const line of file.audit) expect(Object.keys(line).sort()).toEqual(['actor', 'agendaId', 'at', 'hash', 'id', 'kind', 'prevHash', 'summary']);

    const there = await startCore(join(tempDir(), 'daar.sqlite'));
    const imported = await call(there, 'exchange.import', { fileName: exported.fileName, text });
    const theirs = await lines(there, imported.agendaId);
    expect(theirs.map(([, summary]) => summary)).toContain('Inleiding en context: was leeg, nu “Eerste versie van de inleiding.”.');
    expect(theirs.at(-1)![0]).toBe('geimporteerd');
    // Editing the same field there starts a line of its own: an imported line is never merged into.
    await call(there, 'agenda.update', { id: imported.agendaId, patch: { introduction: 'Daar herschreven.' } });
    expect((await lines(there, imported.agendaId)).at(-1)).toEqual(['plan_gewijzigd', 'Inleiding en context: was “Eerste versie van de inleiding.”, nu “Daar herschreven.”.']);
    expectChainIntact((await call(there, 'audit.list', { agendaId: imported.agendaId })).events);
    await there.close();

    // A file that smuggles in the local columns gets them dropped: nothing it sends can be merged into later.
    const smuggled = JSON.parse(text) as { audit: Record<string, unknown>[] };
    for (const line of smuggled.audit) Object.assign(line, { subject: 'agenda:x:introduction', beforeText: 'vals' });
    const thirdFile = join(tempDir(), 'derde.sqlite');
    const third = await startCore(thirdFile);
    await call(third, 'exchange.import', { fileName: exported.fileName, text: JSON.stringify(smuggled), acceptProblems: true });
    await third.close();
    const sqlite = new SQLite(thirdFile, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_events WHERE subject IS NOT NULL OR before_text IS NOT NULL').get()).toEqual({ n: 0 });
    sqlite.close();
    await here.close();
  });
});
