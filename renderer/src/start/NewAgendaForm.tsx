import { useEffect, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { useReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';

type Values = { sectorId: string; startYear: number; endYear: number; title: string };

// The schema, and zod with it, is fetched when the user first enters the form, so the list
// of agendas does not wait for it; a check before it arrives waits for it.
let loading: Promise<Resolver<Values>> | null = null;
const loadResolver = () => (loading ??= Promise.all([import('@hookform/resolvers/zod'), import('../../../shared/domain/agenda')])
  .then(([{ zodResolver }, { NewAgendaSchema }]) => zodResolver(NewAgendaSchema) as Resolver<Values>)
  .catch((error: unknown) => {
    loading = null;
    throw error;
  }));
const notLoaded = 'De gegevens konden niet worden gecontroleerd, omdat een onderdeel van de toepassing niet kon worden geladen. Probeer het opnieuw; lukt het dan nog niet, start de toepassing opnieuw.';
const resolver: Resolver<Values> = async (values, context, options) => {
  let check: Resolver<Values>;
  try {
    check = await loadResolver();
  } catch {
    // Nothing is sent: the form says why, and the next try fetches the check again.
    return { values: {}, errors: { root: { type: 'niet-geladen', message: notLoaded } } };
  }
  return check(values, context, options);
};

/** "Nieuwe werkagenda": sector, period and title; opens the editor when made. */
export function NewAgendaForm() {
  const { sectors } = useReference();
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const { register, handleSubmit, control, setValue, getFieldState, formState } = useForm<Values>({
    resolver,
    defaultValues: { sectorId: '', startYear: thisYear, endYear: thisYear + 1, title: '' },
  });
  const [sectorId, startYear, endYear] = useWatch({ control, name: ['sectorId', 'startYear', 'endYear'] });

  useEffect(() => {
    if (!getFieldState('endYear').isDirty && Number.isInteger(startYear)) setValue('endYear', startYear + 1);
  }, [startYear, getFieldState, setValue]);
  useEffect(() => {
    const sector = sectors.find((item) => item.id === sectorId);
    if (getFieldState('title').isDirty || !sector || !Number.isInteger(startYear) || !Number.isInteger(endYear)) return;
    setValue('title', `Werkagenda ${sector.name} ${formatPeriod(startYear, endYear)}`);
  }, [sectorId, startYear, endYear, sectors, getFieldState, setValue]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const agenda = await invoke('agenda.create', values);
      navigate(`/agenda/${agenda.id}`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });
  const errors = formState.errors;
  const formError = serverError ?? errors.root?.message;
  const yearOptions = { setValueAs: (value: unknown) => (String(value).trim() === '' ? undefined : Number(value)) };

  return (
    <section aria-labelledby="kop-nieuw" className="wa-card wa-side-card">
      <h2 className="utrecht-heading-2" id="kop-nieuw">Nieuwe werkagenda</h2>
      <form noValidate onSubmit={submit} onFocus={() => void loadResolver().catch(() => undefined)}>
        <FormField id="nieuw-sector" label="Sector" error={errors.sectorId ? 'Kies een sector.' : null} kind="select">
          <select id="nieuw-sector" className="utrecht-select utrecht-select--html-select" {...describedBy('nieuw-sector', null, errors.sectorId?.message)} {...register('sectorId')}>
            <option value="">Kies een sector</option>
            {sectors.map((sector) => <option key={sector.id} value={sector.id}>{sector.name}</option>)}
          </select>
        </FormField>
        <div className="wa-row">
          <FormField id="nieuw-beginjaar" label="Beginjaar" error={errors.startYear?.message}>
            <input id="nieuw-beginjaar" type="number" inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input wa-input--year" {...describedBy('nieuw-beginjaar', null, errors.startYear?.message)} {...register('startYear', yearOptions)} />
          </FormField>
          <FormField id="nieuw-eindjaar" label="Eindjaar" error={errors.endYear?.message}>
            <input id="nieuw-eindjaar" type="number" inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input wa-input--year" {...describedBy('nieuw-eindjaar', null, errors.endYear?.message)} {...register('endYear', yearOptions)} />
          </FormField>
        </div>
        <FormField id="nieuw-titel" label="Titel" error={errors.title?.message}>
          <input id="nieuw-titel" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" {...describedBy('nieuw-titel', null, errors.title?.message)} {...register('title')} />
        </FormField>
        {formError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{formError}</p></div> : null}
        <Button appearance="primary" type="submit" disabled={formState.isSubmitting}>Werkagenda aanmaken</Button>
      </form>
    </section>
  );
}
