import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { WordImportCreate, WordProposal } from '../../shared/domain/wordImport';
import { call, refused } from '../support/core';
import { useTempDir } from '../support/temp';
import { letter, listAgenda, proseAgenda, tableAgenda } from '../support/wordDocs';


const tempDir = useTempDir();
const gemeenten = '4db1afbf-b1ee-4cd2-b028-72f253a0e6e4';
const waterschappen = '98fc3c5e-3ca6-4b26-90b5-177f7cff5aaa';
const rijk = 'ba96b1b8-f149-47b0-bcb6-c28acf83a878';

const read = (core: Core, bytes: Buffer, fileName = 'werkagenda.docx') => call(core, 'wordImport.read', { fileName, base64: bytes.toString('base64') });
const types = (proposal: WordProposal) => proposal.actions.map((action) => action.suggestions[0]?.typeId);

/** Everything proposed, accepted as it stands; actions without a clue get what the user would choose. */
function acceptAll(proposal: WordProposal): WordImportCreate {
  return {
    fileName: proposal.fileName, sectorId: proposal.sectorId!, startYear: proposal.startYear!, endYear: proposal.endYear!, title: proposal.title.value,
    introduction: proposal.introduction.value, lookback: proposal.lookback.value, objectives: proposal.objectives.value, accountability: proposal.accountability.value,
    knelpunten: proposal.knelpunten.map(({ title, description, cause, addressee }) => ({ title, description, cause, addressee })),
    jobGoals: proposal.jobGoals.map(({ year, jobs }) => ({ year, jobs })),
    targets: proposal.targets.map(({ key: _k, source: _s, ...target }) => ({ ...target, baseline: null })),
    actions: proposal.actions.map((action) => ({
      title: action.title, description: action.description, primaryTypeId: action.suggestions[0]!.typeId, actor: action.actor ?? 'sector', nature: action.nature ?? 'nieuw',
      owner: action.owner, startMonth: action.startMonth, endMonth: action.endMonth, jobsPrognosis: action.jobsPrognosis,
      target: action.target ? { ...action.target, baseline: null } : null, knelpunten: [],
    })),
    signatories: proposal.signatories.map(({ name, function: fn, organisation }) => ({ name, function: fn, organisation, required: true })),
  };
}

