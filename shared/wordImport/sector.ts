/** Other names the documents use for the twelve sectors of the Bestuursakkoord (ids of migration 0002). */
const aliases: Record<string, RegExp> = {
  '4db1afbf-b1ee-4cd2-b028-72f253a0e6e4': /\b(gemeenten|vng)\b/i,
  'a90677fb-d0fb-4eef-a212-32fad410f1b5': /\b(provincies|ipo)\b/i,
  '98fc3c5e-3ca6-4b26-90b5-177f7cff5aaa': /\b(waterschappen|unie van waterschappen)\b/i,
  'c52bd15c-6e7b-4742-9f85-e7037bce23b4': /\b(funderend onderwijs|primair onderwijs|voortgezet onderwijs|po-raad|vo-raad)\b/i,
  '85679c4d-f1d5-4e75-a57c-d4e53ddc31df': /\b(mbo|mbo raad|mbo-instellingen)\b/i,
  '93bc4f91-e9e0-41ce-91fc-de0dd1931864': /\b(hbo|hogescholen|vereniging hogescholen)\b/i,
  '16f54182-9e07-4d04-890e-560ed484f3fd': /\b(universiteiten|unl|vsnu)\b/i,
  '525fa435-535e-4815-8cdd-0d28c3f68158': /\b(onderzoeksinstellingen|wvoi)\b/i,
  'd2e1bb72-badc-492a-92ee-a2d4b9f9584f': /\b(umc'?s|umc’s|universitair medische centra|nfu)\b/i,
  'ea41e91d-3a13-4e81-a8f5-212e1df57fac': /\bdefensie\b/i,
  '23a2c3c6-a3b4-4be5-99c5-b37e06c2dfac': /\bpolitie\b/i,
  'ba96b1b8-f149-47b0-bcb6-c28acf83a878': /\b(rijksoverheid|het rijk|rijk)\b/i,
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sector a document is about: named in the title, else the one named most in the text. Sectors users added
 * or renamed are found by their own name too.
 */
export function findSector(title: string, text: string, sectors: readonly { id: string; name: string }[]): { sectorId: string | null; source: string } {
  const patterns = sectors.map((sector) => ({
    id: sector.id,
    pattern: new RegExp(`\\b${escape(sector.name)}\\b${aliases[sector.id] ? `|${aliases[sector.id]!.source}` : ''}`, 'gi'),
  }));
  for (const { id, pattern } of patterns) {
    const match = title.match(new RegExp(pattern.source, 'i'));
    if (match) return { sectorId: id, source: title };
  }
  let best: { id: string; count: number; at: number } | null = null;
  for (const { id, pattern } of patterns) {
    const matches = [...text.slice(0, 200_000).matchAll(pattern)];
    if (matches.length > 0 && (!best || matches.length > best.count)) best = { id, count: matches.length, at: matches[0]!.index };
  }
  if (!best) return { sectorId: null, source: '' };
  return { sectorId: best.id, source: text.slice(Math.max(0, best.at - 80), best.at + 120).replace(/\s+/g, ' ').trim() };
}

/** The period: "2025-2026" or "2025 – 2026" in the title, else in the text. */
export function findPeriod(title: string, text: string): { startYear: number | null; endYear: number | null; source: string } {
  const pattern = /\b(20\d\d)\s*(?:[-–—/]|tot en met|t\/m)\s*(20\d\d)\b/;
  for (const [where, isTitle] of [[title, true], [text.slice(0, 20_000), false]] as const) {
    const match = where.match(pattern);
    if (match) {
      const startYear = Number(match[1]);
      const endYear = Number(match[2]);
      if (endYear >= startYear && endYear - startYear <= 9) {
        return { startYear, endYear, source: isTitle ? where : where.slice(Math.max(0, match.index! - 80), match.index! + 120).replace(/\s+/g, ' ').trim() };
      }
    }
  }
  return { startYear: null, endYear: null, source: '' };
}
