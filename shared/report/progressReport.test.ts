import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { isLate, planningWords } from './actionsAtPeildatum';
import { defaultPeildatum } from './peildatum';
import { statusWords } from './words';
import { buildProgressReport, noMeasurementsSentence, type ReportExecution, type ReportInput, type ReportPlan } from './progressReport';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type PlanAction = ReportPlan['actions'][number];
type PlanTarget = ReportPlan['targets'][number];

const action = (n: number, fields: Partial<PlanAction> = {}): PlanAction =>
  ({ id: id(n), title: `Actie ${n}`, startMonth: null, endMonth: null, jobsPrognosis: null, milestones: [], ...fields });
const target = (n: number, fields: Partial<PlanTarget> = {}): PlanTarget => ({
  id: id(100 + n), actionId: null, level: 'middenweg', indicator: `Doel ${n}`, unit: 'werkgevers',
  baseline: 0, targetValue: 10, deadline: '2026-12-31', perYear: false, ...fields,
});

const emptyExecution: ReportExecution = {
  actions: [], doneMilestoneIds: [], notes: [], measurements: [], evaluations: [], foundKnelpunten: [],
  jobs: { employers: [], realised: [], quotumPercentages: [] },
};

function input(plan: Partial<ReportPlan>, execution: Partial<ReportExecution> = {}, peildatum: string | null = '2025-12-31'): ReportInput {
  return {
    plan: { id: id(1), title: 'Werkagenda Defensie 2025-2026', sectorName: 'Defensie', startYear: 2025, endYear: 2026, actions: [], targets: [], jobGoals: [], ...plan },
    basis: { kind: 'concept' },
    execution: { ...emptyExecution, ...execution },
    peildatum,
    today: '2026-12-01',
  };
}

describe('the peildatum', () => {
  it.each([
    { today: '2026-12-01', expected: '2025-12-31', why: 'the latest 31 December that has passed' },
    { today: '2026-12-31', expected: '2026-12-31', why: 'the last day of the period itself' },
    { today: '2027-03-01', expected: '2026-12-31', why: 'after the period: its last 31 December' },
    { today: '2025-06-01', expected: '2025-12-31', why: 'none passed yet: the first year' },
  ])('defaults to $expected on $today ($why)', ({ today, expected }) => {
    expect(defaultPeildatum(2025, 2026, today)).toBe(expected);
  });

  it('refuses a peildatum outside the period in Dutch, naming the period', () => {
    for (const peildatum of ['2024-12-31', '2027-01-01']) {
      let error: unknown;
      try {
        buildProgressReport(input({}, {}, peildatum));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).toJSON()).toEqual({
        code: 'VALIDATION', field: 'peildatum', message: 'De peildatum moet in de looptijd liggen: van 1 januari 2025 tot en met 31 december 2026.',
      });
    }
  });

  it('uses the default when none is given and says so', () => {
    const report = buildProgressReport(input({}, {}, null));
    expect(report).toMatchObject({ peildatum: '2025-12-31', peildatumIsDefault: true });
    expect(buildProgressReport(input({}, {}, '2026-03-15')).peildatumIsDefault).toBe(false);
  });
});

