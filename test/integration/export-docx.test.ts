import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { exportAgendaById, exportAgendaDocx, suggestedFileName } from '../../electron/core/export';
import type { AgendaDetail } from '../../shared/domain/agenda';
import type { ReferenceData } from '../../shared/domain/reference';
import { call } from '../support/core';
import { todayIso } from '../../shared/domain/monitoring';
import { formatDate } from '../../shared/format';
import { useTempDir } from '../support/temp';
import { fullAgenda, longDescription, longWord, minimalAgenda, trickyTitle } from './export-support/agendas';
import { docxPart, docxParts, paragraphTexts, render, writeFile, type Rendered } from './export-support/render';

/**
 * The Word export for BZK, checked as a reader and as Word see it: the XML parts (styles, language, page size, table
 * headers), and the document as LibreOffice renders it (text and page images in test-output/export/).
 */
const tempDir = useTempDir();
const imageDir = join(process.cwd(), 'test-output', 'export');
const generatedOn = '2026-02-04';
const revision = { number: 3, fingerprint: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' };

let full: AgendaDetail;
let minimal: AgendaDetail;
let reference: ReferenceData;

beforeAll(async () => {
  const core = await startCore(join(tempDir(), 'data.sqlite'));
  full = await fullAgenda(core);
  minimal = await minimalAgenda(core);
  reference = await call(core, 'reference.get', {});
  await core.close();
  mkdirSync(imageDir, { recursive: true });
});

/** Writes the export where it survives the test (test-output/export/) so a person can open it. */
async function exported(name: string, agenda: AgendaDetail, options: Parameters<typeof exportAgendaDocx>[2]): Promise<string> {
  return writeFile(join(imageDir, `${name}.docx`), await exportAgendaDocx(agenda, reference, options));
}

/** All text of the PDF in reading order on one line with single spaces, so text wrapped over lines can be found. */
const flat = (rendered: Rendered) => rendered.raw.replace(/\s+/g, ' ');

/** toContain with a short message instead of the whole document. */
function expectText(text: string, needle: string, not = false) {
  const found = text.includes(needle);
  expect(found, `${not ? 'unexpected' : 'missing'}: ${needle.length > 120 ? `${needle.slice(0, 120)}…` : needle}`).toBe(!not);
}

/** The full draft as rendered, shared by the tests that read it. */
let draftRendering: Rendered | undefined;
async function renderedDraft(): Promise<Rendered> {
  draftRendering ??= render(await exported('volledig-concept', full, { draft: true, generatedOn }), imageDir);
  return draftRendering;
}

const sectionHeadings = [
  'Inhoud', 'Inleiding', 'Terugblik en resultaten van de vorige werkagenda', 'Probleemanalyse', 'Doelstellingen', 'Acties per actietype',
  'Monitoring en verantwoording', 'Toelichting niet-gebruikte actietypen', 'Ondertekening', 'Bijlage: aantal acties per actietype',
];

describe('the Word file', () => {
  it('is a valid package with Word’s structure: A4, Arial, nl-NL, outline levels, repeated table headers, fields updated on open', async () => {
    const file = await exported('volledig-concept', full, { draft: true, generatedOn });
    expect(docxParts(file)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml']));
    const styles = docxPart(file, 'word/styles.xml');
    const document = docxPart(file, 'word/document.xml');
    const settings = docxPart(file, 'word/settings.xml');
    const core = docxPart(file, 'docProps/core.xml');

    const rPrDefault = styles.match(/<w:rPrDefault>.*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(rPrDefault).toMatch(/<w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"/);
    expect(rPrDefault).toContain('w:lang w:val="nl-NL"');
    for (const [level, outline] of [[1, 0], [2, 1], [3, 2]]) {
      const style = styles.match(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?</w:style>`))?.[0] ?? '';
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${outline}"/>`);
      expect(style).toContain('<w:name w:val="heading ' + level + '"/>');
    }
    // No font other than Arial (and Courier New for the fingerprint) anywhere.
    const fonts = new Set([...`${styles}${document}`.matchAll(/w:ascii="([^"]+)"/g)].map((match) => match[1]));
    expect([...fonts].every((font) => font === 'Arial' || font === 'Courier New')).toBe(true);

    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    // Every table of data repeats its header row; only the layout tables of the signature lines have none.
    const tables = document.split('<w:tbl>').slice(1);
    const dataTables = tables.filter((table) => !table.includes('Handtekening:'));
    expect(dataTables.length).toBeGreaterThanOrEqual(8);
    for (const table of dataTables) expect(table).toMatch(/^.*?<w:tr>.*?<w:trPr>.*?<w:tblHeader\/>/s);
    expect(document).toMatch(/TOC \\h \\o (&quot;|")1-2(&quot;|")/);
    expect(settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    expect(core).toContain('<dc:title>Werkagenda Defensie 2025-2026</dc:title>');
    expect(core).toContain('<dc:creator>Werkagenda Banenafspraak</dc:creator>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    // No layout made of empty paragraphs: outside table cells, every paragraph has text or a field (or closes a section).
    const body = document.replace(/<w:tbl>.*?<\/w:tbl>/gs, '').replace(/<w:sdt>.*?<\/w:sdt>/gs, '');
    const emptyParagraphs = body.split('</w:p>').filter((p) => /<w:p[ >]/.test(p)).filter((p) => !/<w:t[ >]|<w:fldChar|<w:instrText|<w:sectPr/.test(p));
    expect(emptyParagraphs).toEqual([]);
  });

  it('keeps quotes, ampersands, tags, emoji, long words and a 5,000-character description intact, and drops control characters', async () => {
    const withControl = {
      ...full,
      introduction: `Begin\u0001\u0008\u000B\u001F\uFFFE van de inleiding\ttab\r\nTweede regel ${'\uD800'}einde`,
    };
    const file = await exported('tekens', withControl, { draft: true, generatedOn });
    const document = docxPart(file, 'word/document.xml');
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const texts = paragraphTexts(document);
    expect(texts).toContain(trickyTitle);
    expect(texts).toContain('Inkoop met "social return" & <SROI>-afspraken 🎉');
    expect(texts).toContain('Tweede regel\tmet tab.');
    expect(texts).toContain(longDescription);
    expect(texts.some((text) => text.includes(longWord))).toBe(true);
    expect(texts).toContain('Begin van de inleiding\ttab');
    expect(texts).toContain('Tweede regel einde');
    expect(document).toContain('&lt;b&gt;UWV&lt;/b&gt;');
  });
});

describe('the document a reader sees (LibreOffice)', () => {
  it('shows every section in cycle order with Dutch dates and numbers, a header, a footer and CONCEPT on each page of a draft', async () => {
    const rendered = await renderedDraft();
    const text = flat(rendered);

    // In the order of the cycle, after the table of contents (which lists them first).
    const afterContents = text.slice(text.indexOf('Inleiding', text.indexOf('Bijlage: aantal acties per actietype') + 1));
    let position = -1;
    for (const heading of sectionHeadings.slice(1)) {
      const found = afterContents.indexOf(heading, position + 1);
      expect(found, heading).toBeGreaterThan(position);
      position = found;
    }
    expect(rendered.pages[1]).toContain('Inhoud');
    expect(rendered.pages[1]).toContain('8. Meet and greets voor managers, leidinggevenden en kandidaten');

    expectText(text, '4 februari 2026');
    expectText(text, '29,02');
    expectText(text, '56,3');
    expectText(text, 'maart 2025 – juni 2026');
    expectText(text, 'mei 2025: Eerste meet and greet');
    expectText(text, '12,5');
    expectText(text, '31 december 2026');
    expectText(text, 'Concept, nog niet ter ondertekening aangeboden');
    expectText(text, 'Ook actietype 1. Ambassadeurschap / persoonlijke motivatie');
    expectText(text, 'Categorie uit de catalogus: K6');
    expectText(text, 'Aangepakt door de actie: Centraal budget voor bovenformatieve banen');
    expectText(text, 'Nog geen realisatiecijfers vastgelegd.');
    expectText(text, 'Defensie werft zelf; bemiddelaars zijn niet nodig.');
    expectText(text, 'Geen toelichting gegeven.');
    expectText(text, 'J. de Vries');
    expectText(text, 'Plaatsvervangend Commandant der Strijdkrachten');
    expectText(text, 'A. Bakker-El Idrissi');
    expectText(text, 'Datum: Handtekening:');
    expectText(text, 'Score: 5/12');

    rendered.pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(`Pagina ${index + 1} van ${rendered.pages.length}`);
      expect(page, `page ${index + 1}`).toContain('Werkagenda Defensie 2025-2026');
      expect(page, `page ${index + 1}`).toMatch(/CONCEPT/);
    });
    expect(rendered.images).toHaveLength(rendered.pages.length);
  }, 120_000);

  it('has no CONCEPT mark on a signed version, and shows the version and fingerprint', async () => {
    const rendered = render(await exported('volledig-versie-3', full, { draft: false, generatedOn, revision }), imageDir);
    const text = flat(rendered);
    expectText(text, 'CONCEPT', true);
    expectText(text, 'nog niet ter ondertekening', true);
    expectText(text, 'Versie: 3');
    expectText(text, `Controlecode: ${revision.fingerprint}`);
    expect(rendered.pages[0]).toContain('Pagina 1 van');
    const signaturePage = rendered.pages.find((page) => page.includes('Ondertekening') && page.includes('Handtekening:'));
    expect(signaturePage).toContain(revision.fingerprint);
  }, 120_000);

  it('keeps tricky text readable in the PDF', async () => {
    const rendered = await renderedDraft();
    const text = flat(rendered);
    expectText(text, 'Samen met "Cedris" & <b>UWV</b> 🎉');
    expectText(text, '<SROI>-afspraken 🎉');
    // The 5,000-character description: its start and its last sentence; the long word: its start and end.
    expectText(text, longDescription.slice(0, 80));
    expectText(text.replace(/ /g, ''), longDescription.slice(-60).replace(/ /g, ''));
    expectText(text.replace(/ /g, ''), longWord);
  }, 120_000);

  it('renders a just-created agenda with a note in every empty section', async () => {
    const rendered = render(await exported('minimaal-concept', minimal, { draft: true, generatedOn }), imageDir);
    const text = flat(rendered);
    for (const heading of sectionHeadings.filter((heading) => !heading.startsWith('Terugblik'))) expectText(text, heading);
    expectText(text, 'Terugblik en resultaten', true);
    for (const note of ['Nog geen inleiding geschreven.', 'Nog geen knelpunten vastgelegd.', 'Nog geen acties vastgelegd.', 'Nog geen ondertekenaars vastgelegd.', 'Score: 0/12']) {
      expectText(text, note);
    }
    expect(rendered.pages[0]).toContain('CONCEPT');
    expect(rendered.pages.at(-1)).toContain(`Pagina ${rendered.pages.length} van ${rendered.pages.length}`);
  }, 120_000);
});

describe('exportAgendaById', () => {
  it('loads the agenda and the reference data itself, and offers a file name', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const agenda = await fullAgenda(core);
    await core.close();
    const database = await openDatabase(file);
    const result = await exportAgendaById(database.db, agenda.id, null, generatedOn);
    await database.close();
    expect(result.fileName).toBe('Werkagenda Defensie 2025-2026 concept.docx');
    expect(result.data.subarray(0, 2).toString()).toBe('PK');
    const saved = writeFile(join(tempDir(), result.fileName), result.data);
    expect(paragraphTexts(docxPart(saved, 'word/document.xml'))).toContain('Datum: 4 februari 2026');
  });
});

describe('exporting a frozen revision', () => {
  it('shows the version, its fingerprint and the valid signatures; blank lines for who has not signed; CONCEPT only on the draft', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const agenda = await fullAgenda(core);
    const overview = await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
    await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: agenda.signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const fingerprint = overview.revisions[0]!.fingerprint;
    // After signing, the draft still equals version 1: "export" gives version 1.
    const signed = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: null });
    expect(signed.fileName).toBe('Werkagenda Defensie 2025-2026 versie 1.docx');
    await call(core, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } });
    const draft = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: null });
    const again = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: 1 });
    await core.close();
    expect(draft.fileName).toBe('Werkagenda Defensie 2025-2026 concept.docx');
    const reopened = await startCore(file);
    const exports = (await call(reopened, 'audit.list', { agendaId: agenda.id })).events.filter((event) => event.kind === 'geexporteerd').map((event) => event.summary);
    await reopened.close();
    expect(exports).toEqual([
      'Word-document gemaakt: Werkagenda Defensie 2025-2026 versie 1.docx.', 'Word-document gemaakt: Werkagenda Defensie 2025-2026 concept.docx.',
      'Word-document gemaakt: Werkagenda Defensie 2025-2026 versie 1.docx.',
    ]);
    expect(again.fileName).toBe('Werkagenda Defensie 2025-2026 versie 1.docx');

    const today = formatDate(todayIso());
    const version = render(writeFile(join(imageDir, 'versie-1-ondertekend.docx'), Buffer.from(again.base64, 'base64')), imageDir);
    const text = flat(version);
    expectText(text, 'CONCEPT', true);
    expectText(text, 'Werkagenda Defensie 2025-2026 (herzien)', true);
    expectText(text, 'Versie: 1');
    expectText(text, `Controlecode: ${fingerprint}`);
    expectText(text, `De ondertekening geldt voor versie 1`);
    expectText(text, `J. de Vries Plaatsvervangend Commandant der Strijdkrachten Defensie Digitaal ondertekend op ${today}.`);
    // The optional signatory has not signed: lines to sign by hand.
    expectText(text, 'A. Bakker-El Idrissi (handtekening niet verplicht) Directeur Personeel Ministerie van Defensie Datum: Handtekening:');
    const concept = flat(render(writeFile(join(imageDir, 'concept-na-vaststelling.docx'), Buffer.from(draft.base64, 'base64')), imageDir));
    expectText(concept, 'CONCEPT');
    expectText(concept, 'Werkagenda Defensie 2025-2026 (herzien)');
    expectText(concept, 'Digitaal ondertekend', true);
  });
});

