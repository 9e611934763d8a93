import type { Actor, Addressee, Nature, TargetLevel } from '../domain/agenda';
import { parseDutchNumber } from '../format';

/** After "Titel: in de regio …" the rest is a sentence of its own, so it starts with a capital (Dutch IJ as one letter). */
export function sentenceStart(text: string): string {
  if (/^ij/.test(text)) return `IJ${text.slice(2)}`;
  return /^\p{Ll}/u.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** Title and the rest: the words before a colon, else the first sentence; never longer than the model allows. */
export function splitTitle(text: string): { title: string; rest: string } {
  const clean = text.replace(/\s+/g, ' ').trim();
  const colon = clean.indexOf(':');
  if (colon > 2 && colon <= 100 && !clean.slice(0, colon).includes('.')) return { title: clean.slice(0, colon).trim(), rest: sentenceStart(clean.slice(colon + 1).trim()) };
  const sentence = clean.match(/^(.{3,160}?[.!?])(\s|$)/);
  if (sentence) return { title: sentence[1]!.replace(/[.]$/, '').trim(), rest: clean.slice(sentence[1]!.length).trim() };
  if (clean.length <= 160) return { title: clean, rest: '' };
  const cut = clean.slice(0, 150).replace(/\s+\S*$/, '');
  return { title: `${cut}…`, rest: clean };
}

const labelPatterns = {
  planning: /^(planning|wanneer|periode|looptijd|termijn|tijdpad)\s*[:–-]\s*/i,
  owner: /^(trekker|eigenaar|wie|uitvoering|uitgevoerd door|verantwoordelijk(e)?|door)\s*[:–-]\s*/i,
  result: /^((beoogd|verwacht)e?\s+)?(resultaat|resultaten|doel|indicator|kpi|opbrengst|prestatie)\s*[:–-]\s*/i,
  cause: /^(oorzaak|oorzaken)\s*[:–-]\s*/i,
} as const;
export type Label = keyof typeof labelPatterns;

/** Splits "Planning: …", "Trekker: …", "Resultaat: …" lines (or sentences) off a text. */
export function labelledParts(text: string): { labelled: Partial<Record<Label, string>>; rest: string } {
  const labelled: Partial<Record<Label, string>> = {};
  const rest: string[] = [];
  const pieces = text.split(/\n|(?<=[.;])\s+(?=(?:Planning|Wanneer|Periode|Trekker|Eigenaar|Wie|Uitvoering|Resultaat|Beoogd resultaat|Doel|Oorzaak)\s*:)/);
  for (const piece of pieces) {
    const trimmed = piece.trim();
    const label = (Object.keys(labelPatterns) as Label[]).find((name) => labelPatterns[name].test(trimmed));
    if (label && labelled[label] === undefined) {
      const value = trimmed.replace(labelPatterns[label], '').replace(/[.;]\s*$/, '').trim();
      // A cause is a sentence; a planning ("januari 2025") or a trekker keeps its own case.
      labelled[label] = label === 'cause' ? sentenceStart(value) : value;
    }
    else if (trimmed) rest.push(trimmed);
  }
  return { labelled, rest: rest.join('\n') };
}

const unitWords = /(banen|werkgevers|bijeenkomsten|deelnemers|begeleiders|jobcoaches|kandidaten|plaatsingen|stageplaatsen|stages|werkervaringsplekken|trainingen|sessies|organisaties|scholen|nieuwsbrieven|ambassadeurs|bestuurders|leidinggevenden|managers|medewerkers|webinars|workshops|voorbeelden|euro|procent|%)/;
const numberPattern = /(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)/;
const measurable = new RegExp(`${numberPattern.source}\\s*(?:extra\\s+|nieuwe\\s+|duurzame\\s+|gerealiseerde\\s+|getrainde\\s+|deelnemende\\s+)?${unitWords.source}`, 'i');

export interface ReadTarget { level: TargetLevel; indicator: string; unit: string; targetValue: number; perYear: boolean }

/** A result that names a number of something is a measurable target; the rest stays words. */
export function readTarget(text: string, agendaLevel = false): ReadTarget | null {
  const match = text.match(measurable);
  if (!match) return null;
  const value = parseDutchNumber(match[1]!);
  // A number no target can have (the model's own limit) is no target: the words stay in the description.
  if (value === null || value > 1_000_000_000) return null;
  const unit = match[2]!.toLowerCase() === '%' ? 'procent' : match[2]!.toLowerCase();
  const indicator = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  return { level: unit === 'banen' && agendaLevel ? 'smal' : 'middenweg', indicator, unit, targetValue: value, perYear: /\bper jaar\b|\bjaarlijks\b|\belk jaar\b|\bieder jaar\b/i.test(text) };
}

/** Who carries an action out, when the words say so; null leaves the choice to the user. */
export function guessActor(owner: string, text: string): Actor | null {
  const words = `${owner} ${text}`;
  if (/\b(uwv|wsp|werkgeversservicepunt|sw-?bedrijf|werkbedrijf|intermediair|stichting|partner|cedris|re-?integratiebedrijf|de normaalste zaak)\b/i.test(owner)) return 'partner';
  if (/\b(werkgevers|gemeenten|provincies|waterschappen|scholen|besturen|schoolbesturen|hogescholen|universiteiten|gemeenten zelf|provincies zelf|waterschappen zelf|organisaties|instellingen|onderdelen|afdelingen|ziekenhuizen|korpsen|eenheden)\b/i.test(owner)) return 'werkgevers';
  if (/\b(sectororganisatie|sectorvertegenwoordiger|dossierhouder|programmaleider|projectleider|programmateam|projectteam|vereniging|vng|ipo|unie|raad|nfu|unl|wvoi|bzk|bestuur|sector)\b/i.test(owner)) return 'sector';
  if (!owner && /\bwerkgevers (gaan|zullen|organiseren|bieden|stellen|nemen|zetten)\b/i.test(words)) return 'werkgevers';
  return null;
}

/** New, continued or a report of existing practice, when the words say so. */
export function guessNature(text: string): Nature | null {
  if (/\b(voortzetting|voortgezet|voortzetten|loopt door|continueren|gecontinueerd|blijven we|vervolg op)\b/i.test(text)) return 'voortgezet';
  if (/\b(bestaande praktijk|al jaren|reeds|sinds 20\d\d|al sinds)\b/i.test(text)) return 'bestaand';
  if (/\b(nieuw|nieuwe|starten|start|opzetten|introduceren|ontwikkelen)\b/i.test(text)) return 'nieuw';
  return null;
}

export function guessAddressee(text: string): Addressee {
  if (/\b(szw|wetgeving|regelgeving|de wet\b|quotumheffing|uwv-regels)/i.test(text)) return 'szw';
  if (/\bbzk\b/i.test(text)) return 'bzk';
  return 'sector';
}

const causeSentence = /[^.]*\b(oorzaak|doordat|omdat|komt door|als gevolg van|vanwege|door het ontbreken)\b[^.]*\.?/i;

/** A knelpunt's cause: an "Oorzaak:" line, else the sentence that gives a reason. */
export function splitCause(text: string): { cause: string; rest: string } {
  const { labelled, rest } = labelledParts(text);
  if (labelled.cause) return { cause: labelled.cause, rest };
  const match = rest.match(causeSentence);
  if (!match) return { cause: '', rest };
  const cause = match[0].replace(/^\s*(de\s+)?oorzaak( is| ligt)?\s*(:|dat)?\s*/i, '').replace(/^\s*(dit|dat) komt (doordat|door)\s*/i, '').trim();
  return { cause: sentenceStart(cause), rest: rest.replace(match[0], '').trim() };
}

/** Job goals per year in a sentence: "150 banen in 2025", "in 2026: 180 banen", "2025: 150 banen". */
export function readJobGoals(text: string): { year: number; jobs: number; matched: string }[] {
  const found: { year: number; jobs: number; matched: string }[] = [];
  const number = '(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)';
  // "In 2025 … 150 banen" first: a number already read with the year before it is not read again with a later year.
  const patterns: [RegExp, 'jobsFirst' | 'yearFirst'][] = [
    [new RegExp(`\\b(?:in|voor|eind|ultimo)\\s+(20\\d\\d)\\b[^.\\n\\d]{0,50}?${number}\\s+(?:extra\\s+|nieuwe\\s+)?banen\\b`, 'gi'), 'yearFirst'],
    [new RegExp(`\\b(20\\d\\d)\\s*[:–-]\\s*${number}\\s+(?:extra\\s+|nieuwe\\s+)?banen\\b`, 'gi'), 'yearFirst'],
    [new RegExp(`${number}\\s+(?:extra\\s+|nieuwe\\s+)?banen\\b[^.\\n\\d]{0,50}?\\b(?:in|voor|eind|ultimo|uiterlijk|per|over)\\s+(?:\\w+\\s+)?(20\\d\\d)\\b`, 'gi'), 'jobsFirst'],
  ];
  const used = new Set<number>();
  for (const [pattern, order] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const [jobsText, yearText] = order === 'jobsFirst' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
      const at = match.index + match[0].lastIndexOf(jobsText, order === 'jobsFirst' ? 0 : undefined);
      const jobs = parseDutchNumber(jobsText);
      const year = Number(yearText);
      if (jobs !== null && jobs <= 1_000_000 && !used.has(at) && !found.some((goal) => goal.year === year)) {
        used.add(at);
        found.push({ year, jobs, matched: match[0] });
      }
    }
  }
  return found.sort((a, b) => a.year - b.year);
}

/** "Naam, functie, organisatie", "Naam – functie", "Naam (functie, organisatie)". */
export function readSignatoryLine(line: string): { name: string; function: string; organisation: string } | null {
  const clean = line.replace(/\s+/g, ' ').replace(/^(ondertekend door|namens|getekend)\s*:?\s*/i, '').trim();
  if (!clean || clean.length > 200 || /^(datum|plaats|handtekening|paraaf|ondertekening)\b/i.test(clean) || /^[_.\s-]+$/.test(clean)) return null;
  const inParentheses = clean.match(/^([^()]+)\(([^)]+)\)\s*$/);
  const parts = inParentheses ? [inParentheses[1]!, ...inParentheses[2]!.split(/\s*,\s*/)] : clean.split(/\s*[,|]\s*|\s+[–—-]\s+/);
  const [name, fn = '', ...organisation] = parts.map((part) => part.trim()).filter(Boolean);
  if (!name || name.split(' ').length > 8) return null;
  return { name, function: fn, organisation: organisation.join(', ') };
}