describe('jobs in the report (seed 003 §3.2.2: the universities)', () => {
  const plan: Partial<ReportPlan> = {
    startYear: 2019, endYear: 2020, jobGoals: [{ year: 2019, jobs: 56.3 }],
    actions: [action(1, { jobsPrognosis: 5 }), action(2, { jobsPrognosis: 8.5 }), action(3)],
  };
  const jobs: ReportExecution['jobs'] = {
    employers: [],
    quotumPercentages: [],
    realised: [
      { employerId: null, referenceDate: '2019-07-01', jobs: 29.02, kind: 'regulier' },
      { employerId: null, referenceDate: '2019-12-31', jobs: 36.2, kind: 'regulier' },
      { employerId: null, referenceDate: '2019-12-31', jobs: 4, kind: 'inkoop_sroi' },
    ],
  };

  it('compares 36,2 on 31 December 2019 with the goal of 56,3: 64%, 20,1 behind; inkoop apart', () => {
    const report = buildProgressReport(input(plan, { jobs }, '2019-12-31'));
    expect(report.jobs.sentence).toBe('36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019): 64%, achterstand 20,1 banen.');
    expect(report.jobs.share).toBeCloseTo(36.2 / 56.3, 6);
    expect(report.jobs.behind).toBeCloseTo(20.1, 6);
    expect(report.jobs.rows.map((row) => [row.date, row.realised, row.inkoop])).toEqual([['2019-07-01', 29.02, null], ['2019-12-31', 36.2, 4]]);
    expect(report.jobs.inkoop).toEqual({ date: '2019-12-31', jobs: 4 });
  });

  it('leaves out figures after the peildatum and says a mid-year date is compared with the year-end goal', () => {
    const report = buildProgressReport(input(plan, { jobs }, '2019-11-30'));
    expect(report.jobs.sentence).toBe('29,02 banen gerealiseerd op 1 juli 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019; de peildatum ligt vóór het einde van het jaar): 52%, achterstand 27,3 banen.');
    expect(report.jobs.rows).toHaveLength(1);
    expect(report.jobs.inkoop).toBeNull();
  });

  it('sets the sum of the prognoses against the goal and against the shortfall', () => {
    const { prognosis } = buildProgressReport(input(plan, { jobs }, '2019-12-31')).jobs;
    expect(prognosis).toMatchObject({ total: 13.5, withPrognosis: 2, withoutPrognosis: 1 });
    expect(prognosis.gap).toBeCloseTo(42.8, 6);
    expect(prognosis.sentence).toBe('De prognoses van 2 van de 3 acties tellen op tot 13,5 banen. Het doel voor 2019 is 56,3 banen (doel van de werkagenda): de prognoses blijven 42,8 banen onder het doel. Op de peildatum is de achterstand 20,1 banen: de prognoses dekken daarvan 13,5 banen.');
    const none = buildProgressReport(input({ ...plan, actions: [action(1)] }, { jobs }, '2019-12-31')).jobs.prognosis;
    expect(none.sentence).toMatch(/^Geen enkele actie heeft een prognose van banen/);
  });

  it('applies the quotum only to employers above 40.575 paid hours', () => {
    const employers = [
      { id: id(50), name: 'Tilburg University', hours: [{ year: 2019, kind: 'uren' as const, hoursPerYear: 2_000_000, fte: null, hoursPerWeek: null }] },
      { id: id(51), name: 'Klein instituut', hours: [{ year: 2019, kind: 'uren' as const, hoursPerYear: 40_000, fte: null, hoursPerWeek: null }] },
      { id: id(52), name: 'Zonder uren', hours: [] },
    ];
    const realised = [{ employerId: id(50), referenceDate: '2019-12-31', jobs: 30, kind: 'regulier' as const }];
    const report = buildProgressReport(input({ startYear: 2019, endYear: 2020 }, {
      jobs: { employers, realised, quotumPercentages: [{ year: 2019, percentage: 2.76, source: '' }] },
    }, '2019-12-31'));
    const [tilburg, small, none] = report.jobs.employers;
    const required = 0.0276 * 2_000_000 / 1331;
    expect(tilburg).toMatchObject({ name: 'Tilburg University', quotumApplies: true, realised: 30, requiredText: '41,5 banen' });
    expect(tilburg!.required).toBeCloseTo(required, 6);
    expect(tilburg!.share).toBeCloseTo(30 / required, 6);
    expect(tilburg!.behind).toBeCloseTo(required - 30, 6);
    expect(small).toMatchObject({ quotumApplies: false, required: null, requiredText: 'geen quotum (40.575 uur of minder)', share: null });
    expect(none).toMatchObject({ quotumApplies: null, requiredText: 'geen uren ingevuld voor 2019' });
    // Without an own goal the quotum requirement is the target of the year.
    expect(report.jobs.target).toMatchObject({ year: 2019, source: 'quotum' });
    expect(report.jobs.target!.value).toBeCloseTo(required, 6);
  });
});

describe('targets in the report', () => {
  it('judges a per-year target per calendar year at the peildatum', () => {
    const perYear = target(1, { indicator: 'Bijeenkomsten met werkgevers', unit: 'bijeenkomsten', targetValue: 4, perYear: true, deadline: null });
    const measurements = [
      { targetId: perYear.id, date: '2025-06-30', value: 2, source: 'Verslag', note: '' },
      { targetId: perYear.id, date: '2025-12-31', value: 4, source: 'Verslag', note: '' },
      { targetId: perYear.id, date: '2026-03-31', value: 0.5, source: 'Verslag', note: '' },
      { targetId: perYear.id, date: '2026-09-30', value: 4, source: 'Verslag', note: 'Na de peildatum' },
    ];
    const report = buildProgressReport(input({ targets: [perYear] }, { measurements }, '2026-06-30'));
    const [judged] = report.targets;
    expect(judged!.measurements.map((m) => m.date)).toEqual(['2025-06-30', '2025-12-31', '2026-03-31']);
    expect(judged!.status).toBe('achter');
    expect(judged!.reason).toMatch(/^In 2026 is de stand 0,5 bijeenkomsten op 31 maart 2026/);
    expect(judged!.years.map((year) => [year.year, year.status])).toEqual([[2025, 'behaald'], [2026, 'achter']]);
    expect(report.glance.targets).toEqual({ behaald: 0, op_koers: 0, achter: 1, geen_gegevens: 0, total: 1 });
  });

  it('says plainly when nothing has been measured', () => {
    const report = buildProgressReport(input({ targets: [target(1), target(2)] }, {
      measurements: [{ targetId: id(101), date: '2026-02-01', value: 3, source: '', note: '' }],
    }, '2025-12-31'));
    expect(report.hasMeasurements).toBe(false);
    expect(report.glance.targets).toEqual({ behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 2, total: 2 });
    expect(noMeasurementsSentence(report.peildatum)).toBe('Er zijn tot en met 31 december 2025 nog geen metingen vastgelegd bij de doelen van deze werkagenda, dus van geen enkel doel is te zeggen of het op koers ligt.');
  });
});

