import { useState } from 'react';
import { DateSchema } from '../../../shared/domain/fields';
import { NewRealisedJobsSchema, RealisedJobsCountSchema, type JobsOverview, type RealisedJobKind } from '../../../shared/domain/jobs';
import { parseDateInput } from '../../../shared/dutchDates';
import { formatDate, formatNumber, parseDutchNumber } from '../../../shared/format';
import { conversionSource, enteredWords, jobsFromEntered, type EnteredUnit } from '../../../shared/inkoopConversion';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { PlainField } from './PlainField';
import type { Run } from './useJobs';

export const kindLabels: Record<RealisedJobKind, string> = { regulier: 'Regulier', inkoop_sroi: 'Via inkoop en SROI' };
const sector = 'sector';

type CountUnit = 'banen' | EnteredUnit;
const countLabels: Record<CountUnit, { choice: string; label: string; description: string; missing: string }> = {
  banen: { choice: 'Banen', label: 'Aantal banen', description: 'Met decimalen, bijvoorbeeld 29,02.', missing: 'Vul het aantal banen in, bijvoorbeeld 29,02.' },
  personen: { choice: 'Personen (omgerekend naar banen)', label: 'Aantal personen', description: 'Hoeveel mensen uit de doelgroep er werken, bijvoorbeeld 12.', missing: 'Vul het aantal personen in, bijvoorbeeld 12.' },
  uren: { choice: 'Uren per week (omgerekend naar banen)', label: 'Uren per week', description: 'Alle uren samen, bijvoorbeeld 51.', missing: 'Vul het aantal uren per week in, bijvoorbeeld 51.' },
};

