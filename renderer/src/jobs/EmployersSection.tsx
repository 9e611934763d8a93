import { useState } from 'react';
import { EmployerNameSchema, FteSchema, HoursPerWeekSchema, HoursPerYearSchema, type Employer, type EmployerHours, type EmployerHoursInput, type JobsOverview } from '../../../shared/domain/jobs';
import { formatNumber, parseDutchNumber } from '../../../shared/format';
import type { RequiredEmployer, RequiredYear } from '../../../shared/jobsTable';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/TextField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { PlainField } from './PlainField';
import { formatQuotum } from './QuotumSection';
import type { Run } from './useJobs';

interface Props {
  jobs: JobsOverview;
  required: RequiredYear[];
  run: Run;
  onMissingPercentage: (year: number) => void;
}

/** The employers under the agenda with their paid hours per year, and the jobs the quotum requires of them. */
export function EmployersSection({ jobs, required, run, onMissingPercentage }: Props) {
  const [toDelete, setToDelete] = useState<Employer | null>(null);
  return (
    <section className="wa-section" aria-labelledby="kop-werkgevers">
      <h2 className="utrecht-heading-2" id="kop-werkgevers" tabIndex={-1}>Werkgevers</h2>
      <p className="utrecht-paragraph">
        De werkgevers onder deze werkagenda (bij Rijk, Politie en Defensie: de organisatie of haar onderdelen). Vul per jaar de verloonde uren in,
        of het aantal fte en de uren per week. Benodigde banen = quotumpercentage × verloonde uren per jaar / 1.331 (een baan is 25,5 uur per week).
        Het quotum geldt alleen voor werkgevers met meer dan 40.575 verloonde uren per jaar (25 of meer medewerkers); kleinere werkgevers krijgen geen quotum.
      </p>
      <MissingPercentages required={required} onMissingPercentage={onMissingPercentage} />
      {jobs.employers.map((employer) => (
        <EmployerCard key={employer.id} employer={employer} required={required} run={run} onDelete={() => setToDelete(employer)} />
      ))}
      <NewEmployerForm agendaId={jobs.agenda.id} run={run} />
      {jobs.employers.length > 0 ? <RequiredTable jobs={jobs} required={required} /> : null}
      <ConfirmDialog
        open={toDelete !== null}
        title={`Werkgever ${toDelete?.name ?? ''} verwijderen?`}
        confirmLabel="Werkgever verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          const employer = toDelete;
          setToDelete(null);
          if (!employer) return;
          await run('employer.delete', { id: employer.id }, `Werkgever ${employer.name} verwijderd.`);
          focusWhenReady('kop-werkgevers');
        }}
      >
        De verloonde uren en de gerealiseerde banen van deze werkgever worden ook verwijderd.
      </ConfirmDialog>
    </section>
  );
}

function MissingPercentages({ required, onMissingPercentage }: { required: RequiredYear[]; onMissingPercentage: (year: number) => void }) {
  const missing = required.filter((entry) => entry.percentage === null);
  if (missing.length === 0) return null;
  return (
    <ul className="wa-plain-list wa-missing">
      {missing.map((entry) => (
        <li key={entry.year} className="utrecht-paragraph">
          Geen quotumpercentage voor {entry.year} ingevuld.{' '}
          <a className="utrecht-link utrecht-link--html-a" href="#kop-nieuw-quotum" onClick={(event) => { event.preventDefault(); onMissingPercentage(entry.year); }}>
            Percentage voor {entry.year} invullen
          </a>
        </li>
      ))}
    </ul>
  );
}

