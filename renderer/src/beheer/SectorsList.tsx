import { invoke } from '../api/client';
import { useReference, useSaveReference } from '../api/ReferenceContext';
import { CheckboxField } from '../components/CheckboxField';
import { TextField } from '../components/TextField';
import { SectorSchema, type Sector } from '../../../shared/domain/reference';
import { NewSectorForm } from './NewSectorForm';

/** Every sector, renamable, with its signatory organisations and whether it is itself the employer. */
export function SectorsList() {
  const { sectors } = useReference();
  const save = useSaveReference();
  const update = (sector: Sector, change: Partial<Sector>) => save(() => invoke('sector.save', { ...sector, ...change }));
  return (
    <section aria-labelledby="kop-sectoren" className="wa-beheer__part">
      <h2 className="utrecht-heading-2" id="kop-sectoren">Sectoren</h2>
      <ol className="wa-beheer__list">
        {sectors.map((sector) => (
          <li key={sector.id}>
            <fieldset className="utrecht-form-fieldset wa-card">
              <legend className="utrecht-form-fieldset__legend">Sector {sector.name}</legend>
              <TextField id={`sector-${sector.id}-naam`} label="Naam" value={sector.name} schema={SectorSchema.shape.name}
                onSave={(name) => update(sector, { name })} />
              <TextField id={`sector-${sector.id}-ondertekenaars`} label="Ondertekenaars van het Bestuursakkoord" value={sector.signatoryOrganisations}
                schema={SectorSchema.shape.signatoryOrganisations} onSave={(signatoryOrganisations) => update(sector, { signatoryOrganisations })} />
              <CheckboxField id={`sector-${sector.id}-werkgever`} label="De sector is zelf de werkgever" checked={sector.isEmployer}
                description="Zoals Rijksoverheid, Politie en Defensie; de andere sectoren vertegenwoordigen veel werkgevers."
                onChange={(isEmployer) => update(sector, { isEmployer })} />
            </fieldset>
          </li>
        ))}
      </ol>
      <NewSectorForm />
    </section>
  );
}