describe('actions in the report', () => {
  it.each([
    { status: 'lopend' as const, endMonth: '2025-11', late: true, why: 'end month before the peildatum, not finished' },
    { status: 'gepland' as const, endMonth: '2025-11', late: true, why: 'never started and overdue' },
    { status: 'lopend' as const, endMonth: '2025-12', late: false, why: 'the end month is the peildatum\'s own month' },
    { status: 'afgerond' as const, endMonth: '2025-01', late: false, why: 'finished' },
    { status: 'gestopt' as const, endMonth: '2025-01', late: false, why: 'stopped counts apart' },
    { status: 'lopend' as const, endMonth: null, late: false, why: 'no end month' },
  ])('te laat on 31 December 2025: $late ($why)', ({ status, endMonth, late }) => {
    expect(isLate({ status, startMonth: '2025-01', endMonth }, '2025-12-31')).toBe(late);
  });

  it('says the planning against the peildatum in words', () => {
    expect(planningWords({ status: 'lopend', startMonth: '2025-03', endMonth: '2025-11' }, '2025-12-31'))
      .toBe('Gepland van maart 2025 tot en met november 2025. Te laat: de eindmaand is voorbij op de peildatum en de actie is niet afgerond.');
    expect(planningWords({ status: 'gepland', startMonth: '2026-03', endMonth: '2026-11' }, '2025-12-31'))
      .toBe('Gepland van maart 2026 tot en met november 2026. De startmaand ligt na de peildatum.');
    expect(planningWords({ status: 'gepland', startMonth: null, endMonth: null }, '2025-12-31')).toBe('Geen planning ingevuld.');
  });

  it('counts every action once, matches execution by id, and keeps the latest 3 notes up to the peildatum', () => {
    const actions = [
      action(1, { endMonth: '2025-06', milestones: [{ id: id(61), title: 'Start', month: '2025-02' }, { id: id(62), title: 'Einde', month: '2025-06' }] }),
      action(2, { endMonth: '2026-06' }), action(3, { endMonth: '2026-06' }), action(4), action(5, { endMonth: '2025-03' }),
      action(6, { title: 'Alleen in het plan' }),
    ];
    const note = (n: number, date: string) => ({ actionId: id(1), date, author: 'A. Jansen', text: `Notitie ${n}`, createdAt: `${date}T10:00:00Z` });
    const report = buildProgressReport(input({ actions }, {
      actions: [
        { id: id(1), status: 'lopend', statusDate: '2025-02-01' }, { id: id(2), status: 'lopend', statusDate: null },
        { id: id(3), status: 'afgerond', statusDate: null }, { id: id(4), status: 'gestopt', statusDate: '2025-10-01' },
        { id: id(5), status: 'afgerond', statusDate: null },
      ],
      doneMilestoneIds: [id(61)],
      notes: [note(1, '2025-02-01'), note(2, '2025-05-01'), note(3, '2025-08-01'), note(4, '2025-11-01'), note(5, '2026-01-15')],
    }));
    expect(report.glance.actions).toEqual({ afgerond: 2, lopend: 1, te_laat: 1, niet_gestart: 1, gestopt: 1, total: 6 });
    const [first] = report.actions;
    expect(first).toMatchObject({ status: 'lopend', late: true, milestonesDone: [{ title: 'Start' }], milestonesOpen: [{ title: 'Einde' }], noteCount: 4 });
    expect(first!.notes.map((item) => item.text)).toEqual(['Notitie 4', 'Notitie 3', 'Notitie 2']);
    expect(report.actions[5]).toMatchObject({ title: 'Alleen in het plan', status: 'gepland', late: false });
  });
});

