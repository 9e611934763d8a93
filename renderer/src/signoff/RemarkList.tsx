import type { Remark } from '../../../shared/domain/signoff';
import { RemarkItem } from './RemarkItem';

const byDate = (a: Remark, b: Remark) => a.createdAt.localeCompare(b.createdAt);

/** Remarks in the order they were placed, the open ones first. */
export function openFirst(remarks: readonly Remark[]): Remark[] {
  return [...remarks.filter((remark) => !remark.resolved).sort(byDate), ...remarks.filter((remark) => remark.resolved).sort(byDate)];
}

interface Props {
  remarks: readonly Remark[];
  actions: readonly { id: string; title: string }[];
  showTarget?: boolean;
  label: string;
}

/** A list of remarks (open first). */
export function RemarkList({ remarks, actions, showTarget, label }: Props) {
  if (remarks.length === 0) return null;
  return (
    <ul className="wa-plain-list wa-signoff-remarks" aria-label={label}>
      {openFirst(remarks).map((remark) => <RemarkItem key={remark.id} remark={remark} actions={actions} showTarget={showTarget} />)}
    </ul>
  );
}
