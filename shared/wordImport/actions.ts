import type { DocBlock, ProposedAction } from '../domain/wordImport';
import { suggestActionTypes } from '../suggestActionTypes';
import { guessActor, guessNature, labelledParts, readTarget, splitTitle } from './fields';
import { readPlanning } from './planning';

type Period = { startYear: number; endYear: number };
export const cap = (text: string, max = 1500) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface RawAction { title: string; description: string; planning?: string; owner?: string; result?: string; jobs?: string; source: string }

/** One proposed action from what a table row, list item or paragraph says, with its type suggestions. */
export function proposeAction(raw: RawAction, period: Period, index: number): ProposedAction {
  const { labelled, rest } = labelledParts(raw.description);
  const owner = (raw.owner ?? labelled.owner ?? '').slice(0, 200);
  const planningSource = raw.planning ?? labelled.planning;
  const planning = planningSource !== undefined ? readPlanning(planningSource, period, { strict: true }) : readPlanning(`${raw.title} ${rest}`, period);
  const resultText = (raw.result ?? labelled.result ?? '').trim();
  // In prose the result is a sentence of its own: "… met ten minste 60 deelnemers".
  const implicit = resultText ? null : rest.match(/[^.]*\b(ten minste|minimaal|minstens|in totaal|streven naar)\b[^.]*/i)?.[0] ?? null;
  const target = readTarget(resultText || implicit || '');
  const description = [rest, resultText && !target ? `Beoogd resultaat: ${resultText}` : ''].filter(Boolean).join('\n').slice(0, 20_000);
  const deadline = planning?.endMonth && !target?.perYear ? lastDay(planning.endMonth) : target?.perYear ? null : `${period.endYear}-12-31`;
  const jobsFromResult = target?.unit === 'banen' ? target.targetValue : null;
  const jobs = raw.jobs ? Number(raw.jobs.replace(/\./g, '').replace(',', '.').match(/\d+(\.\d+)?/)?.[0] ?? Number.NaN) : Number.NaN;
  return {
    key: `actie-${index + 1}`,
    source: cap(raw.source),
    title: raw.title.slice(0, 200),
    description,
    owner,
    actor: guessActor(owner, `${raw.title} ${rest}`),
    nature: guessNature(`${raw.title} ${rest} ${planningSource ?? ''}`),
    startMonth: planning?.startMonth ?? null,
    endMonth: planning?.endMonth ?? null,
    planningText: (planningSource ?? planning?.matched ?? '').slice(0, 200),
    ongoing: planning?.ongoing ?? false,
    resultText: resultText.slice(0, 1000),
    target: target ? { ...target, deadline } : null,
    jobsPrognosis: Number.isFinite(jobs) && jobs <= 1_000_000 ? jobs : jobsFromResult !== null && jobsFromResult <= 1_000_000 ? jobsFromResult : null,
    suggestions: suggestActionTypes(`${raw.title}. ${raw.description} ${resultText}`).slice(0, 3),
  };
}

