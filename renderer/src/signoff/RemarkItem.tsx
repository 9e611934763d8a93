import { useState } from 'react';
import type { Remark } from '../../../shared/domain/signoff';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { describeTarget } from './remarkTargets';
import { useSignoffState } from './useSignoff';
import { formatLocalDay } from '../../../shared/format';

interface Props {
  remark: Remark;
  /** The actions whose titles name what a remark is about. */
  actions: readonly { id: string; title: string }[];
  /** Leave out "what it is about" where the remark stands under that part already. */
  showTarget?: boolean;
}

export const remarkId = (remark: Pick<Remark, 'id'>) => `opmerking-${remark.id}`;
const toggleId = (remark: Pick<Remark, 'id'>) => `opmerking-knop-${remark.id}`;

/** One remark: who, when, about what and which version, the text, and "Afhandelen" or "Heropenen". */
export function RemarkItem({ remark, actions, showTarget = true }: Props) {
  const { overview, run } = useSignoffState();
  const [error, setError] = useState<string | null>(null);
  const about = describeTarget(remark.target, actions);
  const version = remark.revisionNumber === null ? 'bij het concept' : `bij versie ${remark.revisionNumber}`;
  const metaId = `${remarkId(remark)}-over`;

  const toggle = async () => {
    const result = await run('remark.setResolved', { id: remark.id, resolved: !remark.resolved, by: overview.userName });
    setError(result.ok ? null : result.error);
    // The remark moves between "open" and "afgehandeld"; keep focus on its button.
    if (result.ok) focusWhenReady(toggleId(remark));
  };

  return (
    <li className={`wa-signoff-remark${remark.resolved ? ' wa-signoff-remark--resolved' : ''}`}>
      <article id={remarkId(remark)} tabIndex={-1} aria-labelledby={metaId} className="wa-signoff-remark__body">
        <p className="utrecht-paragraph wa-signoff-remark__meta" id={metaId}>
          <strong>{remark.author}</strong>, {formatLocalDay(remark.createdAt)}
          {showTarget ? <> · over {about}</> : null} · {version}
        </p>
        <p className="utrecht-paragraph wa-signoff-remark__text">{remark.text}</p>
        {remark.resolved ? (
          <p className="utrecht-paragraph wa-muted wa-signoff-remark__resolved">
            Afgehandeld{remark.resolvedBy ? ` door ${remark.resolvedBy}` : ''}{remark.resolvedAt ? ` op ${formatLocalDay(remark.resolvedAt)}` : ''}.
          </p>
        ) : null}
        <div className="wa-row wa-row--wrap wa-signoff-remark__actions">
          <Button id={toggleId(remark)} appearance="subtle" onClick={() => void toggle()}>
            {remark.resolved ? 'Heropenen' : 'Afhandelen'}<VisuallyHidden> opmerking van {remark.author} over {about}</VisuallyHidden>
          </Button>
          {error ? <p className="utrecht-form-field-error-message" role="alert">{error}</p> : null}
        </div>
      </article>
    </li>
  );
}
