import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core';
import { call, edit, refused } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();

describe('freezing, remarks and signing in one installation', () => {
  it('goes from concept to ter ondertekening to vastgesteld, and back to concept on an edit', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const agenda = await fullAgenda(core);
    const [required, optional] = agenda.signatories;
    await call(core, 'settings.update', { userName: 'Auteur Defensie' });

    let overview = await call(core, 'signoff.get', { agendaId: agenda.id });
    expect(overview.status).toBe('concept');
    expect(overview.revisions).toEqual([]);
    expect(overview.draftFingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);

    overview = await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    expect(overview.status).toBe('ter_ondertekening');
    expect(overview.revisions.map((revision) => [revision.number, revision.hash, revision.contentIntact])).toEqual([[1, overview.draftHash, true]]);
    expect(overview.revisions[0]!.waitingFor).toEqual(['J. de Vries']);
    expect((await call(core, 'agenda.get', { id: agenda.id })).status).toBe('ter_ondertekening');
    expect((await call(core, 'agenda.list', {})).agendas.find((row) => row.id === agenda.id)!.status).toBe('ter_ondertekening');
    // Nothing changed since: freezing again is refused.
    expect((await refused(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' })).message).toMatch(/al vastgelegd als versie 1/);

    // A remark on an action of the revision never changes the content.
    const action = agenda.actions[1]!;
    overview = await call(core, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'action', actionId: action.id }, author: 'J. de Vries', text: 'Hoeveel meet and greets per jaar?' });
    overview = await call(core, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'section', sectionId: 'probleemanalyse' }, author: 'J. de Vries', text: 'Helder.' });
    expect(overview.remarks.map((remark) => [remark.author, remark.resolved, remark.target])).toEqual([
      ['J. de Vries', false, { kind: 'action', actionId: action.id }], ['J. de Vries', false, { kind: 'section', sectionId: 'probleemanalyse' }],
    ]);
    expect(overview.status).toBe('ter_ondertekening');
    overview = await call(core, 'remark.setResolved', { id: overview.remarks[0]!.id, resolved: true, by: 'Auteur Defensie' });
    expect(overview.remarks[0]).toMatchObject({ resolved: true, resolvedBy: 'Auteur Defensie' });

    // Signing: the first signature chooses a passphrase, typed twice and long enough.
    const short = await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required!.id, passphrase: 'kort', repeatPassphrase: 'kort' });
    expect(short).toMatchObject({ code: 'VALIDATION', field: 'passphrase', message: 'Kies een wachtwoordzin van ten minste 12 tekens, bijvoorbeeld een zin van een paar woorden.' });
    const unequal = await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de tset' });
    expect(unequal).toMatchObject({ code: 'VALIDATION', field: 'repeatPassphrase' });
    overview = await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    expect(overview.status).toBe('vastgesteld');
    expect(overview.vastgesteldNumber).toBe(1);
    const signature = overview.revisions[0]!.signatures[0]!;
    expect(signature).toMatchObject({ signerName: 'J. de Vries', signerFunction: 'Plaatsvervangend Commandant der Strijdkrachten', revisionHash: overview.draftHash, valid: true, problem: null });
    // A key made here is confirmed here.
    expect(signature).toMatchObject({ keyState: 'bevestigd', newKey: false });
    expect(signature.keyFingerprint).toMatch(/^\d{5}( \d{5}){3}$/);
    expect(overview.revisions[0]!.keys).toEqual({ required: 1, confirmed: 1, otherKey: 0 });
    expect(overview.localKeys.find((key) => key.signatoryId === required!.id)).toMatchObject({ protection: 'wachtwoordzin', fingerprint: signature.keyFingerprint });
    expect((await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required!.id, passphrase: 'geheime zin voor de test' })).message).toMatch(/al ondertekend/);
    // The optional signatory may still sign; it does not change the status.
    overview = await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: optional!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    expect(overview.revisions[0]!.signatures.filter((item) => item.valid)).toHaveLength(2);

    // Renaming the sector in Beheer is reference data, not content: the signatures keep holding.
    const sector = (await call(core, 'reference.get', {})).sectors.find((item) => item.id === agenda.sectorId)!;
    await call(core, 'sector.save', { ...sector, name: 'Ministerie van Defensie' });
    expect((await call(core, 'signoff.get', { agendaId: agenda.id })).status).toBe('vastgesteld');
    expect((await call(core, 'revision.get', { agendaId: agenda.id, number: 1 })).agenda.sectorName).toBe('Ministerie van Defensie');

    // Running the agenda (status, milestones, measurements) is not part of what is signed.
    await call(core, 'action.setStatus', { id: action.id, status: 'lopend' });
    await call(core, 'milestone.setDone', { id: action.milestones[0]!.id, done: true });
    await call(core, 'measurement.create', { targetId: agenda.targets[1]!.id, date: '2025-06-30', value: 3 });
    expect((await call(core, 'signoff.get', { agendaId: agenda.id })).status).toBe('vastgesteld');

    // An edit makes a new draft that says how it differs from the vastgestelde version.
    await call(core, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } });
    overview = await call(core, 'signoff.get', { agendaId: agenda.id });
    expect(overview.status).toBe('concept');
    expect(overview.draftRevisionNumber).toBeNull();
    expect(overview.draftComparedTo).toBe(1);
    expect(overview.draftChanges.map((change) => change.text)).toEqual(['De titel is gewijzigd.']);
    expect(overview.revisions[0]!.vastgesteld).toBe(true);

    // The frozen revision stays readable as it was.
    const view = await call(core, 'revision.get', { agendaId: agenda.id, number: 1 });
    expect(view.agenda.title).toBe('Werkagenda Defensie 2025-2026');
    expect(view.agenda.actions.map((item) => item.title)).toEqual(agenda.actions.map((item) => item.title));
    expect(view.revision.vastgesteld).toBe(true);

    // Version 2: needs new signatures; version 1 keeps its own.
    overview = await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    expect(overview.status).toBe('ter_ondertekening');
    expect(overview.revisions.map((revision) => [revision.number, revision.vastgesteld, revision.signatures.length])).toEqual([[1, true, 2], [2, false, 0]]);
    expect(overview.vastgesteldNumber).toBe(1);
    expect((await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: required!.id, passphrase: 'geheime zin voor de test' })).message)
      .toMatch(/nieuwere versie \(2\)/);

    const events = (await call(core, 'audit.list', { agendaId: agenda.id })).events;
    expect(events.map((event) => event.kind).reverse()).toEqual([
      'aangemaakt', ...Array<string>(24).fill('plan_gewijzigd'), 'bevroren', 'opmerking', 'opmerking', 'opmerking_afgehandeld', 'ondertekend', 'ondertekend',
      'uitvoering_bijgewerkt', 'uitvoering_bijgewerkt', 'uitvoering_bijgewerkt', 'plan_gewijzigd', 'plan_gewijzigd', 'bevroren',
    ]);
    // Every change is written down, also the one that ended "vastgesteld", with what it was before.
    expect(events.slice(1, 6).map((event) => event.summary).reverse()).toEqual([
      'Actie “Meet and greets per krijgsmachtdeel”, status: was “Gepland”, nu “Lopend”.',
      'Mijlpaal “Eerste meet and greet”, gehaald: was “nee”, nu “ja”.',
      'Meting bij doel “Meet and greets gehouden” toegevoegd: 3 op 30 juni 2025.',
      'Eerste wijziging na versie 1: vanaf nu is dit een nieuw concept. De handtekeningen gelden alleen voor versie 1.',
      'Titel: was “Werkagenda Defensie 2025-2026”, nu “Werkagenda Defensie 2025-2026 (herzien)”.',
    ]);
    expect(events.find((event) => event.kind === 'ondertekend')!.actor).toBe(optional!.name);

    // The first change to version 2, which nobody has signed, says signing is for version 2 only; later changes say it no more.
    await edit(core, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien, 2)' } });
    await edit(core, 'action.update', { id: agenda.actions[0]!.id, patch: { title: 'Meet and greets, herzien' } });
    const later = (await call(core, 'audit.list', { agendaId: agenda.id })).events.slice(0, 3).map((event) => event.summary).reverse();
    expect(later[0]).toBe('Eerste wijziging na versie 2: vanaf nu is dit een nieuw concept. Ondertekenen kan alleen voor versie 2.');
    expect(later.slice(1).every((summary) => !summary.startsWith('Eerste wijziging'))).toBe(true);
    expect(later).toHaveLength(3);
    await core.close();

    // Revisions and signatures cannot be changed in the database, and the private keys stay sealed in their own table.
    const sqlite = new SQLite(file);
    expect(() => sqlite.prepare("UPDATE revisions SET content = '{}'").run()).toThrow(/immutable/);
    expect(() => sqlite.prepare("UPDATE signatures SET signer_name = 'X'").run()).toThrow(/immutable/);
    expect((sqlite.prepare('SELECT count(*) AS n FROM personal_keys WHERE sealed_private_key IS NOT NULL AND plain_private_key IS NULL').get() as { n: number }).n).toBe(2);
    sqlite.close();
  });

  it('refuses to freeze without a required signatory, and signing by someone not on the revision', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await call(core, 'agenda.create', { sectorId: 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', startYear: 2025, endYear: 2026, title: 'Leeg' });
    expect((await refused(core, 'revision.freeze', { agendaId: agenda.id, by: 'A' })).message).toMatch(/verplichte ondertekenaar/);
    const withSigner = await edit(core, 'signatory.create', { agendaId: agenda.id, name: 'B. Bestuurder', required: true });
    // Offering an incomplete agenda is allowed, but the overview says what the completeness check still misses.
    const gaps = (await call(core, 'signoff.get', { agendaId: agenda.id })).completenessGaps;
    expect(gaps).toContain('De inleiding is nog leeg.');
    expect(gaps).not.toContain('Er zijn nog geen ondertekenaars: wie van het bestuur committeert zich aan deze werkagenda?');
    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'A' });
    const later = await call(core, 'signatory.create', { agendaId: agenda.id, name: 'C. Later', required: true });
    const newcomer = later.change.signatory;
    expect((await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: newcomer.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' })).field).toBe('signatoryId');
    expect((await refused(core, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'section', sectionId: 'nergens' }, author: 'X', text: 'Y' })).message)
      .toBe('Kies een onderdeel van de werkagenda.');
    expect((await refused(core, 'remark.create', { agendaId: agenda.id, revisionNumber: 3, target: { kind: 'section', sectionId: 'acties' }, author: 'X', text: 'Y' })).code).toBe('NOT_FOUND');
    expect((await refused(core, 'revision.get', { agendaId: agenda.id, number: 2 })).message).toBe('Versie 2 van deze werkagenda bestaat niet.');
    expect(withSigner.signatories).toHaveLength(1);
    await core.close();
  });
});
