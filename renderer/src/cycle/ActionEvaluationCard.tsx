import { EvaluationFieldsSchema, evaluationResultLabels, type AgendaEvaluation, type EvaluationResult } from '../../../shared/domain/cycle';
import { actionStatusLabels } from '../../../shared/domain/monitoring';
import { RadioGroup } from '../components/RadioGroup';
import { TextArea } from '../components/TextArea';
import type { ReactNode } from 'react';
import { HelpedFactors } from './HelpedFactors';
import { useEvaluationEditor } from './useEvaluation';

const notYet = 'nog-niet';
const resultOptions = [
  ...(Object.entries(evaluationResultLabels) as [EvaluationResult, string][]).map(([value, label]) => ({ value, label })),
  { value: notYet, label: 'Nog niet beoordeeld' },
];

/** The evaluation of one action: did it work, why (not), and what was learned. Saves as you go. */
export function ActionEvaluationCard({ action, children }: { action: AgendaEvaluation['actions'][number]; children?: ReactNode }) {
  const { saveField } = useEvaluationEditor();
  const id = action.id;
  const { evaluation } = action;
  return (
    <article className="wa-card wa-item" id={`evaluatie-${id}`} aria-labelledby={`kop-evaluatie-${id}`}>
      <h3 className="utrecht-heading-3" id={`kop-evaluatie-${id}`}>{action.title}</h3>
      <p className="utrecht-paragraph wa-muted">Status: {actionStatusLabels[action.status]}</p>
      <RadioGroup
        id={`veld-resultaat-${id}`}
        legend="Werkte de actie?"
        value={evaluation.result ?? notYet}
        options={resultOptions}
        onSave={(value) => saveField('evaluation.update', { actionId: id, patch: { result: value === notYet ? null : value as EvaluationResult } })}
      />
      <TextArea
        id={`veld-waarom-${id}`}
        label="Waarom (niet)?"
        rows={3}
        value={evaluation.why}
        schema={EvaluationFieldsSchema.shape.why}
        onSave={(why) => saveField('evaluation.update', { actionId: id, patch: { why } })}
      />
      <TextArea
        id={`veld-les-${id}`}
        label="Wat hebben we geleerd?"
        rows={3}
        value={evaluation.lesson}
        schema={EvaluationFieldsSchema.shape.lesson}
        onSave={(lesson) => saveField('evaluation.update', { actionId: id, patch: { lesson } })}
      />
      <HelpedFactors actionId={id} helped={evaluation.helped} />
      {children}
    </article>
  );
}