describe('the jobs table under Monitoring', () => {
  it('shows realised jobs per date against the target, with seed 003’s universities figures', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const universiteiten = (await call(core, 'reference.get', {})).sectors.find((sector) => sector.name === 'Universiteiten')!;
    const agenda = await call(core, 'agenda.create', { sectorId: universiteiten.id, startYear: 2019, endYear: 2020, title: 'Werkagenda universiteiten 2019-2020' });
    await call(core, 'jobGoal.set', { agendaId: agenda.id, year: 2019, jobs: 56.3 });
    for (const [referenceDate, jobs, kind] of [['2019-07-01', 29.02, 'regulier'], ['2019-12-31', 36.2, 'regulier'], ['2019-12-31', 4.5, 'inkoop_sroi']] as const) {
      await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate, jobs, kind });
    }
    await core.close();
    const database = await openDatabase(file);
    const result = await exportAgendaById(database.db, agenda.id, null, generatedOn);
    await database.close();
    const text = flat(render(writeFile(join(tempDir(), 'banen.docx'), result.data), imageDir));
    for (const expected of ['Peildatum', '1 juli 2019', '31 december 2019', '29,02', '36,2', '56,3 (doel van de werkagenda voor eind 2019)', 'vóór het einde van het jaar', '64%', '20,1', '4,5']) expectText(text, expected);
    expectText(text, 'Nog geen realisatiecijfers vastgelegd.', true);
  }, 120_000);
});

describe('suggestedFileName', () => {
  it('names the file by sector, period and version, without characters a file system refuses', () => {
    expect(suggestedFileName({ sectorName: 'Defensie', startYear: 2025, endYear: 2026 }, 3)).toBe('Werkagenda Defensie 2025-2026 versie 3.docx');
    expect(suggestedFileName({ sectorName: 'Defensie', startYear: 2025, endYear: 2026 })).toBe('Werkagenda Defensie 2025-2026 concept.docx');
    expect(suggestedFileName({ sectorName: 'Mbo: "MBO Raad" <a/b>\\c|d?*', startYear: 2025, endYear: 2026 }, null))
      .toBe('Werkagenda Mbo MBO Raad ab c d 2025-2026 concept.docx'.replace('ab c d', 'abcd'));
  });
});