/** Realised jobs per reference date, for the whole sector or one employer; inkoop and SROI apart. */
export function RealisedSection({ jobs, run }: { jobs: JobsOverview; run: Run }) {
  const employerName = (id: string | null) => (id === null ? 'Hele sector' : jobs.employers.find((employer) => employer.id === id)?.name ?? 'Onbekende werkgever');
  return (
    <section className="wa-section" aria-labelledby="kop-gerealiseerd">
      <h2 className="utrecht-heading-2" id="kop-gerealiseerd" tabIndex={-1}>Gerealiseerde banen</h2>
      <p className="utrecht-paragraph">
        Het aantal banen (met decimalen) op een peildatum in de looptijd {jobs.agenda.startYear}-{jobs.agenda.endYear}, voor de hele sector of per werkgever.
        Banen via inkoop en SROI staan apart en tellen niet mee bij de reguliere banen.
      </p>
      <NewRealisedForm jobs={jobs} run={run} />
      {jobs.realised.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen gerealiseerde banen ingevuld.</p> : (
        <div className="wa-table-wrapper">
          <table className="utrecht-table utrecht-table--html-table wa-jobs-table">
            <caption className="wa-caption utrecht-heading-3">Ingevulde aantallen</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Peildatum</th>
                <th className="utrecht-table__header-cell" scope="col">Werkgever</th>
                <th className="utrecht-table__header-cell wa-numeric" scope="col">Aantal banen</th>
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
                <th className="utrecht-table__header-cell" scope="col"><VisuallyHidden>Verwijderen</VisuallyHidden></th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {jobs.realised.map((entry) => (
                <tr className="utrecht-table__row" key={entry.id}>
                  <th className="utrecht-table__cell wa-row-title wa-nowrap" scope="row">{formatDate(entry.referenceDate)}</th>
                  <td className="utrecht-table__cell">{employerName(entry.employerId)}</td>
                  <td className="utrecht-table__cell wa-numeric">{formatNumber(entry.jobs)}</td>
                  <td className="utrecht-table__cell">{kindLabels[entry.kind]}</td>
                  <td className="utrecht-table__cell">{[entry.entered ? `${enteredWords(entry.entered)}.` : '', entry.note].filter(Boolean).join(' ')}</td>
                  <td className="utrecht-table__cell">
                    <Button appearance="danger-subtle" onClick={async () => {
                      await run('realisedJobs.delete', { id: entry.id }, `Aantal van ${formatDate(entry.referenceDate)} verwijderd.`);
                      focusWhenReady('kop-gerealiseerd');
                    }}>
                      Verwijderen<VisuallyHidden>: {formatNumber(entry.jobs)} banen op {formatDate(entry.referenceDate)}, {employerName(entry.employerId)}</VisuallyHidden>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NewRealisedForm({ jobs, run }: { jobs: JobsOverview; run: Run }) {
  const [date, setDate] = useState('');
  const [employer, setEmployer] = useState(sector);
  const [count, setCount] = useState('');
  const [kind, setKind] = useState<RealisedJobKind>('regulier');
  const [unit, setUnit] = useState<CountUnit>('banen');
  const counted = kind === 'inkoop_sroi' ? unit : 'banen';
  const typed = parseDutchNumber(count);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});

  const submit = async () => {
    const parsedDate = parseDateInput(date);
    const checkedDate = parsedDate === null ? { ok: false as const, error: 'Vul de peildatum in.' } : check(DateSchema, parsedDate);
    const number = parseDutchNumber(count);
    const checkedCount = number === null ? { ok: false as const, error: countLabels[counted].missing } : check(RealisedJobsCountSchema, number);
    const checkedNote = check(NewRealisedJobsSchema.shape.note, note);
    const problems = {
      date: checkedDate.ok ? null : checkedDate.error,
      count: checkedCount.ok ? null : checkedCount.error,
      note: checkedNote.ok ? null : checkedNote.error,
    };
    setErrors(problems);
    if (!checkedDate.ok) return document.getElementById('veld-peildatum')?.focus();
    if (!checkedCount.ok) return document.getElementById('veld-aantal-banen')?.focus();
    if (!checkedNote.ok) return document.getElementById('veld-toelichting-banen')?.focus();
    const entered = counted === 'banen' ? null : { unit: counted, value: checkedCount.value };
    const banen = entered ? jobsFromEntered(entered) : checkedCount.value;
    const problem = await run('realisedJobs.create', {
      agendaId: jobs.agenda.id, employerId: employer === sector ? null : employer, referenceDate: checkedDate.value, jobs: banen, kind, note: checkedNote.value, entered,
    }, `${formatNumber(banen)} banen op ${formatDate(checkedDate.value)} opgeslagen.`);
    if (problem) {
      setErrors({ date: problem });
      return document.getElementById('veld-peildatum')?.focus();
    }
    setDate('');
    setCount('');
    setNote('');
    document.getElementById('veld-peildatum')?.focus();
  };

  return (
    <form className="wa-card wa-new-item" aria-labelledby="kop-nieuw-gerealiseerd" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3 className="utrecht-heading-3" id="kop-nieuw-gerealiseerd">Aantal gerealiseerde banen invullen</h3>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Soort</legend>
        {(Object.keys(kindLabels) as RealisedJobKind[]).map((value) => (
          <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={value}>
            <input id={`veld-soort-${value}`} type="radio" name="soort-banen" className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
              checked={kind === value} onChange={() => setKind(value)} />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`veld-soort-${value}`}>{kindLabels[value]}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'inkoop_sroi' ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wat weet u: banen, personen of uren?</legend>
          {(Object.keys(countLabels) as CountUnit[]).map((value) => (
            <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={value}>
              <input id={`veld-eenheid-${value}`} type="radio" name="eenheid-banen" className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
                checked={unit === value} onChange={() => setUnit(value)} />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`veld-eenheid-${value}`}>{countLabels[value].choice}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="wa-row wa-row--wrap">
        <PlainField id="veld-peildatum" label="Peildatum" description="Bijvoorbeeld 31-12-2025." inputClassName="wa-input--short" value={date} onChange={setDate} error={errors.date} />
        <FormField id="veld-werkgever-banen" label="Werkgever" kind="select">
          <select id="veld-werkgever-banen" className="utrecht-select utrecht-select--html-select" value={employer} onChange={(event) => setEmployer(event.target.value)}>
            <option value={sector}>Hele sector</option>
            {jobs.employers.map((entry) => <option key={entry.id} value={entry.id}>{entry.name}</option>)}
          </select>
        </FormField>
        <PlainField id="veld-aantal-banen" label={countLabels[counted].label} description={countLabels[counted].description} inputMode="decimal" inputClassName="wa-input--number"
          value={count} onChange={setCount} error={errors.count} />
      </div>
      {counted !== 'banen' && typed !== null ? (
        <p className="utrecht-paragraph" aria-live="polite">{enteredWords({ unit: counted, value: typed })}. {conversionSource}</p>
      ) : null}
      <FormField id="veld-toelichting-banen" label="Toelichting" error={errors.note}>
        <input id="veld-toelichting-banen" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={note}
          {...describedBy('veld-toelichting-banen', null, errors.note)} onChange={(event) => setNote(event.target.value)} />
      </FormField>
      <Button appearance="primary" type="submit">Aantal opslaan</Button>
    </form>
  );
}
