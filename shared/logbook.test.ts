import { describe, expect, it } from 'vitest';
import { AuditKindSchema } from './domain/signoff';
import { auditKindLabels } from './labels';
import { excerpt, fieldChangeLines, fieldChangeSummary, filterLogbook, formatLoggedValue, groupOfKind, logbookGroups, realisedJobsSummary } from './logbook';

describe('the Logboek’s words for a change', () => {
  it.each([
    ['Defensie wil 68 banen realiseren.', 80, 'Defensie wil 68 banen realiseren.'],
    ['Defensie wil in deze periode 68 banen realiseren. De krijgsmachtdelen werken samen.', 50, 'Defensie wil in deze periode 68 banen realiseren.…'],
    ['  regels\nover   meer\tregels ', 80, 'regels over meer regels'],
    ['Eénwoordzonderspatiesdatveeltelangisvooréénregel', 20, 'Eénwoordzonderspatie…'],
  ])('excerpt(%j, %i)', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });

  it.each([
    [56.3, 'number', '56,3'],
    ['2025-03', 'month', 'maart 2025'],
    ['2026-06-30', 'date', '30 juni 2026'],
    [true, 'yesNo', 'ja'],
    [0, 'yesNo', 'nee'],
    ['werkgevers', 'actor', 'Werkgevers in de sector'],
    ['voortgezet', 'nature', 'Voortgezet uit de vorige werkagenda'],
    ['deels', 'result', 'Werkte deels'],
    ['lopend', 'status', 'Lopend'],
    [null, 'text', ''],
    [[], 'types', ''],
  ] as const)('formatLoggedValue(%j, %s)', (value, format, expected) => {
    expect(formatLoggedValue(value, format)).toBe(expected);
  });

  it('names ids by their titles, and says when one is gone', () => {
    const types = new Map([[4, 'Interne organisatie'], [8, 'Voorlichting']]);
    expect(formatLoggedValue([8, 4], 'types', { types })).toBe('4. Interne organisatie; 8. Voorlichting');
    expect(formatLoggedValue(['k1', 'k2'], 'knelpunten', { knelpunten: new Map([['k1', 'Formatiegestuurd HR-beleid']]) })).toBe('Formatiegestuurd HR-beleid; (verwijderd)');
  });

  it('writes one line per changed field, naming the item and both values', () => {
    const before = { title: 'Meet and greets', startMonth: null, endMonth: '2026-06', owner: 'Programmaleider', knelpuntIds: [] };
    const after = { ...before, startMonth: '2025-03', owner: '' };
    const lines = fieldChangeLines('action', 'a1', before, after);
    expect(lines.map((line) => [line.subject, fieldChangeSummary(line)])).toEqual([
      ['action:a1:owner', 'Actie “Meet and greets”, trekker: was “Programmaleider”, nu leeg.'],
      ['action:a1:startMonth', 'Actie “Meet and greets”, startmaand: was leeg, nu “maart 2025”.'],
    ]);
    expect(fieldChangeLines('agenda', 'x', { introduction: '' }, { introduction: 'Tekst.' }).map(fieldChangeSummary)).toEqual(['Inleiding en context: was leeg, nu “Tekst.”.']);
    // A field the Logboek does not know (a timestamp) is no change worth a line.
    expect(fieldChangeLines('action', 'a1', { ...before, updatedAt: '1' }, { ...before, updatedAt: '2' })).toEqual([]);
  });

  it('writes realised jobs with the kind and whose they are (seed 003: 29,02 jobs by 2026)', () => {
    expect(realisedJobsSummary({ jobs: 29.02, kind: 'regulier', referenceDate: '2025-12-31' }, null, true))
      .toBe('Gerealiseerde banen toegevoegd: 29,02 regulier op 31 december 2025, de sector als geheel.');
  });
});

describe('the Logboek’s filter', () => {
  it('puts every kind of line in exactly one group, and every kind has a label', () => {
    for (const kind of AuditKindSchema.options) {
      expect(logbookGroups.filter((group) => (group.kinds as readonly string[]).includes(kind)), kind).toHaveLength(1);
      expect(auditKindLabels[kind]).toMatch(/^[A-Z]/);
    }
    expect(groupOfKind('plan_gewijzigd')).toBe('plan');
    expect(groupOfKind('reservekopie_teruggezet')).toBe('beheer');
  });

  const events = [
    { kind: 'plan_gewijzigd' as const, actor: 'A. Jansen', summary: 'Actie “Meet and greets”, startmaand: was leeg, nu “maart 2025”.' },
    { kind: 'ondertekend' as const, actor: 'J. de Vries', summary: 'Versie 1 ondertekend.' },
    { kind: 'uitvoering_bijgewerkt' as const, actor: 'A. Jansen', summary: 'Meting bij doel “Werkgevers benaderd” toegevoegd: 3 op 30 juni 2025.' },
  ];
  it.each([
    [{ group: 'alles', actor: 'iedereen', text: '' }, 3],
    [{ group: 'plan', actor: 'iedereen', text: '' }, 1],
    [{ group: 'alles', actor: 'A. Jansen', text: '' }, 2],
    [{ group: 'alles', actor: 'iedereen', text: 'MEET AND' }, 1],
    [{ group: 'alles', actor: 'iedereen', text: 'de vries' }, 1],
    [{ group: 'ondertekening', actor: 'A. Jansen', text: '' }, 0],
  ] as const)('%j keeps %i lines', (filter, count) => {
    expect(filterLogbook(events, filter)).toHaveLength(count);
  });
});
