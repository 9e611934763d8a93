import type { Action, Actor, Nature } from './domain/agenda';
import { countWords } from './format';

/**
 * The bottom-up/top-down mix of an agenda (seed 003 §3.3): how many actions are new, continued or existing practice,
 * and who carries them out. The research found agendas mostly bottom-up, made of what employers already do.
 */
export interface ActionMix {
  total: number;
  byNature: Record<Nature, number>;
  byActor: Record<Actor, number>;
}

export function actionMix(actions: readonly Pick<Action, 'actor' | 'nature'>[]): ActionMix {
  const byNature: Record<Nature, number> = { nieuw: 0, voortgezet: 0, bestaand: 0 };
  const byActor: Record<Actor, number> = { sector: 0, werkgevers: 0, partner: 0 };
  for (const action of actions) {
    byNature[action.nature] += 1;
    byActor[action.actor] += 1;
  }
  return { total: actions.length, byNature, byActor };
}

/** "2 nieuw, 1 voortgezet uit de vorige werkagenda, 3 bestaande praktijk" */
export const natureWords = ({ byNature }: ActionMix) =>
  `${byNature.nieuw} nieuw, ${byNature.voortgezet} voortgezet uit de vorige werkagenda, ${byNature.bestaand} bestaande praktijk`;

/** "door de sector 2, door werkgevers 3, door partners 1" */
export const actorWords = ({ byActor }: ActionMix) =>
  `${byActor.sector} door de sector, ${byActor.werkgevers} door werkgevers, ${byActor.partner} door partners`;

/** The labels before natureWords and actorWords, the same in the panel and the Word export. */
export const mixLabels = { nature: 'Nieuw of bestaand', actor: 'Wie voert uit' } as const;

/** The completeness panel's lines: short sentences with the Word export's labels, not one long one. */
export function mixSentence(mix: ActionMix): string {
  if (mix.total === 0) return 'Nog geen acties.';
  return `${countWords(mix.total, 'actie', 'acties')}. ${mixLabels.nature}: ${natureWords(mix)}. ${mixLabels.actor}: ${actorWords(mix)}.`;
}
