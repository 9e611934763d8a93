import type { SuccessFactorCode } from '../../../shared/domain/cycle';
import { useReference } from '../api/ReferenceContext';
import { CheckboxField } from '../components/CheckboxField';
import { useEvaluationEditor } from './useEvaluation';

/** "Wat hielp?": the success factors of the research (seed 003 §5.1) that made this action work; the overleg counts them. */
export function HelpedFactors({ actionId, helped }: { actionId: string; helped: readonly SuccessFactorCode[] }) {
  const { saveField } = useEvaluationEditor();
  const factors = useReference().catalogue.filter((item) => item.kind === 'succesfactor');
  const toggle = (code: SuccessFactorCode, on: boolean) => {
    const next = on ? [...helped, code] : helped.filter((other) => other !== code);
    return saveField('evaluation.update', { actionId, patch: { helped: next } });
  };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-columns">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wat hielp? (succesfactoren uit het onderzoek)</legend>
      {factors.map((factor) => (
        <CheckboxField key={factor.id} id={`veld-hielp-${actionId}-${factor.code}`} label={factor.title} description={factor.description}
          checked={helped.includes(factor.code as SuccessFactorCode)} onChange={(on) => toggle(factor.code as SuccessFactorCode, on)} />
      ))}
    </fieldset>
  );
}