function EmployerCard({ employer, required, run, onDelete }: { employer: Employer; required: RequiredYear[]; run: Run; onDelete: () => void }) {
  const headingId = `kop-werkgever-${employer.id}`;
  return (
    <article className="wa-card" aria-labelledby={headingId} id={`werkgever-${employer.id}`}>
      <h3 className="utrecht-heading-3" id={headingId} tabIndex={-1}>{employer.name}</h3>
      <TextField
        id={`veld-werkgever-naam-${employer.id}`}
        label="Naam"
        value={employer.name}
        schema={EmployerNameSchema}
        onSave={(name) => run('employer.rename', { id: employer.id, name }, `Naam van de werkgever opgeslagen: ${name}.`)}
      />
      <div className="wa-columns">
        {required.map((year) => {
          const row = year.employers.find((entry) => entry.employerId === employer.id);
          const hours = employer.hours.find((entry) => entry.year === year.year) ?? null;
          return (
            <HoursForm key={`${year.year}-${JSON.stringify(hours)}`} employer={employer} year={year.year} hours={hours} run={run}
              percentage={year.percentage} required={row?.required ?? null} hoursPerYear={row?.hoursPerYear ?? null} />
          );
        })}
      </div>
      <Button appearance="danger-subtle" onClick={onDelete}>
        Werkgever verwijderen<VisuallyHidden>: {employer.name}</VisuallyHidden>
      </Button>
    </article>
  );
}

const shown = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value, 4));

interface HoursProps {
  employer: Employer;
  year: number;
  hours: EmployerHours | null;
  percentage: number | null;
  required: number | null;
  hoursPerYear: number | null;
  run: Run;
}

/** What was entered for one year: paid hours per year, or fte and hours per week; saved with its button. */
function HoursForm({ employer, year, hours, percentage, required, hoursPerYear, run }: HoursProps) {
  const [perYear, setPerYear] = useState(shown(hours?.hoursPerYear));
  const [fte, setFte] = useState(shown(hours?.fte));
  const [perWeek, setPerWeek] = useState(shown(hours?.hoursPerWeek));
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const key = `${employer.id}-${year}`;

  const number = (text: string): { ok: true; value: number | null } | { ok: false; error: string } => {
    if (text.trim() === '') return { ok: true, value: null };
    const value = parseDutchNumber(text);
    return value === null ? { ok: false, error: 'Vul een getal in, bijvoorbeeld 12 of 12,5.' } : { ok: true, value };
  };

  const submit = async () => {
    const fields = { uren: number(perYear), fte: number(fte), week: number(perWeek) };
    const problems: Record<string, string | null> = {};
    for (const [name, parsed] of Object.entries(fields)) problems[name] = parsed.ok ? null : parsed.error;
    let input: EmployerHoursInput | null = null;
    const [u, f, w] = [fields.uren, fields.fte, fields.week].map((parsed) => (parsed.ok ? parsed.value : null));
    if (Object.values(problems).every((problem) => problem === null)) {
      if (u !== null && (f !== null || w !== null)) problems.uren = 'Vul óf verloonde uren per jaar óf fte en uren per week in, niet allebei.';
      else if (u !== null) {
        const checked = check(HoursPerYearSchema, u);
        if (checked.ok) input = { kind: 'uren', hoursPerYear: checked.value };
        else problems.uren = checked.error;
      } else if (f !== null || w !== null) {
        const checkedFte = f === null ? { ok: false as const, error: 'Vul ook het aantal fte in.' } : check(FteSchema, f);
        const checkedWeek = w === null ? { ok: false as const, error: 'Vul ook het aantal uren per week per fte in.' } : check(HoursPerWeekSchema, w);
        if (!checkedFte.ok) problems.fte = checkedFte.error;
        if (!checkedWeek.ok) problems.week = checkedWeek.error;
        if (checkedFte.ok && checkedWeek.ok) input = { kind: 'fte', fte: checkedFte.value, hoursPerWeek: checkedWeek.value };
      }
    }
    setErrors(problems);
    const first = (['uren', 'fte', 'week'] as const).find((name) => problems[name]);
    if (first) return document.getElementById(`veld-${first}-${key}`)?.focus();
    const done = input ? `Uren van ${employer.name} in ${year} opgeslagen.` : `Uren van ${employer.name} in ${year} gewist.`;
    const problem = await run('employerHours.set', { employerId: employer.id, year, hours: input }, done);
    if (problem) setErrors({ uren: problem });
  };

  return (
    <form className="wa-fieldset wa-hours" aria-label={`Uren van ${employer.name} in ${year}`} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h4 className="utrecht-heading-4">{year}</h4>
      <PlainField id={`veld-uren-${key}`} label={`Verloonde uren in ${year}`} inputMode="decimal" inputClassName="wa-input--short" value={perYear} onChange={setPerYear} error={errors.uren} />
      <p className="utrecht-paragraph wa-muted wa-or">of</p>
      <div className="wa-row wa-row--wrap">
        <PlainField id={`veld-fte-${key}`} label={`Fte in ${year}`} inputMode="decimal" inputClassName="wa-input--number" value={fte} onChange={setFte} error={errors.fte} />
        <PlainField id={`veld-week-${key}`} label={`Uren per week per fte in ${year}`} inputMode="decimal" inputClassName="wa-input--number" value={perWeek} onChange={setPerWeek} error={errors.week} />
      </div>
      <p className="utrecht-paragraph wa-hours__result">
        {hoursPerYear === null ? 'Nog geen uren ingevuld.'
          : percentage === null ? `${formatNumber(hoursPerYear, 0)} uur per jaar. Geen quotumpercentage voor ${year} ingevuld.`
            : `${formatNumber(hoursPerYear, 0)} uur per jaar. Nodig bij ${formatQuotum(percentage)}: ${formatNumber(required ?? 0, 1)} banen.`}
      </p>
      <Button appearance="secondary" type="submit">Uren opslaan<VisuallyHidden>: {employer.name}, {year}</VisuallyHidden></Button>
    </form>
  );
}