describe('Werkagenda uit Word inlezen', () => {
  it('reads actions from a table with its own column names, knelpunten with their cause, job goals, a measurable goal and signatories', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const proposal = await read(core, await tableAgenda(), 'Werkagenda Gemeenten 2025-2026.docx');
    expect(proposal).toMatchObject({ sectorId: gemeenten, startYear: 2025, endYear: 2026, title: { value: 'Werkagenda Banenafspraak Gemeenten 2025-2026' } });
    expect(proposal.introduction.value).toMatch(/volgende stap/);
    expect(proposal.lookback.value).toMatch(/1\.200 extra banen/);
    expect(proposal.knelpunten.map(({ title, cause, addressee }) => ({ title, cause, addressee }))).toEqual([
      { title: 'Weinig tijd bij HR', cause: 'HR-afdelingen zijn klein en druk met andere taken', addressee: 'sector' },
      { title: 'Werkgevers kennen de regels niet', cause: 'De regels rond loonkostensubsidie verschillen per gemeente', addressee: 'szw' },
    ]);
    expect(proposal.jobGoals.map(({ year, jobs }) => [year, jobs])).toEqual([[2025, 150], [2026, 180]]);
    expect(proposal.targets).toEqual([expect.objectContaining({ unit: 'werkgevers', targetValue: 40 })]);
    expect(proposal.actions.map(({ title, startMonth, endMonth, ongoing, owner, actor }) => ({ title, startMonth, endMonth, ongoing, owner, actor }))).toEqual([
      { title: 'Netwerkbijeenkomsten met goede voorbeelden', startMonth: '2025-01', endMonth: '2025-06', ongoing: false, owner: 'VNG, programmaleider', actor: 'sector' },
      { title: 'SROI in aanbestedingen', startMonth: '2025-03', endMonth: '2025-12', ongoing: false, owner: 'Gemeenten', actor: 'werkgevers' },
      { title: 'Training voor werkbegeleiders', startMonth: '2025-01', endMonth: '2026-12', ongoing: false, owner: 'Gemeenten', actor: 'werkgevers' },
      { title: 'Samenwerking met het sw-bedrijf', startMonth: '2025-01', endMonth: '2026-12', ongoing: true, owner: 'Werkbedrijf Rijnmond (partner)', actor: 'partner' },
    ]);
    expect(proposal.actions[0]!.target).toMatchObject({ unit: 'bijeenkomsten', targetValue: 4, perYear: true });
    expect(proposal.actions[1]).toMatchObject({ target: { unit: 'banen', targetValue: 20 }, jobsPrognosis: 20 });
    expect(proposal.actions[2]).toMatchObject({ target: null, description: expect.stringMatching(/Beoogd resultaat: Meer begrip/) });
    expect(types(proposal)).toEqual([5, 7, 12, 10]);
    expect(proposal.actions[1]!.suggestions[0]!.words).toContain('sroi');
    expect(proposal.actions[0]!.source).toMatch(/^Activiteit: Netwerkbijeenkomsten/);
    expect(proposal.signatories.map(({ name, function: fn, organisation }) => [name, fn, organisation])).toEqual([['J. de Vries', 'Voorzitter', 'VNG'], ['A. Bakker', 'Wethouder', 'Gemeente Utrecht']]);
    expect(proposal.unrecognised).toEqual(['Bijlage: begrippen\nDoelgroepregister: het register van UWV met de mensen die onder de banenafspraak vallen.']);
    expect((await call(core, 'agenda.list', {})).agendas).toEqual([]);

    // The review links the first action to the first knelpunt (twice: kept once) and the third to both.
    const accepted = acceptAll(proposal);
    accepted.actions[0]!.knelpunten = [0, 0];
    accepted.actions[2]!.knelpunten = [1, 0];
    const { agendaId } = await call(core, 'wordImport.create', accepted);
    const agenda = await call(core, 'agenda.get', { id: agendaId });
    expect(agenda.knelpunten.map((knelpunt) => knelpunt.answeredByActionIds)).toEqual([[agenda.actions[0]!.id, agenda.actions[2]!.id], [agenda.actions[2]!.id]]);
    expect(agenda).toMatchObject({ status: 'concept', sectorId: gemeenten, startYear: 2025, endYear: 2026, jobGoals: [{ year: 2025, jobs: 150 }, { year: 2026, jobs: 180 }] });
    expect(agenda.actions.map((action) => action.primaryTypeId)).toEqual([5, 7, 12, 10]);
    expect(agenda.targets).toHaveLength(4);
    expect(agenda.targets.filter((target) => target.actionId === null)).toHaveLength(1);
    expect(agenda.knelpunten).toHaveLength(2);
    expect(agenda.signatories).toHaveLength(2);
    const { events } = await call(core, 'audit.list', { agendaId });
    expect(events.map((event) => event.summary)).toEqual([expect.stringMatching(/ingelezen uit het Word-document “Werkagenda Gemeenten 2025-2026\.docx”: 4 acties, 2 knelpunten, 4 doelen, 2 ondertekenaars/)]);
    await core.close();
  });

  it('reads actions from a bulleted list with labelled sub-items, knelpunten from paragraphs with their cause, and signatories from lines', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const proposal = await read(core, await listAgenda());
    expect(proposal).toMatchObject({ sectorId: waterschappen, startYear: 2025, endYear: 2026 });
    expect(proposal.knelpunten.map((knelpunt) => [knelpunt.title, knelpunt.cause])).toEqual([
      ['Veel waterschappen vinden het moeilijk om geschikte kandidaten te vinden', 'De waterschappen vooral hoger opgeleid personeel vragen.'],
      ['Leidinggevenden zijn handelingsverlegen', 'Zij weten niet hoe zij een medewerker uit de doelgroep begeleiden'],
    ]);
    expect(proposal.actions.map(({ title, startMonth, endMonth, owner }) => [title, startMonth, endMonth, owner])).toEqual([
      ['Ambassadeurs in elk waterschap', '2025-01', '2025-06', 'Unie van Waterschappen'],
      ['Stageplaatsen voor leerlingen van het praktijkonderwijs', '2025-03', '2025-12', 'de waterschappen'],
      ['Jobcarving op de zuiveringen', '2025-01', '2026-12', ''],
    ]);
    expect(proposal.actions[0]!.target).toMatchObject({ unit: 'ambassadeurs', targetValue: 12, deadline: '2025-06-30' });
    expect(types(proposal)).toEqual([1, 9, 6]);
    expect(proposal.signatories.map(({ name, function: fn, organisation }) => [name, fn, organisation])).toEqual([['P. Jansen', 'voorzitter', 'Unie van Waterschappen'], ['M. de Boer', 'dijkgraaf', '']]);
    const { agendaId } = await call(core, 'wordImport.create', acceptAll(proposal));
    expect((await call(core, 'agenda.get', { id: agendaId })).actions).toHaveLength(3);
    await core.close();
  });

  it('reads actions in prose under bold lines, with the planning in the sentence and "doorlopend" as the whole period', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const proposal = await read(core, await proseAgenda());
    expect(proposal).toMatchObject({ sectorId: rijk, startYear: 2025, endYear: 2026, title: { value: 'Werkagenda banenafspraak Rijksoverheid' } });
    expect(proposal.introduction.value).toMatch(/in de periode 2025-2026/);
    expect(proposal.knelpunten).toEqual([expect.objectContaining({ title: 'Onderdelen vinden weinig passende functies', cause: 'Functies formatiegestuurd zijn ingericht.' })]);
    expect(proposal.actions.map(({ title, startMonth, endMonth, ongoing, nature }) => [title, startMonth, endMonth, ongoing, nature])).toEqual([
      ['Centrale financiering', '2025-01', '2026-12', true, 'nieuw'],
      ['Meet and greets', '2025-09', '2025-11', false, null],
      ['Onbeperkt Talent', '2025-09', '2026-12', false, 'voortgezet'],
    ]);
    expect(proposal.actions[1]!.target).toMatchObject({ unit: 'deelnemers', targetValue: 60 });
    expect(types(proposal)).toEqual([4, 8, 11]);
    await core.close();
  });

  it('refuses in Dutch what is no readable werkagenda, and writes nothing', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]);
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedInfo\0EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
    const docx = await tableAgenda();
    const parts = unzipSync(docx);
    const bomb = Buffer.from(zipSync({ ...parts, 'word/media/leeg.bin': [new Uint8Array(120 * 1024 * 1024), { level: 1 }] }));
    // The same bomb with its size in the central directory made small: it is stopped while unpacking.
    const liar = Buffer.from(bomb);
    const nameAt = liar.lastIndexOf(Buffer.from('word/media/leeg.bin'));
    liar.writeUInt32LE(1000, nameAt - 46 + 24);
    // A docx whose document part is cut off: its zip directory is intact, the XML is not.
    const broken = Buffer.from(zipSync({ ...parts, 'word/document.xml': parts['word/document.xml']!.subarray(0, 200) }));
    const cases: [Buffer, string, RegExp][] = [
      [ole, 'FILE_OLD_FORMAT', /oude opmaak \(\.doc\)/],
      [encrypted, 'FILE_ENCRYPTED', /beveiligd met een wachtwoord/],
      [await letter(), 'FILE_NOT_AGENDA', /lijkt geen werkagenda: het bevat 0 koppen, 3 alinea’s, 0 tabellen/],
      [Buffer.from('%PDF-1.7 ...'), 'FILE_WRONG_KIND', /PDF-bestand/],
      [Buffer.from('gewoon tekst'), 'FILE_WRONG_KIND', /geen Word-document/],
      [Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(10) })), 'FILE_WRONG_KIND', /Excel-bestand/],
      [docx.subarray(0, docx.length - 30), 'FILE_DAMAGED', /beschadigd/],
      [broken, 'FILE_DAMAGED', /beschadigd/],
      [bomb, 'FILE_UNPACKS_TOO_LARGE', /pakt uit tot meer dan 100 MB/],
      [liar, 'FILE_UNPACKS_TOO_LARGE', /pakt uit tot meer dan 100 MB/],
      [Buffer.concat([docx, Buffer.alloc(21 * 1024 * 1024)]), 'FILE_TOO_LARGE', /Het bestand is 2\d(,\d)? MB; een Word-document mag hoogstens 20 MB zijn/],
    ];
    for (const [bytes, code, message] of cases) {
      const error = await refused(core, 'wordImport.read', { fileName: 'x.docx', base64: bytes.toString('base64') });
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Er is niets gewijzigd\.$/);
    }
    expect((await refused(core, 'wordImport.read', { fileName: 'x.docx' })).code).toBe('VALIDATION');
    expect((await call(core, 'agenda.list', {})).agendas).toEqual([]);
    await core.close();
  });

  it('treats the file as hostile: capped counts, text kept as text, numbers no target can have left as words', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const proposal = await read(core, await tableAgenda(1200));
    expect(proposal.actions.length).toBeGreaterThan(900);
    expect(proposal.actions.length).toBeLessThanOrEqual(1000);
    const { agendaId } = await call(core, 'wordImport.create', acceptAll(proposal));
    expect((await call(core, 'agenda.get', { id: agendaId })).actions).toHaveLength(proposal.actions.length);
    await core.close();
  });

  it('validates what the review sends and writes all of it or nothing', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const input = acceptAll(await read(core, await tableAgenda()));
    const bad: [object, RegExp][] = [
      [{ actions: [{ ...input.actions[0]!, primaryTypeId: 99 }] }, /Kies een actietype uit de lijst voor actie 1/],
      [{ actions: [{ ...input.actions[0]!, startMonth: '2026-05', endMonth: '2025-01' }] }, /De eindmaand moet na de startmaand liggen/],
      [{ endYear: 2040 }, /hoogstens tien jaar verder/],
      [{ title: '' }, /Vul de titel in/],
      [{ jobGoals: [{ year: 2025, jobs: 1 }, { year: 2025, jobs: 2 }] }, /Elk jaar mag maar één banendoel/],
      [{ actions: Array.from({ length: 1001 }, () => input.actions[0]) }, /Hoogstens 1000 acties/],
      // A link may only name a knelpunt of this concept: not one past the list, not a negative or broken position.
      [{ actions: [input.actions[0]!, { ...input.actions[1]!, knelpunten: [input.knelpunten.length] }] }, /Actie 2 pakt een knelpunt aan dat niet in het concept komt/],
      [{ knelpunten: [], actions: [{ ...input.actions[0]!, knelpunten: [0] }] }, /Actie 1 pakt een knelpunt aan dat niet in het concept komt/],
      [{ actions: [{ ...input.actions[0]!, knelpunten: [-1] }] }, /verwijst naar een knelpunt dat niet bestaat/],
      [{ actions: [{ ...input.actions[0]!, knelpunten: ['11111111-1111-4111-8111-111111111111'] }] }, /verwijst naar een knelpunt dat niet bestaat/],
      [{ actions: [{ ...input.actions[0]!, knelpunten: [0.5] }] }, /verwijst naar een knelpunt dat niet bestaat/],
    ];
    for (const [patch, message] of bad) expect((await refused(core, 'wordImport.create', { ...input, ...patch })).message).toMatch(message);
    expect((await call(core, 'agenda.list', {})).agendas).toEqual([]);
    await core.close();
  });
});
