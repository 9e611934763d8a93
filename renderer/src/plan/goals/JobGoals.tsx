import { JobGoalSchema } from '../../../../shared/domain/agenda';
import { NumberField } from '../../components/NumberField';
import { useEditor } from '../EditorContext';

/** One input per year of the period: the number of jobs the sector aims for (empty removes it). */
export function JobGoals() {
  const { agenda, saveField } = useEditor();
  const years: number[] = [];
  for (let year = agenda.startYear; year <= agenda.endYear; year += 1) years.push(year);
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset" aria-describedby="banen-per-jaar-uitleg">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Banendoel per jaar, zoals BZK telt</legend>
      <p className="utrecht-form-field-description" id="banen-per-jaar-uitleg">De stand aan het eind van het jaar, zoals BZK de banenafspraak telt: banen van 25,5 uur per week bovenop het aantal op 1 januari 2013, dus niet alleen de banen die er dat jaar bijkomen. Een getal met een komma mag ook, bijvoorbeeld 12,5. Laat leeg als er voor dat jaar geen doel is.</p>
      <div className="wa-row wa-row--wrap">
        {years.map((year) => (
          <NumberField
            key={year}
            id={`veld-jobgoal-${year}`}
            label={`Banen eind ${year}`}
            value={agenda.jobGoals.find((goal) => goal.year === year)?.jobs ?? null}
            schema={JobGoalSchema.shape.jobs}
            onSave={(jobs) => saveField('jobGoal.set', { agendaId: agenda.id, year, jobs })}
          />
        ))}
      </div>
    </fieldset>
  );
}