function NewEmployerForm({ agendaId, run }: { agendaId: string; run: Run }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = 'veld-nieuwe-werkgever';
  const submit = async () => {
    const checked = check(EmployerNameSchema, name);
    if (!checked.ok) {
      setError(checked.error);
      return document.getElementById(fieldId)?.focus();
    }
    const problem = await run('employer.create', { agendaId, name: checked.value }, `Werkgever ${checked.value} toegevoegd.`);
    setError(problem);
    if (problem) return document.getElementById(fieldId)?.focus();
    setName('');
  };
  return (
    <form className="wa-add-inline wa-row wa-row--wrap wa-new-item" aria-label="Nieuwe werkgever" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <PlainField id={fieldId} label="Naam van de werkgever" value={name} onChange={setName} error={error} />
      <Button appearance="secondary" type="submit">Werkgever toevoegen</Button>
    </form>
  );
}

const unknown = <><span aria-hidden="true">–</span><VisuallyHidden>onbekend</VisuallyHidden></>;

/** An employer's required jobs in a year; below the quotum threshold it says so instead of giving a quotum. */
function RequiredCell({ entry }: { entry: RequiredEmployer | undefined }) {
  if (entry?.quotumApplies === false) return <td className="utrecht-table__cell wa-numeric wa-muted">geen quotum <span className="wa-note">(40.575 uur of minder)</span></td>;
  return <td className="utrecht-table__cell wa-numeric">{entry?.required == null ? unknown : formatNumber(entry.required, 1)}</td>;
}

/** Required jobs per employer and year, with the sector total: a real table. */
function RequiredTable({ jobs, required }: { jobs: JobsOverview; required: RequiredYear[] }) {
  const cell = (value: number | null) => (value === null ? unknown : formatNumber(value, 1));
  return (
    <div className="wa-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table wa-jobs-table">
        <caption className="wa-caption utrecht-heading-3">Benodigde banen per jaar</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Werkgever</th>
            {required.map((year) => (
              <th className="utrecht-table__header-cell wa-numeric" scope="col" key={year.year}>
                {year.year} <span className="wa-muted">({year.percentage === null ? 'geen percentage' : formatQuotum(year.percentage)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {jobs.employers.map((employer) => (
            <tr className="utrecht-table__row" key={employer.id}>
              <th className="utrecht-table__cell wa-row-title" scope="row">{employer.name}</th>
              {required.map((year) => (
                <RequiredCell key={year.year} entry={year.employers.find((entry) => entry.employerId === employer.id)} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row wa-total">
            <th className="utrecht-table__cell" scope="row">Sector totaal</th>
            {required.map((year) => <td className="utrecht-table__cell wa-numeric" key={year.year}>{cell(year.total)}</td>)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
