import { describe, expect, it } from 'vitest';
import { CanonicalPart, canonicalJson, fingerprint, normaliseText } from './canonical';
import type { RevisionContent } from './domain/signoff';
import { contentChanges, detailFromContent, revisionContentOf } from './revisionContent';

/** A revision content as a representative writes it (seed 003 §4.2: a middenweg target, a knelpunt from §5.2). */
const content: RevisionContent = {
  agendaId: '0b6f3a2e-3c1d-4f5a-9b2e-1a2b3c4d5e6f',
  sectorId: 'ea41e91d-3a13-4e81-a8f5-212e1df57fac',
  startYear: 2025,
  endYear: 2026,
  title: 'Werkagenda Defensie 2025-2026',
  introduction: 'Defensie wil in 2026 “250 banen” realiseren & meer.',
  lookback: '',
  objectives: '',
  accountability: 'Per krijgsmachtdeel twee keer per jaar.',
  knelpunten: [{ id: '5d0f8a55-1111-4c1b-8d3e-0a0b0c0d0e0f', title: 'Beperkt mandaat', description: '', cause: 'Geen zeggenschap over werkgevers', catalogueId: null }],
  actions: [{
    id: '7e1d2c3b-2222-4a5b-8c6d-7e8f9a0b1c2d', title: 'Jobcoaches werven', description: 'Ten minste 3 jobcoaches', primaryTypeId: 12, extraTypeIds: [5],
    actor: 'sector', nature: 'nieuw', owner: 'HR', startMonth: '2025-03', endMonth: '2026-12', jobsPrognosis: 29.02,
    knelpuntIds: ['5d0f8a55-1111-4c1b-8d3e-0a0b0c0d0e0f'], milestones: [{ id: '8f2e3d4c-3333-4b6c-9d7e-8f9a0b1c2d3e', title: 'Werving klaar', month: '2025-06' }],
  }],
  targets: [{ id: '9a3f4e5d-4444-4c7d-8e8f-9a0b1c2d3e4f', actionId: null, level: 'middenweg', indicator: 'Werkgevers benaderd', unit: 'werkgevers', baseline: 0, targetValue: 20, deadline: '2026-12-31' }],
  jobGoals: [{ year: 2025, jobs: 56.3 }],
  unusedTypeReasons: [{ typeId: 8, reason: 'Past niet bij de organisatie.' }],
  signatories: [{ id: 'a1b2c3d4-5555-4d8e-9f0a-1b2c3d4e5f60', name: 'J. de Vries', function: 'Secretaris-generaal', organisation: 'Defensie', required: true }],
};

/** The same value with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)]));
  return value;
}

describe('canonical serialisation of a revision', () => {
  it('sorts keys and leaves no whitespace between tokens', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0, y: -0 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":0,"z":0}}');
  });

  it('is the same whatever order the keys arrive in', () => {
    expect(canonicalJson(reversed(content))).toBe(canonicalJson(content));
  });

  it('keeps the order of arrays: the order of actions is content', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it.each([
    ['Windows line endings', 'Eerste regel\r\nTweede regel', 'Eerste regel\nTweede regel'],
    ['old Mac line endings', 'Eerste\rTweede', 'Eerste\nTweede'],
    ['spaces at the end of lines', 'Eerste   \nTweede\t', 'Eerste\nTweede'],
    ['leading and trailing blank lines', '\n\n  Tekst  \n\n', 'Tekst'],
    ['a decomposed é (NFD) becomes the composed one', 'Cafe\u0301', 'Caf\u00e9'],
  ])('normalises %s', (_label, typed, normal) => {
    expect(normaliseText(typed)).toBe(normal);
    expect(canonicalJson({ ...content, introduction: typed })).toBe(canonicalJson({ ...content, introduction: normal }));
  });

  it('keeps whitespace inside a line and quotes, ampersands and emoji as they are', () => {
    expect(normaliseText('29,02  banen & “meer” 🎉')).toBe('29,02  banen & “meer” 🎉');
    expect(canonicalJson({ ...content, title: 'a  b' })).not.toBe(canonicalJson({ ...content, title: 'a b' }));
  });

  it('leaves out undefined and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });

  it('shows a hash as four groups of four hex digits', () => {
    expect(fingerprint('3f2a9c1b77d0e4a2' + '0'.repeat(48))).toBe('3F2A 9C1B 77D0 E4A2');
  });
});

describe('what a draft changes against a revision', () => {
  it('is nothing for text that only differs in irrelevant whitespace', () => {
    expect(contentChanges(content, { ...content, accountability: `${content.accountability}  \r\n` })).toEqual([]);
  });

  it('names added, changed and removed items in Dutch', () => {
    const after: RevisionContent = {
      ...content,
      title: 'Werkagenda Defensie 2025-2026 (herzien)',
      actions: [{ ...content.actions[0]!, owner: 'Directie HR' }],
      knelpunten: [],
      signatories: [...content.signatories, { id: 'b2c3d4e5-6666-4e9f-8a1b-2c3d4e5f6a70', name: 'A. Jansen', function: '', organisation: '', required: false }],
    };
    expect(contentChanges(content, after).map((change) => change.text)).toEqual([
      'De titel is gewijzigd.',
      'Knelpunt “Beperkt mandaat” is verwijderd.',
      'Actie “Jobcoaches werven” is gewijzigd.',
      'Ondertekenaar “A. Jansen” is toegevoegd.',
    ]);
  });
});

describe('targets per year and revisions frozen before they existed', () => {
  const meta = { status: 'vastgesteld' as const, sectorName: 'Defensie', predecessorId: null, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };

  it('gives a revision without perYear the same canonical form as the draft read back from it', () => {
    // A content frozen before 0008 has no perYear; the draft after the migration has perYear false.
    const draft = detailFromContent(content, meta);
    expect(draft.targets[0]!.perYear).toBe(false);
    expect(canonicalJson(revisionContentOf(draft))).toBe(canonicalJson(content));
  });

  it('changes the content only when a target is made per year, and names it as a change', () => {
    const draft = detailFromContent(content, meta);
    const perYear = revisionContentOf({ ...draft, targets: draft.targets.map((target) => ({ ...target, perYear: true })) });
    expect(canonicalJson(perYear)).not.toBe(canonicalJson(content));
    expect(contentChanges(content, perYear).map((change) => change.text)).toEqual(['Doel “Werkgevers benaderd” is gewijzigd.']);
  });

  it('normalises every text as the full rules do, also where the quick check lets plain text through', () => {
    // The rules of version 1 written out the slow way, the reference the quick check must agree with.
    const byTheRules = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+$/gm, '').trim();
    const texts = ['', ' ', '\n', 'Meet and greets', 'a ', ' a', 'a\n', '\na', 'a \nb', 'a\t\nb', 'a\u00a0\nb', 'a\r\nb', 'a\rb',
      'a\n\n b', 'a  b', 'tab\tin het midden', 'Cafe\u0301', 'Café', '“250 banen”', 'regel een  \nregel twee\t', 'x\u2028y'];
    for (const text of texts) expect(normaliseText(text), JSON.stringify(text)).toBe(byTheRules(text));
  });

  it('puts a kept canonical part in place as it is, so an assembled content hashes as the whole one', () => {
    const parts = { ...content, actions: content.actions.map((action) => new CanonicalPart(canonicalJson(action))), targets: content.targets.map((target) => new CanonicalPart(canonicalJson(target))) };
    expect(canonicalJson(parts)).toBe(canonicalJson(content));
  });
});
