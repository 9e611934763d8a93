import type { DocBlock, WordProposal } from '../domain/wordImport';
import { actionsFromBlocks, actionsFromTable, cap, tableColumns } from './actions';
import { guessAddressee, readJobGoals, readSignatoryLine, readTarget, splitCause, splitTitle } from './fields';
import { splitSections, type Section } from './sections';
import { findPeriod, findSector } from './sector';

/** Caps on what one document may propose: a hostile file cannot make the review screen or the agenda unbounded. */
export const proposalCaps = { actions: 1000, knelpunten: 200, targets: 300, signatories: 50, unrecognised: 200 };

export interface ProposeContext { fileName: string; sectors: readonly { id: string; name: string }[]; currentYear: number }

const textOf = (block: DocBlock) => (block.kind === 'table' ? block.rows.map((row) => row.join(' | ')).join('\n') : block.text);
const asText = (blocks: readonly DocBlock[]) => blocks.map((block) => (block.kind === 'paragraph' && block.list ? `- ${block.text}` : textOf(block))).filter((text) => text.trim()).join('\n\n');

/**
 * The proposal for a concept agenda from a Word werkagenda's blocks: sector and period from the title or the text,
 * the texts of the sections, knelpunten with their cause, job goals and other measurable goals, actions with their
 * planning, trekker, result and suggested types, and the signatories. Every item keeps the passage it came from;
 * what fits nowhere is listed as not recognised. Pure: the review screen decides what is written.
 */
