import { canonicalJson } from './canonical';
import type { Action, AgendaDetail, AgendaStatus, Target } from './domain/agenda';
import type { ContentChange, RevisionContent } from './domain/signoff';

type FrozenAction = RevisionContent['actions'][number];
type FrozenTarget = RevisionContent['targets'][number];

/** The part of an action a revision freezes; a draft keeps each one's canonical form (electron/core/services/plan/draftContent.ts). */
export function actionContentOf(a: Action): FrozenAction {
  return {
    id: a.id, title: a.title, description: a.description, primaryTypeId: a.primaryTypeId, extraTypeIds: [...a.extraTypeIds].sort((x, y) => x - y),
    actor: a.actor, nature: a.nature, owner: a.owner, startMonth: a.startMonth, endMonth: a.endMonth, jobsPrognosis: a.jobsPrognosis,
    knelpuntIds: [...a.knelpuntIds].sort(),
    milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, month: m.month })),
  };
}

export function targetContentOf(t: Target): FrozenTarget {
  return {
    id: t.id, actionId: t.actionId, level: t.level, indicator: t.indicator, unit: t.unit, baseline: t.baseline, targetValue: t.targetValue, deadline: t.deadline,
    ...(t.perYear ? { perYear: true as const } : {}),
  };
}

/** The part of an agenda a revision freezes (see RevisionContentSchema for why execution data is left out). */
export function revisionContentOf(agenda: Omit<AgendaDetail, 'status'>): RevisionContent {
  return {
    agendaId: agenda.id,
    sectorId: agenda.sectorId,
    startYear: agenda.startYear,
    endYear: agenda.endYear,
    title: agenda.title,
    introduction: agenda.introduction,
    lookback: agenda.lookback,
    objectives: agenda.objectives,
    accountability: agenda.accountability,
    ...(agenda.employerCount !== null ? { employerCount: agenda.employerCount } : {}),
    knelpunten: agenda.knelpunten.map((k) => ({
      id: k.id, title: k.title, description: k.description, cause: k.cause, catalogueId: k.catalogueId,
      ...(k.addressee !== 'sector' ? { addressee: k.addressee } : {}), ...(k.request !== '' ? { request: k.request } : {}),
    })),
    actions: agenda.actions.map(actionContentOf),
    targets: agenda.targets.map(targetContentOf),
    jobGoals: agenda.jobGoals.map((g) => ({ year: g.year, jobs: g.jobs })),
    unusedTypeReasons: agenda.unusedTypeReasons.map((r) => ({ typeId: r.typeId, reason: r.reason })),
    signatories: agenda.signatories.map((s) => ({ id: s.id, name: s.name, function: s.function, organisation: s.organisation, required: s.required })),
  };
}

/** For each knelpunt the ids of the actions that answer it, in the actions' order. */
export function answeringActions(actions: readonly { id: string; knelpuntIds: readonly string[] }[]): Map<string, string[]> {
  const answeredBy = new Map<string, string[]>();
  for (const action of actions) {
    for (const id of action.knelpuntIds) answeredBy.set(id, [...(answeredBy.get(id) ?? []), action.id]);
  }
  return answeredBy;
}

/** A frozen content as a read-only AgendaDetail, so the same views and the Word export can show it. */
export function detailFromContent(content: RevisionContent, meta: { status: AgendaStatus; sectorName: string; predecessorId: string | null; createdAt: string; updatedAt: string }): AgendaDetail {
  const answeredBy = answeringActions(content.actions);
  return {
    id: content.agendaId,
    sectorId: content.sectorId,
    sectorName: meta.sectorName,
    startYear: content.startYear,
    endYear: content.endYear,
    title: content.title,
    status: meta.status,
    predecessorId: meta.predecessorId,
    importedFrom: null,
    introduction: content.introduction,
    lookback: content.lookback,
    objectives: content.objectives,
    accountability: content.accountability,
    employerCount: content.employerCount ?? null,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    knelpunten: content.knelpunten.map((k) => ({
      ...k, addressee: k.addressee ?? 'sector', request: k.request ?? '', agendaId: content.agendaId, answeredByActionIds: answeredBy.get(k.id) ?? [],
    })),
    actions: content.actions.map((a) => ({
      ...a, agendaId: content.agendaId, milestones: a.milestones.map((m) => ({ ...m, actionId: a.id, done: false })),
    })),
    targets: content.targets.map((t) => ({ ...t, perYear: t.perYear ?? false, agendaId: content.agendaId })),
    jobGoals: content.jobGoals,
    unusedTypeReasons: content.unusedTypeReasons,
    signatories: content.signatories.map((s) => ({ ...s, agendaId: content.agendaId })),
  };
}

const quote = (text: string) => `“${text}”`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const textFields = [
  ['title', 'De titel'], ['introduction', 'De inleiding'], ['lookback', 'De terugblik'], ['objectives', 'De toelichting op de doelstellingen'],
  ['accountability', 'De verantwoording door werkgevers'],
] as const;

/** Items of one kind compared by id: added, removed, changed. */
function listChanges<T extends { id: string }>(before: T[], after: T[], what: string, name: (item: T) => string): ContentChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const changes: ContentChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) changes.push({ kind: 'toegevoegd', text: `${what} ${quote(name(item))} is toegevoegd.` });
    else if (!same(previous, item)) changes.push({ kind: 'gewijzigd', text: `${what} ${quote(name(item))} is gewijzigd.` });
  }
  const now = new Set(after.map((item) => item.id));
  for (const item of before) if (!now.has(item.id)) changes.push({ kind: 'verwijderd', text: `${what} ${quote(name(item))} is verwijderd.` });
  return changes;
}

/** What `after` changes against `before`, in plain Dutch, for "differs from the vastgestelde version" and for an import update. */
export function contentChanges(beforeRaw: RevisionContent, afterRaw: RevisionContent): ContentChange[] {
  // Compare the canonical forms, so only what changes the fingerprint counts as a change.
  const before = JSON.parse(canonicalJson(beforeRaw)) as RevisionContent;
  const after = JSON.parse(canonicalJson(afterRaw)) as RevisionContent;
  const changes: ContentChange[] = [];
  for (const [field, label] of textFields) {
    if (before[field] !== after[field]) changes.push({ kind: 'gewijzigd', text: `${label} is gewijzigd.` });
  }
  if (before.startYear !== after.startYear || before.endYear !== after.endYear) changes.push({ kind: 'gewijzigd', text: 'De periode is gewijzigd.' });
  if (before.employerCount !== after.employerCount) changes.push({ kind: 'gewijzigd', text: 'Het aantal werkgevers in de sector is gewijzigd.' });
  changes.push(...listChanges(before.knelpunten, after.knelpunten, 'Knelpunt', (k) => k.title));
  changes.push(...listChanges(before.actions, after.actions, 'Actie', (a) => a.title));
  changes.push(...listChanges(before.targets, after.targets, 'Doel', (t) => t.indicator));
  if (!same(before.jobGoals, after.jobGoals)) changes.push({ kind: 'gewijzigd', text: 'De banendoelen per jaar zijn gewijzigd.' });
  if (!same(before.unusedTypeReasons, after.unusedTypeReasons)) changes.push({ kind: 'gewijzigd', text: 'De toelichting op niet-gebruikte actietypen is gewijzigd.' });
  changes.push(...listChanges(before.signatories, after.signatories, 'Ondertekenaar', (s) => s.name));
  return changes;
}