function lastDay(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

export type Column = 'title' | 'description' | 'planning' | 'owner' | 'result' | 'type' | 'jobs' | 'cause' | 'name' | 'function' | 'organisation' | 'year';
// Column names as documents write them, most specific first.
const columnPatterns: [RegExp, Column][] = [
  [/actietype|^type/i, 'type'],
  [/oorzaak/i, 'cause'],
  [/^(naam|name|ondertekenaar)/i, 'name'],
  [/functie|rol\b/i, 'function'],
  [/organisatie|namens/i, 'organisation'],
  [/planning|wanneer|periode|termijn|tijdpad|looptijd|datum|start/i, 'planning'],
  [/trekker|eigenaar|wie|verantwoordelijk|uitvoer|door wie|betrokken|regie/i, 'owner'],
  [/prognose|aantal banen|banen\b/i, 'jobs'],
  [/resultaat|beoogd|doel|indicator|kpi|prestatie|opbrengst|effect/i, 'result'],
  [/toelichting|omschrijving|beschrijving|inhoud|uitwerking|^hoe\b|oplossing|aanpak/i, 'description'],
  [/activiteit|actie|maatregel|^wat\b|onderwerp|interventie|knelpunt|probleem|belemmering|titel/i, 'title'],
  [/^jaar$/i, 'year'],
];

export function tableColumns(header: readonly string[]): (Column | null)[] {
  const used = new Set<Column>();
  return header.map((cell) => {
    const column = columnPatterns.find(([pattern, name]) => !used.has(name) && pattern.test(cell.trim()))?.[1] ?? null;
    if (column) used.add(column);
    return column;
  });
}

/** Actions from a table whose header names the action column; null when the table holds no actions. */
export function actionsFromTable(rows: readonly string[][], period: Period, first: number): ProposedAction[] | null {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return null;
  const columns = tableColumns(header);
  if (!columns.includes('title') || columns.includes('cause') || columns.includes('name')) return null;
  const cell = (row: readonly string[], column: Column) => { const at = columns.indexOf(column); return at >= 0 ? (row[at] ?? '').trim() : undefined; };
  return body.filter((row) => (cell(row, 'title') ?? '').length > 0).map((row, index) => {
    const text = cell(row, 'title')!;
    const { title, rest } = text.length > 160 ? splitTitle(text) : { title: text, rest: '' };
    return proposeAction({
      title, description: [rest, cell(row, 'description') ?? ''].filter(Boolean).join('\n'),
      planning: cell(row, 'planning'), owner: cell(row, 'owner'), result: cell(row, 'result'), jobs: cell(row, 'jobs'),
      source: header.map((name, at) => `${name}: ${row[at] ?? ''}`).join(' | '),
    }, period, first + index);
  });
}

const blockText = (block: DocBlock) => (block.kind === 'table' ? block.rows.map((row) => row.join(' | ')).join('\n') : block.text);

/**
 * Actions of a section without a table: each top-level list item, else each sub-heading with the paragraphs under
 * it, else each paragraph. Deeper list items and labelled lines ("Planning: …") belong to the action above them.
 */
export function actionsFromBlocks(blocks: readonly DocBlock[], period: Period, first: number): { actions: ProposedAction[]; left: string[] } {
  const items = blocks.filter((block) => block.kind === 'paragraph' && block.list);
  const headings = blocks.filter((block) => block.kind === 'heading');
  const left: string[] = [];
  const groups: { title: string | null; lines: string[] }[] = [];
  if (items.length > 0) {
    const top = Math.min(...items.map((block) => (block.kind === 'paragraph' && block.list ? block.list.level : 0)));
    for (const block of blocks) {
      if (block.kind === 'paragraph' && block.list && block.list.level === top) groups.push({ title: null, lines: [block.text] });
      else if (groups.length > 0 && block.kind === 'paragraph' && (block.list || labelledParts(block.text).rest === '')) groups.at(-1)!.lines.push(block.text);
      else left.push(blockText(block));
    }
  } else if (headings.length > 0) {
    for (const block of blocks) {
      if (block.kind === 'heading') groups.push({ title: block.text, lines: [] });
      else if (groups.length > 0 && block.kind === 'paragraph') groups.at(-1)!.lines.push(block.text);
      else left.push(blockText(block));
    }
  } else {
    for (const block of blocks) {
      if (block.kind === 'paragraph' && block.text.trim().length >= 15) groups.push({ title: null, lines: [block.text] });
      else if (block.kind === 'paragraph' && groups.length > 0 && labelledParts(block.text).rest === '') groups.at(-1)!.lines.push(block.text);
      else if (blockText(block).trim()) left.push(blockText(block));
    }
  }
  const actions = groups.map((group, index) => {
    const [head = '', ...more] = group.lines;
    const { title, rest } = group.title ? { title: group.title, rest: head } : splitTitle(head);
    const description = [rest, ...more].filter(Boolean).join('\n');
    return proposeAction({ title, description, source: [group.title, ...group.lines].filter(Boolean).join('\n') }, period, first + index);
  });
  return { actions, left };
}