export function proposeAgenda(blocks: readonly DocBlock[], context: ProposeContext): WordProposal {
  const { title, before, sections } = splitSections(blocks);
  const allText = blocks.map(textOf).join('\n');
  const titleText = title ?? (before.find((block) => block.kind === 'paragraph')?.kind === 'paragraph' ? textOf(before[0]!) : '') ?? '';
  const sector = findSector(titleText, allText, context.sectors);
  const found = findPeriod(titleText, allText);
  const startYear = found.startYear;
  const endYear = found.endYear;
  const period = { startYear: startYear ?? context.currentYear, endYear: endYear ?? (startYear ?? context.currentYear) + 1 };

  const proposal: WordProposal = {
    fileName: context.fileName,
    title: { value: (titleText || context.fileName.replace(/\.docx$/i, '')).slice(0, 200), source: cap(titleText) },
    sectorId: sector.sectorId, sectorSource: cap(sector.source),
    startYear, endYear, periodSource: cap(found.source),
    introduction: { value: '', source: '' }, lookback: { value: '', source: '' }, objectives: { value: '', source: '' }, accountability: { value: '', source: '' },
    knelpunten: [], jobGoals: [], targets: [], actions: [], signatories: [], unrecognised: [],
    found: {
      headings: blocks.filter((block) => block.kind === 'heading').length,
      paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
      tables: blocks.filter((block) => block.kind === 'table').length,
    },
  };
  const leftOver = (text: string) => { if (text.trim() && proposal.unrecognised.length < proposalCaps.unrecognised) proposal.unrecognised.push(cap(text.trim(), 1000)); };
  const appendText = (field: 'introduction' | 'lookback' | 'objectives' | 'accountability', text: string) => {
    if (!text.trim()) return;
    const joined = [proposal[field].value, text].filter(Boolean).join('\n\n').slice(0, 20_000);
    proposal[field] = { value: joined, source: cap(joined) };
  };

  // Tables are known by their header wherever they stand: actions, knelpunten, signatories or job goals.
  const tableInto = (rows: string[][], section: Section | null): boolean => {
    const actions = actionsFromTable(rows, period, proposal.actions.length);
    if (actions && (section === null || section.kind === 'acties' || section.kind === 'overig' || section.kind === 'doelen' || actions.length > 0 && section.kind !== 'knelpunten')) {
      proposal.actions.push(...actions);
      return true;
    }
    const columns = tableColumns(rows[0] ?? []);
    const at = (row: string[], column: string) => { const index = columns.indexOf(column as never); return index >= 0 ? (row[index] ?? '').trim() : ''; };
    const body = rows.slice(1);
    if (columns.includes('name')) {
      for (const row of body) if (at(row, 'name')) proposal.signatories.push({ key: `ondertekenaar-${proposal.signatories.length + 1}`, source: cap(row.join(' | ')), name: at(row, 'name').slice(0, 200), function: at(row, 'function').slice(0, 200), organisation: at(row, 'organisation').slice(0, 200) });
      return true;
    }
    if (columns.includes('cause') || (section?.kind === 'knelpunten' && columns.includes('title'))) {
      for (const row of body) {
        if (!at(row, 'title')) continue;
        const { title: name, rest } = splitTitle(at(row, 'title'));
        proposal.knelpunten.push({ key: `knelpunt-${proposal.knelpunten.length + 1}`, source: cap(rows[0]!.map((cell, index) => `${cell}: ${row[index] ?? ''}`).join(' | ')), title: name.slice(0, 200), description: [rest, at(row, 'description')].filter(Boolean).join('\n'), cause: at(row, 'cause'), addressee: guessAddressee(row.join(' ')) });
      }
      return true;
    }
    if (columns.includes('year') && columns.includes('jobs')) {
      for (const row of body) {
        const year = Number(at(row, 'year').match(/20\d\d/)?.[0]);
        const jobs = Number(at(row, 'jobs').replace(/\./g, '').replace(',', '.').match(/\d+(\.\d+)?/)?.[0]);
        if (year && Number.isFinite(jobs) && jobs <= 1_000_000 && !proposal.jobGoals.some((goal) => goal.year === year)) proposal.jobGoals.push({ key: `banendoel-${year}`, source: cap(row.join(' | ')), year, jobs });
      }
      return true;
    }
    return false;
  };

  appendText('introduction', asText(before.filter((block) => !(block.kind === 'table' && tableInto(block.rows, null)))));
  for (const section of sections) {
    const tablesLeft = section.blocks.filter((block) => !(block.kind === 'table' && tableInto(block.rows, section)));
    switch (section.kind) {
      case 'inleiding': appendText('introduction', asText(tablesLeft)); break;
      case 'terugblik': appendText('lookback', asText(tablesLeft)); break;
      case 'verantwoording': appendText('accountability', asText(tablesLeft)); break;
      case 'doelen': goalsFrom(tablesLeft); break;
      case 'knelpunten': knelpuntenFrom(tablesLeft); break;
      case 'acties': {
        if (tablesLeft.length === section.blocks.length || tablesLeft.some((block) => block.kind === 'paragraph' && block.list)) {
          const { actions, left } = actionsFromBlocks(tablesLeft, period, proposal.actions.length);
          proposal.actions.push(...actions);
          left.forEach(leftOver);
        } else tablesLeft.forEach((block) => leftOver(textOf(block)));
        break;
      }
      case 'ondertekening':
        for (const block of tablesLeft) {
          const person = block.kind === 'paragraph' ? readSignatoryLine(block.text) : null;
          if (person) proposal.signatories.push({ key: `ondertekenaar-${proposal.signatories.length + 1}`, source: cap(textOf(block)), ...person });
          else if (block.kind !== 'paragraph' || !/^(datum|plaats|handtekening)/i.test(block.text.trim())) leftOver(textOf(block));
        }
        break;
      default:
        leftOver([section.heading, asText(tablesLeft)].filter(Boolean).join('\n'));
    }
  }

  function goalsFrom(blocks: DocBlock[]): void {
    const kept: DocBlock[] = [];
    for (const block of blocks) {
      const text = textOf(block);
      const goals = readJobGoals(text);
      for (const goal of goals) {
        if (!proposal.jobGoals.some((known) => known.year === goal.year)) proposal.jobGoals.push({ key: `banendoel-${goal.year}`, source: cap(text), year: goal.year, jobs: goal.jobs });
      }
      const target = goals.length === 0 && block.kind === 'paragraph' ? readTarget(text, true) : null;
      if (target) proposal.targets.push({ key: `doel-${proposal.targets.length + 1}`, source: cap(text), ...target, deadline: target.perYear ? null : `${period.endYear}-12-31` });
      if (goals.length === 0 && !target) kept.push(block);
    }
    appendText('objectives', asText(kept));
  }

  function knelpuntenFrom(blocks: DocBlock[]): void {
    const items = blocks.some((block) => block.kind === 'paragraph' && block.list);
    const groups: { title: string | null; lines: string[]; source: string[] }[] = [];
    for (const block of blocks) {
      const text = textOf(block);
      if (block.kind === 'heading') groups.push({ title: block.text, lines: [], source: [text] });
      else if (block.kind === 'paragraph' && (!items || block.list?.level === 0) && !(groups.length > 0 && /^(de\s+)?oorza(a|k)k/i.test(block.text.trim()))) {
        if (groups.at(-1)?.title && groups.at(-1)!.lines.length === 0) { groups.at(-1)!.lines.push(text); groups.at(-1)!.source.push(text); }
        else groups.push({ title: null, lines: [text], source: [text] });
      } else if (groups.length > 0) { groups.at(-1)!.lines.push(text); groups.at(-1)!.source.push(text); }
      else leftOver(text);
    }
    for (const group of groups) {
      const [head = '', ...more] = group.lines;
      const split = group.title ? { title: group.title, rest: head } : splitTitle(head);
      const { cause, rest } = splitCause([split.rest, ...more].filter(Boolean).join('\n'));
      proposal.knelpunten.push({ key: `knelpunt-${proposal.knelpunten.length + 1}`, source: cap(group.source.join('\n')), title: split.title.slice(0, 200), description: rest.slice(0, 20_000), cause: cause.slice(0, 20_000), addressee: guessAddressee(group.source.join(' ')) });
    }
  }

  proposal.actions = proposal.actions.slice(0, proposalCaps.actions);
  proposal.knelpunten = proposal.knelpunten.slice(0, proposalCaps.knelpunten);
  proposal.targets = proposal.targets.slice(0, proposalCaps.targets);
  proposal.signatories = proposal.signatories.slice(0, proposalCaps.signatories);
  proposal.jobGoals = proposal.jobGoals.filter((goal) => goal.year >= 2013 && goal.year <= 2100).slice(0, 20);
  return proposal;
}

/** A document that proposes no actions, knelpunten or goals and never names the banenafspraak is no werkagenda. */
export function looksLikeWerkagenda(proposal: WordProposal, text: string): boolean {
  const items = proposal.actions.length + proposal.knelpunten.length + proposal.jobGoals.length + proposal.targets.length;
  return items > 0 && /banenafspraak|werkagenda|arbeidsbeperking|doelgroep|participatiewet/i.test(text);
}
