import { useState } from 'react';
import type { SectorGroup } from '../../../shared/domain/overleg';
import { dutchList } from '../../../shared/format';
import { useReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { GroupForm } from './GroupForm';
import type { Overleg } from './useOverleg';

/** The built-in groups (self-employer or many employers) and the user's own; add one, or delete one after confirming. */
export function GroupsSection({ overleg }: { overleg: Overleg }) {
  const { sectors } = useReference();
  const groups = overleg.data?.groups ?? [];
  const [deleting, setDeleting] = useState<SectorGroup | null>(null);
  const [editing, setEditing] = useState<SectorGroup | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  // Sectors of imported agendas may be unknown here; their names come with the agendas.
  const names = new Map(sectors.map((sector) => [sector.id, sector.name]));
  for (const agenda of overleg.data?.agendas ?? []) if (!names.has(agenda.sectorId)) names.set(agenda.sectorId, agenda.sectorName);
  const members = (group: SectorGroup) => group.sectorIds.map((id) => names.get(id)).filter((name): name is string => name !== undefined);

  const confirmDelete = async () => {
    const group = deleting;
    setDeleting(null);
    if (!group) return;
    const error = await overleg.deleteGroup(group.id);
    setMessage(error ? { text: error, error: true } : { text: `De groep “${group.name}” is verwijderd.`, error: false });
    document.getElementById('kop-overleg-groepen')?.focus();
  };

  return (
    <section className="wa-section wa-overleg-groups" aria-labelledby="kop-overleg-groepen">
      <h2 className="utrecht-heading-2" id="kop-overleg-groepen" tabIndex={-1}>Groepen van sectoren</h2>
      <p className="utrecht-paragraph">
        Vergelijk sectoren die op elkaar lijken. De twee vaste groepen volgen uit Beheer (“De sector is zelf de werkgever”); eigen groepen stelt u hier samen.
        Kies een groep bovenaan bij Sectoren.
      </p>
      <ul className="wa-plain-list wa-overleg-groups__list">
        {groups.map((group) => (
          <li key={group.id} className="wa-overleg-groups__item">
            <div>
              <p className="utrecht-paragraph wa-overleg-groups__name">
                <strong>{group.name}</strong> <span className="wa-muted">({group.builtIn ? 'vaste groep' : 'eigen groep'})</span>
              </p>
              <p className="utrecht-paragraph wa-overleg-groups__members">{members(group).length > 0 ? dutchList(members(group)) : 'Nog geen sectoren.'}</p>
            </div>
            {group.builtIn ? null : (
              <div className="utrecht-button-group">
                <Button appearance="subtle" onClick={() => setEditing(group)}>
                  Wijzigen<VisuallyHidden> groep {group.name}</VisuallyHidden>
                </Button>
                <Button appearance="danger-subtle" onClick={() => setDeleting(group)}>
                  Verwijderen<VisuallyHidden> groep {group.name}</VisuallyHidden>
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <p className={`utrecht-paragraph wa-overleg-groups__status${message?.error ? ' wa-export__status--error' : ''}`} role="status">{message?.text ?? ''}</p>
      <GroupForm
        sectors={sectors}
        editing={editing}
        onStopEditing={() => setEditing(null)}
        onSave={async (input) => {
          setMessage(null);
          const result = await overleg.saveGroup(input);
          if ('group' in result) {
            const done = input.id ? 'is gewijzigd' : 'is toegevoegd. U kiest hem bovenaan bij Sectoren';
            setMessage({ text: `De groep “${result.group.name}” ${done}.`, error: false });
          }
          return result;
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Groep verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setDeleting(null)}
        onConfirm={() => void confirmDelete()}
      >
        De groep “{deleting?.name}” wordt verwijderd. De werkagenda’s en sectoren blijven zoals ze zijn.
      </ConfirmDialog>
    </section>
  );
}