describe('what most needs attention', () => {
  it('ranks targets furthest behind first, then late actions, then stopped ones without follow-up, three at most', () => {
    const targets = [
      target(1, { indicator: 'Een beetje achter', targetValue: 10 }),
      target(2, { indicator: 'Ver achter', targetValue: 10 }),
      target(3, { indicator: 'Behaald', targetValue: 10 }),
    ];
    const measurements = [
      { targetId: id(101), date: '2025-12-31', value: 4, source: '', note: '' }, // about 5 expected: 0.1 of the way missing
      { targetId: id(102), date: '2025-12-31', value: 1, source: '', note: '' }, // 0.4 of the way missing
      { targetId: id(103), date: '2025-12-31', value: 10, source: '', note: '' },
    ];
    const actions = [action(1, { title: 'Gestopt zonder vervolg' }), action(2, { title: 'Te laat', endMonth: '2025-05' })];
    const execution = {
      measurements,
      actions: [{ id: id(1), status: 'gestopt' as const, statusDate: '2025-09-01' }, { id: id(2), status: 'lopend' as const, statusDate: null }],
    };
    const report = buildProgressReport(input({ targets, actions }, execution));
    expect(report.glance.attention.map((point) => [point.kind, point.title])).toEqual([
      ['doel_achter', 'Ver achter'], ['doel_achter', 'Een beetje achter'], ['actie_te_laat', 'Te laat'],
    ]);
    expect(report.glance.attention[0]!.reason).toMatch(/^Loopt achter\. De laatste meting is 1 werkgevers op 31 december 2025/);

    const withoutTargets = buildProgressReport(input({ actions }, execution));
    expect(withoutTargets.glance.attention).toEqual([
      { kind: 'actie_te_laat', title: 'Te laat', reason: 'Te laat: gepland tot en met mei 2025, de status is lopend.' },
      { kind: 'actie_gestopt', title: 'Gestopt zonder vervolg', reason: 'Gestopt op 1 september 2025, zonder voortgangsnotitie over het vervolg.' },
    ]);
    // A note on or after the day it stopped is the follow-up.
    const answered = buildProgressReport(input({ actions }, { ...execution, notes: [{ actionId: id(1), date: '2025-09-01', author: 'X', text: 'Budget naar actie 2.', createdAt: '2025-09-01T09:00:00Z' }] }));
    expect(answered.glance.attention.map((point) => point.kind)).toEqual(['actie_te_laat']);
  });
});

describe('basis, evaluation and knelpunten', () => {
  it('names the vastgestelde version, or marks the draft CONCEPT', () => {
    expect(buildProgressReport(input({})).basisText).toMatch(/^CONCEPT: er is nog geen vastgestelde versie/);
    const signed = buildProgressReport({ ...input({}), basis: { kind: 'vastgesteld', number: 2, fingerprint: 'AB12 CD34 EF56 0789' } });
    expect(signed.basisText).toBe('Deze rapportage gaat over versie 2 van de werkagenda, de laatst vastgestelde (controlecode AB12 CD34 EF56 0789).');
  });

  it('keeps only written evaluations and names the actions of a found knelpunt by their title in the plan', () => {
    const report = buildProgressReport(input({ actions: [action(1, { title: 'Meet and greets' }), action(2)] }, {
      evaluations: [
        { actionId: id(1), actionTitle: 'Oude titel', result: 'deels', why: 'Weinig aanmeldingen.', lesson: 'Eerder uitnodigen.' },
        { actionId: id(2), actionTitle: 'Actie 2', result: null, why: '', lesson: '' },
      ],
      foundKnelpunten: [{ title: 'Begeleiding ontbreekt', description: '', cause: 'Geen jobcoach', actionIds: [id(1), id(99)] }],
    }));
    expect(report.evaluations).toEqual([{ actionTitle: 'Meet and greets', result: 'deels', why: 'Weinig aanmeldingen.', lesson: 'Eerder uitnodigen.' }]);
    expect(report.foundKnelpunten).toEqual([{ title: 'Begeleiding ontbreekt', description: '', cause: 'Geen jobcoach', actionTitles: ['Meet and greets'] }]);
  });
});

describe('the words of the report', () => {
  it('says when the recorded status was set after the peildatum', () => {
    const [lopend] = buildProgressReport(input({ actions: [action(1)] }, { actions: [{ id: id(1), status: 'lopend', statusDate: '2026-03-01' }] })).actions;
    expect(statusWords(lopend!, '2026-06-30')).toBe('Lopend (sinds 1 maart 2026)');
    expect(statusWords(lopend!, '2025-12-31')).toBe('Lopend (zo vastgelegd op 1 maart 2026, na de peildatum)');
  });

  it('has a sentence for an agenda without actions instead of a prognosis', () => {
    expect(buildProgressReport(input({})).jobs.prognosis.sentence).toBe('De werkagenda heeft geen acties, dus ook geen prognose van banen.');
  });
});
