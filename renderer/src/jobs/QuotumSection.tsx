import { useEffect, useState } from 'react';
import { YearSchema } from '../../../shared/domain/fields';
import { fileQuotumYears } from '../../../shared/agendaQuotum';
import { PercentageSchema, QuotumPercentageSchema, type JobsOverview, type QuotumPercentage } from '../../../shared/domain/jobs';
import { dutchList, formatNumber, parseDutchPercentage } from '../../../shared/format';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NumberField } from '../components/NumberField';
import { TextField } from '../components/TextField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { PlainField } from './PlainField';
import type { Run } from './useJobs';

export const formatQuotum = (percentage: number) => `${formatNumber(percentage, 2)}%`;

interface Props {
  /** The percentages this agenda's figures use. */
  percentages: QuotumPercentage[];
  /** An imported agenda's percentages from its exchange file: shown, not editable here. */
  fileQuotum: JobsOverview['fileQuotum'];
  run: Run;
  /** A year to offer in the add form (from a "no percentage" link). */
  suggestedYear: string;
  onSuggestedYearUsed: () => void;
}

/** The quotum percentage per year, as set by SZW: global data with its source, editable. */
export function QuotumSection({ percentages, fileQuotum, run, suggestedYear, onSuggestedYearUsed }: Props) {
  const [toDelete, setToDelete] = useState<number | null>(null);
  const fromFile = fileQuotumYears(fileQuotum?.percentages);
  const fileYears = [...fromFile].sort((a, b) => a - b);
  return (
    <section className="wa-section" aria-labelledby="kop-quotum">
      <h2 className="utrecht-heading-2" id="kop-quotum" tabIndex={-1}>Quotumpercentages</h2>
      <p className="utrecht-paragraph">
        SZW stelt elk jaar in oktober het quotumpercentage voor het jaar daarna vast. De percentages gelden voor alle werkagenda’s.
        Vul ze in met hun bron. Er staan alleen percentages in die al bekend zijn.
      </p>
      {fileQuotum && fileYears.length > 0 ? (
        <p className="utrecht-paragraph wa-quotum__from-file" id="quotum-uit-bestand">
          Deze werkagenda is ingelezen uit een uitwisselbestand van {fileQuotum.from}. Voor {dutchList(fileYears.map(String))} rekent ze met de
          percentages uit dat bestand, zodat de cijfers gelijk zijn aan die van de afzender. Die gelden alleen voor deze werkagenda. Voor de
          andere jaren gelden de percentages van deze installatie.
        </p>
      ) : null}
      <ul className="wa-plain-list">
        {percentages.filter((entry) => fromFile.has(entry.year)).map((entry) => (
          <li key={entry.year} className="wa-card wa-quotum" id={`quotum-${entry.year}`}>
            <h3 className="utrecht-heading-3">{entry.year}: {formatQuotum(entry.percentage)} <span className="wa-muted">(uit het uitwisselbestand)</span></h3>
            <p className="utrecht-paragraph">{entry.source ? `Bron: ${entry.source}.` : 'Geen bron vermeld.'} U wijzigt dit percentage niet hier: het komt van de afzender.</p>
          </li>
        ))}
        {percentages.filter((entry) => !fromFile.has(entry.year)).map((entry) => (
          <li key={entry.year} className="wa-card wa-quotum" id={`quotum-${entry.year}`}>
            <h3 className="utrecht-heading-3">{entry.year}: {formatQuotum(entry.percentage)}</h3>
            <div className="wa-row wa-row--wrap">
              <NumberField
                id={`veld-quotum-${entry.year}`}
                label={`Quotumpercentage ${entry.year}`}
                value={entry.percentage}
                schema={PercentageSchema}
                percent
                onSave={(percentage) => percentage === null
                  ? Promise.resolve('Vul een percentage in, of verwijder het jaar.')
                  : run('quotum.set', { ...entry, percentage }, `Quotumpercentage ${entry.year} opgeslagen.`)}
              />
              <TextField
                id={`veld-quotum-bron-${entry.year}`}
                label={`Bron ${entry.year}`}
                value={entry.source}
                schema={QuotumPercentageSchema.shape.source}
                onSave={(source) => run('quotum.set', { ...entry, source }, `Bron van ${entry.year} opgeslagen.`)}
                className="wa-grow"
              />
            </div>
            <Button appearance="danger-subtle" onClick={() => setToDelete(entry.year)}>
              Percentage verwijderen<VisuallyHidden>: {entry.year}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ul>
      <NewPercentageForm percentages={percentages} run={run} suggestedYear={suggestedYear} onSuggestedYearUsed={onSuggestedYearUsed} />
      <ConfirmDialog
        open={toDelete !== null}
        title={`Quotumpercentage ${toDelete ?? ''} verwijderen?`}
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          const year = toDelete;
          setToDelete(null);
          if (year === null) return;
          await run('quotum.delete', { year }, `Quotumpercentage ${year} verwijderd.`);
          focusWhenReady('kop-quotum');
        }}
      >
        Het percentage geldt voor alle werkagenda’s. Zonder percentage kan het aantal benodigde banen voor dat jaar niet worden berekend.
      </ConfirmDialog>
    </section>
  );
}

function NewPercentageForm({ percentages, run, suggestedYear, onSuggestedYearUsed }: Omit<Props, 'fileQuotum'>) {
  const [replacing, setReplacing] = useState<{ entry: QuotumPercentage; existing: QuotumPercentage } | null>(null);
  const [year, setYear] = useState('');
  const [percentage, setPercentage] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  // A "no percentage for <year>" link fills in the year and moves to the percentage.
  useEffect(() => {
    if (!suggestedYear) return;
    setYear(suggestedYear);
    onSuggestedYearUsed();
    focusWhenReady('veld-nieuw-quotum');
  }, [suggestedYear, onSuggestedYearUsed]);

  const submit = async () => {
    const checkedYear = check(YearSchema, /^\d+$/.test(year.trim()) ? Number(year.trim()) : Number.NaN);
    const number = parseDutchPercentage(percentage);
    const checkedPercentage = number === null ? { ok: false as const, error: 'Vul een percentage in, bijvoorbeeld 2,76.' } : check(PercentageSchema, number);
    const next = { year: checkedYear.ok ? null : checkedYear.error, percentage: checkedPercentage.ok ? null : checkedPercentage.error };
    setErrors(next);
    if (!checkedYear.ok) return document.getElementById('veld-nieuw-quotumjaar')?.focus();
    if (!checkedPercentage.ok) return document.getElementById('veld-nieuw-quotum')?.focus();
    const entry = { year: checkedYear.value, percentage: checkedPercentage.value, source: source.trim() };
    const existing = percentages.find((item) => item.year === entry.year);
    // A year that has a percentage is never replaced without asking: it holds for every agenda.
    if (existing) return setReplacing({ entry, existing });
    await save('quotum.add', entry);
  };
  const clear = () => {
    setYear('');
    setPercentage('');
    setSource('');
    setErrors({});
  };
  const save = async (channel: 'quotum.add' | 'quotum.set', entry: QuotumPercentage) => {
    const problem = await run(channel, entry, `Quotumpercentage ${entry.year} opgeslagen.`);
    if (problem) return setErrors({ percentage: problem });
    clear();
  };

  return (
    <>
    <form className="wa-card wa-new-item" aria-labelledby="kop-nieuw-quotum" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3 className="utrecht-heading-3" id="kop-nieuw-quotum">Percentage voor een jaar toevoegen</h3>
      <div className="wa-row wa-row--wrap">
        <PlainField id="veld-nieuw-quotumjaar" label="Jaar" inputMode="numeric" inputClassName="wa-input--year" value={year} onChange={setYear} error={errors.year} />
        <PlainField id="veld-nieuw-quotum" label="Quotumpercentage" description="Bijvoorbeeld 2,76 of 2,76%." inputMode="decimal" inputClassName="wa-input--number"
          value={percentage} onChange={setPercentage} error={errors.percentage} />
        <PlainField id="veld-nieuw-quotumbron" label="Bron" description="Bijvoorbeeld: Besluit SZW, oktober 2025." value={source} onChange={setSource} />
      </div>
      <Button appearance="secondary" type="submit">Percentage opslaan</Button>
    </form>
    <ConfirmDialog
        open={replacing !== null}
        title={`Het percentage voor ${replacing?.entry.year ?? ''} vervangen?`}
        confirmLabel="Vervangen"
        // Nothing of the refused try stays behind for the next one; the existing percentage is where to change it.
        cancelFocusId={replacing ? `veld-quotum-${replacing.existing.year}` : undefined}
        onCancel={() => {
          setReplacing(null);
          clear();
        }}
        onConfirm={async () => {
          const current = replacing;
          setReplacing(null);
          if (current) await save('quotum.set', current.entry);
        }}
      >
        {replacing ? `Voor ${replacing.existing.year} staat al ${formatQuotum(replacing.existing.percentage)}${replacing.existing.source ? ` (bron: ${replacing.existing.source})` : ''}. `
          + `Vervangen door ${formatQuotum(replacing.entry.percentage)}${replacing.entry.source ? ` (bron: ${replacing.entry.source})` : ''}? Het percentage geldt voor alle werkagenda’s.` : null}
    </ConfirmDialog>
    </>
  );
}
