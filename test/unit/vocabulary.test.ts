import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../shared/vocabulary';

const root = resolve(import.meta.dirname, '..', '..');
// What users read: the screens, the shared words and messages, the Word exports, the core's refusals.
const folders = ['renderer/src', 'shared', 'electron/core'];
// Seeded reference data is the research's own wording, and migrations are never edited after they land.
const skipped = [/\.test\.tsx?$/, /electron\/core\/db\/migrations\//];
// A line that says why it must keep its words (a signed statement's text cannot change).
const exemption = 'woordenlijst-uitzondering';

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !skipped.some((pattern) => pattern.test(path)) ? [path] : [];
  });
}

interface Found { file: string; line: number; text: string }

/** Every string literal, template part and JSX text, except module names and lowercase codes such as 'bevroren'. */
function userStrings(file: string): Found[] {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    else if (ts.isJsxText(node)) text = node.getText();
    // Prose has a space or anything but a lowercase code ('bevroren' as a stored kind, 'wa-card' as a class).
    if (text !== null && !/^[a-z0-9_.\-/:#@]*$/.test(text.trim())) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line;
      const exempt = lines[line]?.includes(exemption) || lines[line - 1]?.includes(exemption);
      if (!exempt) found.push({ file: relative(root, file), line: line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** The README's Dutch part, which a newcomer reads first; the English part below it is for developers. */
function readmeLines(): Found[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const heading = lines.findIndex((line) => line.startsWith('## '));
  return lines.slice(0, heading < 0 ? lines.length : heading).map((text, index) => ({ file: 'README.md', line: index + 1, text }));
}

describe('one Dutch vocabulary', () => {
  const strings = [...folders.flatMap((folder) => files(join(root, folder))).flatMap(userStrings), ...readmeLines()];

  it('reads the app’s strings (the collector works)', () => {
    expect(strings.length).toBeGreaterThan(2000);
    expect(strings.some((entry) => entry.text.includes('Ter ondertekening aanbieden'))).toBe(true);
    expect(strings.some((entry) => entry.file === 'README.md' && entry.text.includes('Werkagenda uit Word inlezen'))).toBe(true);
  });

  it.each(vocabulary.map((term) => [term.word, term] as const))('uses “%s” and none of its variants', (_word, term) => {
    const offending = strings.filter((entry) => term.avoid.some((pattern) => pattern.test(entry.text)))
      .map((entry) => `${entry.file}:${entry.line}: ${entry.text.trim().slice(0, 120)}`);
    expect(offending).toEqual([]);
  });
});
