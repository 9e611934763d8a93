import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SectorInputSchema, type SectorInput } from '../../../shared/domain/reference';
import { invoke } from '../api/client';
import { useSaveReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';

/** "Sector toevoegen": for a sector that is not among the twelve of the Bestuursakkoord. */
export function NewSectorForm() {
  const save = useSaveReference();
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<SectorInput>({
    resolver: zodResolver(SectorInputSchema),
    defaultValues: { name: '', signatoryOrganisations: '', isEmployer: false },
  });
  const submit = handleSubmit(async (values) => {
    const problem = await save(() => invoke('sector.save', values));
    if (problem) setError('name', { message: problem });
    else reset();
  });
  return (
    <form className="wa-card wa-new" aria-labelledby="kop-nieuwe-sector" onSubmit={submit} noValidate>
      <h3 className="utrecht-heading-3" id="kop-nieuwe-sector">Sector toevoegen</h3>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="nieuwe-sector-naam">Naam van de nieuwe sector</label>
        {errors.name ? <p className="utrecht-form-field-error-message" id="nieuwe-sector-naam-fout">{errors.name.message}</p> : null}
        <input id="nieuwe-sector-naam" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input"
          aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? 'nieuwe-sector-naam-fout' : undefined} {...register('name')} />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="nieuwe-sector-ondertekenaars">Ondertekenaars van het Bestuursakkoord</label>
        <input id="nieuwe-sector-ondertekenaars" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" {...register('signatoryOrganisations')} />
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox wa-choice">
        <input id="nieuwe-sector-werkgever" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" {...register('isEmployer')} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="nieuwe-sector-werkgever">De sector is zelf de werkgever</label>
      </div>
      <Button appearance="primary" type="submit" disabled={isSubmitting}>Sector toevoegen</Button>
    </form>
  );
}
