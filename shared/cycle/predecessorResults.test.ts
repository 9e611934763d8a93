import { describe, expect, it } from 'vitest';
import { lookbackDraft, lookbackMaxLength } from './lookbackDraft';
import { lookbackDate, predecessorResults, type PredecessorData } from './predecessorResults';
import { AgendaFieldsSchema } from '../domain/agenda';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The universities of seed 003 §3.2.2: 36,2 jobs realised against a goal of 56,3 at the end of 2019. */
function universities(overrides: Partial<PredecessorData> = {}): PredecessorData {
  return {
    id: id(1), title: 'Werkagenda Universiteiten 2018-2019', sectorName: 'Universiteiten', startYear: 2018, endYear: 2019,
    actions: [
      { id: id(11), title: 'Meet and greets', status: 'afgerond', evaluation: { result: 'deels', why: 'Goed bezocht, weinig plaatsingen', lesson: 'Koppel aan echte vacatures' } },
      { id: id(12), title: 'Jobcoaches', status: 'lopend', evaluation: { result: 'werkte', why: '', lesson: 'Vroeg inzetten.' } },
      { id: id(13), title: 'Banenmarkt', status: 'gestopt', evaluation: { result: 'niet', why: 'Geen werkgevers\nkwamen', lesson: '' } },
      { id: id(14), title: 'Functies creëren', status: 'gepland', evaluation: { result: null, why: '', lesson: '' } },
    ],
    targets: [
      { id: id(21), actionId: id(11), level: 'middenweg', indicator: 'Bijeenkomsten', unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2019-12-31', perYear: false,
        measurements: [{ date: '2018-06-30', value: 3 }, { date: '2019-11-01', value: 9 }] },
      { id: id(22), actionId: null, level: 'breed', indicator: 'Werkgevers met een plaatsing', unit: 'werkgevers', baseline: 2, targetValue: 12, deadline: '2019-12-31', perYear: false,
        measurements: [{ date: '2019-06-30', value: 5 }] },
      { id: id(23), actionId: id(12), level: 'smal', indicator: 'Intervisie', unit: 'bijeenkomsten', baseline: null, targetValue: 4, deadline: null, perYear: true,
        measurements: [{ date: '2018-12-01', value: 4 }, { date: '2019-10-01', value: 2 }] },
      { id: id(24), actionId: null, level: 'smal', indicator: 'Stages', unit: 'stages', baseline: 0, targetValue: 10, deadline: null, perYear: false, measurements: [] },
    ],
    jobs: {
      startYear: 2018, endYear: 2019, jobGoals: [{ year: 2019, jobs: 56.3 }], employers: [], quotumPercentages: [],
      realised: [
        { employerId: null, referenceDate: '2019-07-01', jobs: 29.02, kind: 'regulier' },
        { employerId: null, referenceDate: '2019-12-31', jobs: 36.2, kind: 'regulier' },
      ],
    },
    ...overrides,
  };
}

describe('lookbackDate', () => {
  it('is 31 December of the last year, or today while the period runs', () => {
    expect(lookbackDate(2019, '2026-02-04')).toBe('2019-12-31');
    expect(lookbackDate(2026, '2026-02-04')).toBe('2026-02-04');
  });
});

describe('predecessorResults', () => {
  it('gives per action the status and the evaluation, per target whether it was reached, and the jobs sentence', () => {
    const results = predecessorResults(universities(), '2026-02-04');
    expect(results).toMatchObject({ title: 'Werkagenda Universiteiten 2018-2019', period: '2018-2019', asOf: '2019-12-31', ended: true });
    expect(results.actions.map((action) => [action.title, action.statusLabel, action.resultLabel, action.lesson])).toEqual([
      ['Meet and greets', 'Afgerond', 'Werkte deels', 'Koppel aan echte vacatures'],
      ['Jobcoaches', 'Lopend', 'Werkte', 'Vroeg inzetten.'],
      ['Banenmarkt', 'Gestopt', 'Werkte niet', ''],
      ['Functies creëren', 'Gepland', 'Niet geëvalueerd', ''],
    ]);
    expect(results.targets.map((target) => [target.indicator, target.actionTitle, target.status, target.verdictLabel])).toEqual([
      ['Bijeenkomsten', 'Meet and greets', 'behaald', 'Behaald'],
      ['Werkgevers met een plaatsing', null, 'achter', 'Niet behaald'],
      ['Intervisie', 'Jobcoaches', 'achter', 'Niet behaald'],
      ['Stages', null, 'geen_gegevens', 'Nog niet gemeten'],
    ]);
    // A target per year is judged per calendar year, each year said apart.
    expect(results.targets[2]!.reason).toMatch(/In 2019 is de stand 2 bijeenkomsten.*niet bereikt\. Per jaar: 2018: behaald; 2019: niet behaald\.$/);
    expect(results.jobsSentence).toBe('36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019): 64%, achterstand 20,1 banen.');
  });

  it('judges an agenda still running on today, leaving out later figures', () => {
    const results = predecessorResults(universities(), '2019-08-01');
    expect(results).toMatchObject({ asOf: '2019-08-01', ended: false });
    expect(results.targets[0]).toMatchObject({ status: 'op_koers', verdictLabel: 'Op koers' });
    expect(results.targets[1]).toMatchObject({ status: 'achter', verdictLabel: 'Loopt achter' });
    expect(results.jobsSentence).toMatch(/^29,02 banen gerealiseerd op 1 juli 2019, tegenover 56,3 .*vóór het einde van het jaar\): 52%/);
  });
});

