import type { ProposedAction, ProposedJobGoal, ProposedKnelpunt, ProposedSignatory, ProposedTarget, WordImportCreate, WordProposal } from '../../../shared/domain/wordImport';

export type Kept<T> = T & { keep: boolean };
export type TextKey = 'introduction' | 'lookback' | 'objectives' | 'accountability';
/** knelpuntKeys: the proposed knelpunten (by key) this action addresses, chosen in the review. */
export type ReviewAction = Kept<ProposedAction & { primaryTypeId: number; knelpuntKeys: string[] }>;

export interface ReviewState {
  fileName: string;
  title: string;
  sectorId: string;
  startYear: string;
  endYear: string;
  texts: Record<TextKey, { value: string; source: string; keep: boolean }>;
  knelpunten: Kept<ProposedKnelpunt>[];
  jobGoals: Kept<ProposedJobGoal>[];
  targets: Kept<ProposedTarget>[];
  actions: ReviewAction[];
  signatories: Kept<ProposedSignatory>[];
}

const kept = <T extends object>(items: readonly T[]): Kept<T>[] => items.map((item) => ({ ...item, keep: true }));

/** Everything proposed starts accepted; the review's best type for an action is its first suggestion. */
export function initialReview(proposal: WordProposal): ReviewState {
  const text = (key: TextKey) => ({ ...proposal[key], keep: proposal[key].value.trim() !== '' });
  return {
    fileName: proposal.fileName,
    title: proposal.title.value,
    sectorId: proposal.sectorId ?? '',
    startYear: proposal.startYear ? String(proposal.startYear) : '',
    endYear: proposal.endYear ? String(proposal.endYear) : '',
    texts: { introduction: text('introduction'), lookback: text('lookback'), objectives: text('objectives'), accountability: text('accountability') },
    knelpunten: kept(proposal.knelpunten),
    jobGoals: kept(proposal.jobGoals),
    targets: kept(proposal.targets),
    actions: proposal.actions.map((action) => ({ ...action, primaryTypeId: action.suggestions[0]?.typeId ?? 0, knelpuntKeys: [], keep: true })),
    signatories: kept(proposal.signatories),
  };
}

/** What the create channel receives: only what is kept, as the user corrected it. Validated by the contract. */
export function toCreateInput(state: ReviewState): unknown {
  const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  const endYear = year(state.endYear);
  const deadline = (value: string | null) => value ?? `${endYear}-12-31`;
  // A knelpunt left out takes its links with it; the others are named by their place among those kept.
  const keptKnelpunten = state.knelpunten.filter((item) => item.keep);
  const positionOf = new Map(keptKnelpunten.map((item, position) => [item.key, position]));
  const input: Omit<WordImportCreate, 'actions'> & { actions: unknown[] } = {
    fileName: state.fileName, sectorId: state.sectorId, title: state.title, startYear: year(state.startYear), endYear,
    introduction: state.texts.introduction.keep ? state.texts.introduction.value : '',
    lookback: state.texts.lookback.keep ? state.texts.lookback.value : '',
    objectives: state.texts.objectives.keep ? state.texts.objectives.value : '',
    accountability: state.texts.accountability.keep ? state.texts.accountability.value : '',
    knelpunten: keptKnelpunten.map(({ title, description, cause, addressee }) => ({ title, description, cause, addressee })),
    jobGoals: state.jobGoals.filter((item) => item.keep).map(({ year: goalYear, jobs }) => ({ year: goalYear, jobs })),
    targets: state.targets.filter((item) => item.keep).map(({ level, indicator, unit, targetValue, perYear, deadline: due }) => ({ level, indicator, unit, targetValue, perYear, deadline: due, baseline: null })),
    actions: state.actions.filter((item) => item.keep).map((action) => ({
      title: action.title, description: action.description, primaryTypeId: action.primaryTypeId, actor: action.actor ?? undefined, nature: action.nature ?? undefined,
      owner: action.owner, startMonth: action.startMonth, endMonth: action.endMonth, jobsPrognosis: action.jobsPrognosis,
      target: action.target ? { ...action.target, baseline: null, deadline: action.target.perYear ? null : deadline(action.target.deadline) } : null,
      knelpunten: action.knelpuntKeys.flatMap((key) => (positionOf.has(key) ? [positionOf.get(key)!] : [])),
    })),
    signatories: state.signatories.filter((item) => item.keep).map(({ name, function: fn, organisation }) => ({ name, function: fn, organisation, required: true })),
  };
  return input;
}
