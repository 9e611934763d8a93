import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** One part of a .docx, read with unzip (Info-ZIP), independent of the zip library that wrote it. */
export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The names of the parts in a .docx; unzip -t also checks every CRC. */
export function docxParts(file: string): string[] {
  execFileSync('unzip', ['-tq', file]);
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** The text of w:t elements, XML-unescaped, as one string per paragraph. */
export function paragraphTexts(xml: string): string[] {
  const unescape = (text: string) => text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
  return xml.split(/<\/w:p>/).map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => (match[1] === undefined ? '\t' : unescape(match[1]))).join(''));
}

export interface Rendered {
  pdf: string;
  /** pdftotext -layout output, as the page looks; pages separated by form feeds. */
  text: string;
  /** pdftotext -raw output: the text in drawing order, so a table cell's lines stay together. */
  raw: string;
  pages: string[];
  images: string[];
}

/**
 * Renders a .docx as a reader sees it: LibreOffice headless to PDF (own profile, so parallel runs don't fight over
 * a lock), pdftotext for the text, pdftoppm for page images kept in `imageDir`.
 */
export function render(docx: string, imageDir: string): Rendered {
  const outDir = mkdtempSync(join(tmpdir(), 'werkagenda-render-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx],
      { timeout: 90_000, stdio: 'pipe' });
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    mkdirSync(imageDir, { recursive: true });
    const prefix = join(imageDir, basename(docx, '.docx'));
    for (const old of readdirSync(imageDir).filter((name) => name.startsWith(`${basename(prefix)}-`))) rmSync(join(imageDir, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix], { timeout: 60_000 });
    const images = readdirSync(imageDir).filter((name) => name.startsWith(`${basename(prefix)}-`) && name.endsWith('.png')).sort().map((name) => join(imageDir, name));
    copyFileSync(pdf, `${prefix}.pdf`);
    return { pdf: `${prefix}.pdf`, text, raw, pages: raw.split('\f').filter((page) => page.trim() !== ''), images };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

export function writeFile(file: string, data: Buffer): string {
  writeFileSync(file, data);
  return file;
}