describe('lookbackDraft', () => {
  it('writes a draft that says it is one, with every action, target and the jobs, in plain lines', () => {
    const draft = lookbackDraft(predecessorResults(universities(), '2026-02-04'));
    expect(draft.split('\n\n')).toEqual([
      'Concept, opgesteld uit de evaluatie van “Werkagenda Universiteiten 2018-2019” (2018-2019); pas het aan.\nStand op 31 december 2019, het einde van de vorige periode.',
      [
        'Acties',
        '- Meet and greets (afgerond): werkte deels. Waarom: Goed bezocht, weinig plaatsingen. Les: Koppel aan echte vacatures.',
        '- Jobcoaches (lopend): werkte. Les: Vroeg inzetten.',
        '- Banenmarkt (gestopt): werkte niet. Waarom: Geen werkgevers kwamen.',
        '- Functies creëren (gepland): nog niet geëvalueerd.',
      ].join('\n'),
      expect.stringMatching(/^Doelen\n- Bijeenkomsten: behaald\. De laatste meting is 9 bijeenkomsten op 1 november 2019 en bereikt de streefwaarde van 8 bijeenkomsten\.\n- Werkgevers met een plaatsing: niet behaald\. .*\n- Intervisie: niet behaald\. .*\n- Stages: nog geen meting tot en met 31 december 2019\.$/),
      'Banen\n36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019): 64%, achterstand 20,1 banen.',
    ]);
    expect(AgendaFieldsSchema.shape.lookback.safeParse(draft).success).toBe(true);
  });

  it('says so when the predecessor had no actions, targets or jobs', () => {
    const draft = lookbackDraft(predecessorResults(universities({ actions: [], targets: [], jobs: { ...universities().jobs, realised: [] } }), '2026-02-04'));
    expect(draft).toContain('Acties\nDe vorige werkagenda had geen acties.');
    expect(draft).toContain('Doelen\nDe vorige werkagenda had geen meetbare doelen.');
    expect(draft).toContain('Banen\nNog geen gerealiseerde banen vastgelegd.');
  });

  it('stays within the Terugblik\'s maximum: long evaluations are shortened, then actions left out with a count', () => {
    const long = 'Een lange uitleg. '.repeat(200);
    const many = Array.from({ length: 300 }, (_, index) => ({
      id: id(1000 + index), title: `Actie ${index + 1}`, status: 'afgerond' as const, evaluation: { result: 'werkte' as const, why: long, lesson: long },
    }));
    const draft = lookbackDraft(predecessorResults(universities({ actions: many }), '2026-02-04'));
    expect(draft.length).toBeLessThanOrEqual(lookbackMaxLength);
    expect(AgendaFieldsSchema.shape.lookback.safeParse(draft).success).toBe(true);
    expect(draft).toContain('- Actie 1 (afgerond): werkte. Waarom: Een lange uitleg.');
    expect(draft).toMatch(/…/);
    const shown = draft.split('\n').filter((line) => /^- Actie \d+ /.test(line)).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(300);
    expect(draft).toContain(`- En nog ${300 - shown} acties: zie de evaluatie van de vorige werkagenda.`);
    // The targets and jobs are still there after the cut.
    expect(draft).toContain('Banen\n36,2 banen gerealiseerd');

    // A few long evaluations only get shortened, nothing left out.
    const few = lookbackDraft(predecessorResults(universities({ actions: many.slice(0, 20) }), '2026-02-04'));
    expect(few.length).toBeLessThanOrEqual(lookbackMaxLength);
    expect(few).toContain('- Actie 20 (afgerond)');
    expect(few).not.toContain('En nog');
  });
});
