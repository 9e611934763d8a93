import { sections } from '../../../shared/completeness';
import type { RemarkTarget } from '../../../shared/domain/signoff';

type Titled = { id: string; title: string };

/** A target as the value of a select option: "section:inleiding" or "action:<id>". */
export function targetKey(target: RemarkTarget): string {
  return target.kind === 'section' ? `section:${target.sectionId}` : `action:${target.actionId}`;
}

export function targetFromKey(key: string): RemarkTarget | null {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (!id) return null;
  if (kind === 'section') return { kind: 'section', sectionId: id };
  if (kind === 'action') return { kind: 'action', actionId: id };
  return null;
}

export function sameTarget(a: RemarkTarget, b: RemarkTarget): boolean {
  return targetKey(a) === targetKey(b);
}

/** What a remark is about, for people: "Inleiding" or "Actie “Meet and greets”". */
export function describeTarget(target: RemarkTarget, actions: readonly Titled[]): string {
  if (target.kind === 'section') return sections.find((section) => section.id === target.sectionId)?.title ?? 'Een onderdeel van de werkagenda';
  const action = actions.find((item) => item.id === target.actionId);
  return action ? `Actie “${action.title}”` : 'Een actie die niet meer in het concept staat';
}

/** The choices of "Waarover gaat uw opmerking?": every section, then every action. */
export function targetChoices(actions: readonly Titled[]) {
  return {
    sections: sections.map((section) => ({ value: targetKey({ kind: 'section', sectionId: section.id }), label: section.title })),
    actions: actions.map((action) => ({ value: targetKey({ kind: 'action', actionId: action.id }), label: action.title })),
  };
}
