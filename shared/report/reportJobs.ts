import type { ReportEmployer, ReportJobs } from '../domain/report';
import { countWords, formatNumber } from '../format';
import { comparisonWords, jobsFigures, jobsSentence, targetSourceLabels, type JobsData, type RequiredEmployer, type YearTarget } from '../jobsTable';
import { quotumThresholdHoursPerYear, realisation } from '../quotum';

/**
 * The jobs part of the report. Every figure comes from shared/jobsTable.ts (jobsFigures at the
 * peildatum); this file only picks the year of the peildatum and says it in words.
 */

export function requiredWords(employer: RequiredEmployer, year: number): string {
  if (employer.quotumApplies === null) return `geen uren ingevuld voor ${year}`;
  if (!employer.quotumApplies) return `geen quotum (${formatNumber(quotumThresholdHoursPerYear)} uur of minder)`;
  if (employer.required === null) return `geen quotumpercentage voor ${year}`;
  return `${formatNumber(employer.required, 1)} banen`;
}

/** The latest regular figure of one employer up to the peildatum (the realised figures are already cut off at it). */
function employerRealised(realised: JobsData['realised'], employerId: string): number | null {
  const own = realised.filter((entry) => entry.employerId === employerId && entry.kind === 'regulier');
  const date = own.reduce<string | null>((latest, entry) => (latest === null || entry.referenceDate > latest ? entry.referenceDate : latest), null);
  return date === null ? null : own.filter((entry) => entry.referenceDate === date).reduce((sum, entry) => sum + entry.jobs, 0);
}

const jobsWord = (value: number) => `${formatNumber(value, 1)} ${value === 1 ? 'baan' : 'banen'}`;

/**
 * The question of seed 003 §3.2.2 ("Is het de bedoeling dat deze resultaten tot de gemiste 20,1 banen moeten leiden?"):
 * the actions' prognoses added up, against the goal of the year and against the shortfall on the peildatum.
 */
export function prognosisSentence(total: number, withPrognosis: number, actionCount: number, target: YearTarget | null, year: number, behind: number | null): string {
  if (actionCount === 0) return 'De werkagenda heeft geen acties, dus ook geen prognose van banen.';
  if (withPrognosis === 0) return 'Geen enkele actie heeft een prognose van banen: of de acties samen genoeg zijn voor het doel, is niet te zeggen.';
  const sum = `De prognoses van ${withPrognosis} van de ${countWords(actionCount, 'actie', 'acties')} tellen op tot ${jobsWord(total)}.`;
  if (!target) return `${sum} Er is geen doel voor ${year} om ze mee te vergelijken.`;
  const gap = target.value - total;
  const goal = `Het doel voor ${year} is ${jobsWord(target.value)} (${targetSourceLabels[target.source]})`;
  const against = gap > 0 ? `${goal}: de prognoses blijven ${jobsWord(gap)} onder het doel.`
    : gap < 0 ? `${goal}: de prognoses komen ${jobsWord(-gap)} boven het doel uit.` : `${goal}: de prognoses halen precies het doel.`;
  if (behind === null || behind <= 0) return `${sum} ${against}`;
  const covers = total >= behind ? 'de prognoses zijn samen genoeg om die achterstand in te lopen' : `de prognoses dekken daarvan ${jobsWord(total)}`;
  return `${sum} ${against} Op de peildatum is de achterstand ${jobsWord(behind)}: ${covers}.`;
}

export function reportJobs(data: JobsData, peildatum: string, prognoses: readonly (number | null)[]): ReportJobs {
  const figures = jobsFigures(data, peildatum);
  const year = Number(peildatum.slice(0, 4));
  const required = figures.required.find((entry) => entry.year === year);
  const target = figures.targets.find((entry) => entry.year === year)?.target ?? null;
  const { latest } = figures;
  const realisedUpTo = data.realised.filter((entry) => entry.referenceDate <= peildatum);

  const employers = data.employers.map((employer): ReportEmployer => {
    const row = required?.employers.find((entry) => entry.employerId === employer.id);
    const realised = employerRealised(realisedUpTo, employer.id);
    const result = row?.required != null && realised !== null ? realisation(realised, row.required) : null;
    return {
      name: employer.name,
      hoursPerYear: row?.hoursPerYear ?? null,
      quotumApplies: row?.quotumApplies ?? null,
      required: row?.required ?? null,
      requiredText: row ? requiredWords(row, year) : `geen uren ingevuld voor ${year}`,
      realised,
      share: result && row!.required! > 0 ? result.share : null,
      behind: result ? result.behind : null,
    };
  });

  const inkoopRow = figures.rows.filter((row) => row.inkoop !== null).at(-1) ?? null;
  const known = prognoses.filter((value): value is number => value !== null);
  const total = known.reduce((sum, value) => sum + value, 0);
  const behind = latest?.behind ?? null;
  return {
    year,
    target,
    sentence: jobsSentence(latest),
    share: latest?.share ?? null,
    behind,
    employers,
    rows: figures.rows.map((row) => ({
      date: row.date, realised: row.realised, inkoop: row.inkoop, target: row.target, comparison: comparisonWords(row), share: row.share, behind: row.behind,
    })),
    inkoop: inkoopRow ? { date: inkoopRow.date, jobs: inkoopRow.inkoop! } : null,
    prognosis: {
      total,
      withPrognosis: known.length,
      withoutPrognosis: prognoses.length - known.length,
      gap: target ? target.value - total : null,
      sentence: prognosisSentence(total, known.length, prognoses.length, target, year, behind),
    },
  };
}
