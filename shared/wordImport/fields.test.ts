import { describe, expect, it } from 'vitest';
import { guessActor, guessNature, labelledParts, readJobGoals, readSignatoryLine, readTarget, splitCause, splitTitle } from './fields';
import { headingKind, splitSections } from './sections';

describe('reading the fields of a Word werkagenda', () => {
  it.each([
    ['Ten minste 20 werkgevers benaderd', { unit: 'werkgevers', targetValue: 20, perYear: false }],
    ['4 bijeenkomsten per jaar', { unit: 'bijeenkomsten', targetValue: 4, perYear: true }],
    ['1.250 extra banen', { unit: 'banen', targetValue: 1250 }],
    ['Minimaal 12,5 procent van de inkoop', { unit: 'procent', targetValue: 12.5 }],
  ])('target in “%s”', (text, expected) => {
    expect(readTarget(text)).toMatchObject(expected);
  });

  it('leaves a result without a number, or with one no target can have, as words', () => {
    expect(readTarget('Meer begrip bij leidinggevenden')).toBeNull();
    expect(readTarget('9.999.999.999.999 werkgevers')).toBeNull();
    expect(readJobGoals('In 2025 9.999.999 banen')).toEqual([]);
  });

  it.each([
    ['In 2025 realiseren we 150 extra banen, en in 2026 180 banen.', [[2025, 150], [2026, 180]]],
    ['2025: 56,3 banen; 2026: 68 banen', [[2025, 56.3], [2026, 68]]],
    ['We willen 1.200 banen voor eind 2026.', [[2026, 1200]]],
    ['Het aantal banen groeit.', []],
  ])('job goals in “%s”', (text, goals) => {
    expect(readJobGoals(text).map((goal) => [goal.year, goal.jobs])).toEqual(goals);
  });

  it.each([
    ['J. de Vries, voorzitter, VNG', { name: 'J. de Vries', function: 'voorzitter', organisation: 'VNG' }],
    ['M. de Boer – dijkgraaf', { name: 'M. de Boer', function: 'dijkgraaf', organisation: '' }],
    ['mr. A. Smit (secretaris-generaal, BZK)', { name: 'mr. A. Smit', function: 'secretaris-generaal', organisation: 'BZK' }],
    ['Datum: ________', null],
  ])('signatory in “%s”', (line, expected) => {
    expect(readSignatoryLine(line)).toEqual(expected);
  });

  it.each([
    ['Netwerkbijeenkomsten: vier keer per jaar.', 'Netwerkbijeenkomsten', 'Vier keer per jaar.'],
    ['Jobcarving: ijverige teams herverdelen taken.', 'Jobcarving', 'IJverige teams herverdelen taken.'],
    ['Inkoop: 5% van de opdrachten via SROI.', 'Inkoop', '5% van de opdrachten via SROI.'],
    ['We organiseren meet and greets. Daarna volgt een evaluatie.', 'We organiseren meet and greets', 'Daarna volgt een evaluatie.'],
  ])('title of “%s”', (text, title, rest) => {
    expect(splitTitle(text)).toEqual({ title, rest });
  });

  it('splits labelled lines off a description', () => {
    expect(labelledParts('Bijeenkomsten in de regio.\nPlanning: Q3 2025\nTrekker: VNG\nResultaat: 4 bijeenkomsten')).toEqual({
      labelled: { planning: 'Q3 2025', owner: 'VNG', result: '4 bijeenkomsten' }, rest: 'Bijeenkomsten in de regio.',
    });
    // The cause is a sentence and starts with a capital; a planning and a trekker keep the case the document gave them.
    expect(labelledParts('Planning: januari 2025\nTrekker: de VNG\nOorzaak: weinig tijd').labelled).toEqual({ planning: 'januari 2025', owner: 'de VNG', cause: 'Weinig tijd' });
  });

  it.each([
    ['Dat komt doordat HR-afdelingen klein zijn.', 'HR-afdelingen klein zijn.'],
    ['Te weinig tijd. Oorzaak: de sectorvertegenwoordiger werkt parttime.', 'De sectorvertegenwoordiger werkt parttime'],
    ['Geen reden genoemd.', ''],
  ])('cause in “%s”', (text, cause) => {
    expect(splitCause(text).cause).toBe(cause);
  });

  it.each([
    ['UWV en het WSP', '', 'partner'], ['Gemeenten', '', 'werkgevers'], ['VNG, programmaleider', '', 'sector'], ['', 'Iets zonder aanwijzing', null],
  ])('actor of trekker “%s”', (owner, text, actor) => {
    expect(guessActor(owner, text)).toBe(actor);
  });

  it.each([['Voortzetting van de pilot', 'voortgezet'], ['Al sinds 2019 bestaande praktijk', 'bestaand'], ['We starten een netwerk', 'nieuw'], ['Bijeenkomsten', null]])('nature of “%s”', (text, nature) => {
    expect(guessNature(text)).toBe(nature);
  });

  it.each([['3. Knelpunten', 'knelpunten'], ['Knelpunten', 'knelpunten'], ['Probleemanalyse', 'knelpunten'], ['Activiteiten 2025-2026', 'acties'], ['Wat gaan we verder doen', 'acties'], ['Ondertekening', 'ondertekening'], ['Bijlage 1', 'overig'], ['Over ons', null]])('heading “%s”', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it('splits a document at its section headings; a deeper heading without a known word stays inside', () => {
    const { title, sections } = splitSections([
      { kind: 'heading', level: 0, text: 'Werkagenda Politie 2025-2026' },
      { kind: 'heading', level: 1, text: '1. Acties' },
      { kind: 'heading', level: 2, text: 'Meet and greets' },
      { kind: 'paragraph', text: 'In het najaar.', list: null },
      { kind: 'heading', level: 1, text: '2. Ondertekening' },
    ]);
    expect(title).toBe('Werkagenda Politie 2025-2026');
    expect(sections.map((section) => [section.kind, section.blocks.length])).toEqual([['acties', 2], ['ondertekening', 0]]);
  });
});
