import { targetStatusLabels, type TargetStatus } from '../../../shared/targetStatus';

/** The status of a target in words (the colour only repeats it). */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  return (
    <span className={`utrecht-status-badge wa-target-status wa-target-status--${status}`}>
      <span className="wa-visually-hidden">Status: </span>{targetStatusLabels[status]}
    </span>
  );
}
