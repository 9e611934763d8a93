import { ongoingMonths } from '../planning';

/** What a Word werkagenda says about when an action runs, read into the months the agenda model holds. */
export interface ReadPlanning {
  startMonth: string | null;
  endMonth: string | null;
  /** "doorlopend", "continu": the model holds it as the period's full range, and the review says so. */
  ongoing: boolean;
  /** The words it was read from, as they stand in the document. */
  matched: string;
}

type Period = { startYear: number; endYear: number };

const monthNames: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^(maa|mrt)/, 3], [/^apr/, 4], [/^mei/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^okt|^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
const monthWord = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?';
const year = '(20\\d\\d)';
const dash = '\\s*(?:[-–—]|t/m|tot en met|tot)\\s*';
/** Seasons and parts of a year as the months they usually mean in Dutch planning. */
const parts: [RegExp, number, number][] = [
  [/^(q1|eerste kwartaal|1e kwartaal)$/, 1, 3], [/^(q2|tweede kwartaal|2e kwartaal)$/, 4, 6],
  [/^(q3|derde kwartaal|3e kwartaal)$/, 7, 9], [/^(q4|vierde kwartaal|4e kwartaal)$/, 10, 12],
  [/^(eerste helft|1e helft|h1)$/, 1, 6], [/^(tweede helft|2e helft|h2)$/, 7, 12],
  [/^voorjaar$/, 3, 5], [/^zomer$/, 6, 8], [/^najaar$/, 9, 11], [/^winter$/, 12, 12],
  [/^begin$/, 1, 3], [/^medio$/, 6, 7], [/^eind$/, 10, 12],
];
const partWord = '(q[1-4]|(?:eerste|tweede|derde|vierde|[1-4]e) kwartaal|(?:eerste|tweede|1e|2e) helft|h[12]|voorjaar|zomer|najaar|winter|begin|medio|eind)';

const pad = (value: number) => String(value).padStart(2, '0');
const ym = (y: number | string, m: number) => `${y}-${pad(m)}`;
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return monthNames.find(([pattern]) => pattern.test(lower))?.[1] ?? 1;
}

interface Rule { pattern: RegExp; read: (m: RegExpMatchArray, period: Period) => Omit<ReadPlanning, 'matched'> }

// Longest forms first: "maart 2025 – december 2025" before "maart 2025".
const rules: Rule[] = [
  { pattern: new RegExp(`\\b(${monthWord})\\s+${year}${dash}(${monthWord})\\s+${year}`, 'i'),
    read: (m) => ({ startMonth: ym(m[2]!, monthNumber(m[1]!)), endMonth: ym(m[4]!, monthNumber(m[3]!)), ongoing: false }) },
  { pattern: new RegExp(`\\b(${monthWord})${dash}(${monthWord})\\s+${year}`, 'i'),
    read: (m) => ({ startMonth: ym(m[3]!, monthNumber(m[1]!)), endMonth: ym(m[3]!, monthNumber(m[2]!)), ongoing: false }) },
  { pattern: new RegExp(`\\b${partWord}\\s+${year}${dash}${partWord}\\s+${year}`, 'i'),
    read: (m) => ({ startMonth: ym(m[2]!, partOf(m[1]!)[0]), endMonth: ym(m[4]!, partOf(m[3]!)[1]), ongoing: false }) },
  { pattern: new RegExp(`\\b${year}${dash}${year}\\b`, 'i'),
    read: (m) => ({ startMonth: ym(m[1]!, 1), endMonth: ym(m[2]!, 12), ongoing: false }) },
  { pattern: new RegExp(`\\b(?:vanaf|per|met ingang van)\\s+(${monthWord})\\s+${year}`, 'i'),
    read: (m, period) => ({ startMonth: ym(m[2]!, monthNumber(m[1]!)), endMonth: ym(Math.max(period.endYear, Number(m[2])), 12), ongoing: false }) },
  { pattern: new RegExp(`\\b(?:uiterlijk|voor|vóór|tot en met)\\s+(${monthWord})\\s+${year}`, 'i'),
    read: (m, period) => ({ startMonth: ym(Math.min(period.startYear, Number(m[2])), 1), endMonth: ym(m[2]!, monthNumber(m[1]!)), ongoing: false }) },
  { pattern: new RegExp(`\\b${partWord}\\s+${year}\\b`, 'i'),
    read: (m) => ({ startMonth: ym(m[2]!, partOf(m[1]!)[0]), endMonth: ym(m[2]!, partOf(m[1]!)[1]), ongoing: false }) },
  { pattern: new RegExp(`\\b(${monthWord})\\s+${year}\\b`, 'i'),
    read: (m) => ({ startMonth: ym(m[2]!, monthNumber(m[1]!)), endMonth: ym(m[2]!, monthNumber(m[1]!)), ongoing: false }) },
  { pattern: /\b(doorlopend|continu|permanent|gedurende de (hele|gehele|volledige) (looptijd|periode)|hele looptijd|structureel)\b/i,
    read: (_m, period) => ({ ...ongoingMonths(period), ongoing: true }) },
  { pattern: new RegExp(`\\b(?:in|gedurende|heel)\\s+${year}\\b`, 'i'),
    read: (m) => ({ startMonth: ym(m[1]!, 1), endMonth: ym(m[1]!, 12), ongoing: false }) },
];

function partOf(word: string): [number, number] {
  const lower = word.toLowerCase();
  const found = parts.find(([pattern]) => pattern.test(lower));
  return found ? [found[1], found[2]] : [1, 12];
}

/**
 * The planning in a piece of Dutch text: "januari – juni 2025", "maart 2025 – december 2025", "2025 – 2026",
 * "Q3 2025", "najaar 2025", "vanaf september 2025", "doorlopend". Null when it names no time. `strict`: only a
 * planning cell or line ("2025" alone counts there, not in running text).
 */
export function readPlanning(text: string, period: Period, options: { strict?: boolean } = {}): ReadPlanning | null {
  const clean = text.replace(/\s+/g, ' ').slice(0, 2000);
  for (const rule of rules) {
    const match = clean.match(rule.pattern);
    if (match) {
      const read = rule.read(match, period);
      if (read.startMonth && read.endMonth && read.endMonth < read.startMonth) return { ...read, endMonth: read.startMonth, matched: match[0] };
      return { ...read, matched: match[0].trim() };
    }
  }
  const single = options.strict ? clean.match(/^\s*(20\d\d)\s*\.?\s*$/) : null;
  if (single) return { startMonth: ym(single[1]!, 1), endMonth: ym(single[1]!, 12), ongoing: false, matched: single[1]! };
  return null;
}
