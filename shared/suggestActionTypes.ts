import { lexicon } from './actionTypeSuggest/lexicon';
import { trainSentences } from './actionTypeSuggest/train';

/** One action type the text points at: its score, its share of all scores (the confidence) and the words that led to it. */
export interface TypeSuggestion {
  typeId: number;
  score: number;
  confidence: number;
  words: string[];
}

const normalise = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, '\'').replace(/\s+/g, ' ');
const stopwords = new Set('de het een en van in op te met voor die dat zij we wij ze is zijn wordt worden door bij aan om als of er ook naar tot uit hun zich elk elke per jaar keer vier drie twee nieuwe mensen doelgroep banenafspraak werkgevers werkgever kandidaten medewerkers sector organisatie'.split(' '));
const stem = (word: string) => word.length > 6 ? word.slice(0, 6) : word;
const tokens = (text: string) => normalise(text).split(/[^a-z0-9]+/).filter((word) => word.length > 2 && !stopwords.has(word)).map(stem);

// Which stems the example sentences of each type use, weighted by how particular they are to that type.
const stemWeights: Map<string, Map<number, number>> = (() => {
  const counts = new Map<string, Map<number, number>>();
  for (const [typeId, text] of trainSentences) {
    for (const token of new Set(tokens(text))) {
      const perType = counts.get(token) ?? new Map<number, number>();
      perType.set(typeId, (perType.get(typeId) ?? 0) + 1);
      counts.set(token, perType);
    }
  }
  for (const perType of counts.values()) {
    const spread = perType.size;
    for (const [typeId, count] of perType) perType.set(typeId, count / spread);
  }
  return counts;
})();

/**
 * Suggests the action types (1–12, PRODUCT.md) of an action from its text, best first: the lexicon of each type
 * plus the words of the example sentences. Offline and instant; a suggestion only, the user decides. Types with
 * no evidence at all are left out, so an empty text gives an empty list.
 */
export function suggestActionTypes(text: string): TypeSuggestion[] {
  const clean = normalise(text.slice(0, 5000));
  const found = new Map<number, { score: number; words: Set<string> }>();
  const add = (typeId: number, weight: number, word: string) => {
    const entry = found.get(typeId) ?? { score: 0, words: new Set<string>() };
    entry.score += weight;
    entry.words.add(word);
    found.set(typeId, entry);
  };
  for (const [typeId, patterns] of Object.entries(lexicon)) {
    for (const [pattern, weight] of patterns) {
      const match = clean.match(pattern);
      if (match) add(Number(typeId), weight, match[0].trim());
    }
  }
  const words = normalise(text.slice(0, 5000)).split(/[^a-z0-9]+/);
  for (const word of words) {
    if (word.length <= 2 || stopwords.has(word)) continue;
    for (const [typeId, weight] of stemWeights.get(stem(word)) ?? []) add(typeId, 0.4 * weight, word);
  }
  const total = [...found.values()].reduce((sum, entry) => sum + entry.score, 0);
  return [...found.entries()]
    .map(([typeId, entry]) => ({ typeId, score: Math.round(entry.score * 100) / 100, confidence: total > 0 ? entry.score / total : 0, words: [...entry.words].slice(0, 6) }))
    .sort((a, b) => b.score - a.score || a.typeId - b.typeId);
}

/** How often the best suggestion, and the first three, hold the labelled type. */
export function agreement(labelled: readonly (readonly [number, string])[]): { top1: number; top3: number; count: number; misses: { typeId: number; text: string; got: number[] }[] } {
  let top1 = 0;
  let top3 = 0;
  const misses: { typeId: number; text: string; got: number[] }[] = [];
  for (const [typeId, text] of labelled) {
    const got = suggestActionTypes(text).map((suggestion) => suggestion.typeId);
    if (got[0] === typeId) top1 += 1;
    else misses.push({ typeId, text, got: got.slice(0, 3) });
    if (got.slice(0, 3).includes(typeId)) top3 += 1;
  }
  return { top1: top1 / labelled.length, top3: top3 / labelled.length, count: labelled.length, misses };
}
