import { actionStatuses, actionStatusLabels, type ActionProgress, type ActionStatus } from '../../../shared/domain/monitoring';
import { formatDate, formatMonth } from '../../../shared/format';
import { DateSchema } from '../../../shared/domain/fields';
import { Button } from '../components/Button';
import { DateField } from '../components/DateField';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { NoteForm } from './NoteForm';
import { useProgress } from './ProgressContext';
import { TargetProgressCard } from './TargetProgressCard';

const statusOptions = actionStatuses.map((status) => ({ value: status, label: actionStatusLabels[status] }));

/** One action in the Do step: its status, milestones to tick off, progress notes and its targets. */
export function ActionProgressCard({ action }: { action: ActionProgress }) {
  const { save, confirmDelete } = useProgress();
  const headingId = `kop-actie-${action.id}`;
  const done = action.milestones.filter((milestone) => milestone.done).length;
  return (
    <article className="wa-card wa-item wa-action-progress" id={`item-${action.id}`} tabIndex={-1} aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>{action.title}</h3>
      <SelectField
        id={`status-${action.id}`}
        label="Status van de actie"
        value={action.status}
        options={statusOptions}
        onSave={async (status) => {
          const result = await save('action.setStatus', { id: action.id, status: status as ActionStatus });
          return result.ok ? null : result.error;
        }}
      />
      <DateField id={`status-sinds-${action.id}`} label="Status sinds" value={action.statusDate} schema={DateSchema}
        onSave={async (date) => {
          const result = await save('action.setStatusDate', { id: action.id, date });
          return result.ok ? null : result.error;
        }} />

      <h4 className="utrecht-heading-4">Mijlpalen</h4>
      {action.milestones.length === 0 ? <p className="utrecht-paragraph wa-muted">Deze actie heeft geen mijlpalen. U voegt ze toe bij Plan.</p> : (
        <>
          <p className="utrecht-paragraph wa-muted">{done} van {action.milestones.length} afgevinkt.</p>
          <ul className="wa-plain-list">
            {action.milestones.map((milestone) => (
              <li key={milestone.id}>
                <CheckboxField
                  id={`mijlpaal-${milestone.id}`}
                  label={`Afgevinkt: ${milestone.title}${milestone.month ? ` (${formatMonth(milestone.month)})` : ''}`}
                  checked={milestone.done}
                  onChange={(checked) => save('milestone.setDone', { id: milestone.id, done: checked })}
                />
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 className="utrecht-heading-4">Voortgangsnotities</h4>
      {action.notes.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen notities.</p> : (
        <ol className="wa-plain-list wa-notes" aria-label={`Voortgangsnotities bij ${action.title}, nieuwste eerst`}>
          {action.notes.map((note) => (
            <li className="wa-note" key={note.id}>
              <p className="utrecht-paragraph wa-note__meta"><strong>{formatDate(note.date)}</strong>, {note.author}</p>
              <p className="utrecht-paragraph wa-note__text">{note.text}</p>
              <Button appearance="danger-subtle" onClick={() => confirmDelete({
                channel: 'progressNote.delete',
                id: note.id,
                title: 'Notitie verwijderen?',
                body: `De notitie van ${formatDate(note.date)} van ${note.author} bij “${action.title}” wordt verwijderd.`,
                afterDelete: () => focusWhenReady(`notitie-text-${action.id}`),
              })}>
                Verwijderen<VisuallyHidden>: notitie van {formatDate(note.date)}, {note.author}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ol>
      )}
      <NoteForm actionId={action.id} actionTitle={action.title} />

      <h4 className="utrecht-heading-4">Meetbare doelen van deze actie</h4>
      {action.targets.length === 0 ? <p className="utrecht-paragraph wa-muted">Deze actie heeft geen meetbare doelen. U voegt ze toe bij Plan.</p> : null}
      {action.targets.map((target) => <TargetProgressCard key={target.id} target={target} headingLevel={5} />)}
    </article>
  );
}
