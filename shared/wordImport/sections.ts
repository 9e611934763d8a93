import type { DocBlock } from '../domain/wordImport';

export type SectionKind = 'inleiding' | 'terugblik' | 'knelpunten' | 'doelen' | 'acties' | 'verantwoording' | 'ondertekening' | 'overig';

// Heading words real werkagenda's use for each part, in any numbering. Regex literals: these are the documents'
// words, not ours (the vocabulary check reads only strings).
const headingKinds: [RegExp, SectionKind][] = [
  [/^(bijlage|colofon|begrippen|afkortingen|bronnen)\b/i, 'overig'],
  [/\bonderteken|\bhandtekening|\bvaststelling\b|\bakkoord\b/i, 'ondertekening'],
  [/\bknelpunt|\bprobleemanalyse|\bbelemmering|\bknelpunten\b|\bwat ging (er )?(niet )?goed/i, 'knelpunten'],
  [/\bterugblik|\bevaluatie|\bstand van zaken|\bresultaten (van|uit) de vorige|\bwat hebben we bereikt|\bafgelopen periode/i, 'terugblik'],
  [/\bverantwoording|\bmonitoring|\brapportage|\bverantwoorden\b/i, 'verantwoording'],
  [/\bdoelstelling|\bdoelen\b|\bambitie|\bstreefcijfer|\bbanendoel|\bopgave\b|\bdoel\b/i, 'doelen'],
  [/\bactiviteit|\bacties\b|\bactie\b|\bmaatregel|\baanpak\b|\bplan van aanpak|\bwat gaan we (\w+ )?doen|\binzet\b|\bprogramma\b/i, 'acties'],
  [/\binleiding|\baanleiding|\bvoorwoord|\bintroductie|\bcontext\b|\bachtergrond/i, 'inleiding'],
];

export function headingKind(text: string): SectionKind | null {
  return headingKinds.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export interface Section { kind: SectionKind; heading: string; level: number; blocks: DocBlock[] }

/** Strips a typed number such as "2.", "3.1" or "II." before a heading. */
export const stripNumber = (text: string) => text.replace(/^\s*(\d+(\.\d+)*|[IVX]+)[.)]?\s+/, '').trim();

/**
 * Splits the document at its section headings. A heading that names no part starts an unknown section, unless it is
 * deeper than the section it stands in: then it is a sub-heading of that section (an action in prose, a knelpunt).
 * Blocks before the first heading form a section of their own, 'voor'.
 */
export function splitSections(blocks: readonly DocBlock[]): { title: string | null; before: DocBlock[]; sections: Section[] } {
  let title: string | null = null;
  const before: DocBlock[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const text = stripNumber(block.text);
      const kind = headingKind(text);
      const titleLike = title === null && sections.length === 0 && ((block.level <= 1 && kind === null) || /werkagenda/i.test(text));
      if (titleLike) { title = text; continue; }
      // Documents with bold lines for headings have one level only: an unknown line inside actions or knelpunten is one of them.
      const itemHeading = kind === null && (current?.kind === 'acties' || current?.kind === 'knelpunten') && block.level >= current.level;
      if (current && (itemHeading || (kind === null || current.kind === kind) && block.level > current.level)) { current.blocks.push({ ...block, text }); continue; }
      current = { kind: kind ?? 'overig', heading: text, level: block.level, blocks: [] };
      sections.push(current);
      continue;
    }
    if (current) current.blocks.push(block);
    else before.push(block);
  }
  return { title, before, sections };
}
