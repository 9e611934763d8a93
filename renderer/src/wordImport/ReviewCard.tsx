import type { ReactNode } from 'react';
import { KeepToggle } from './KeepToggle';
import { SourcePassage } from './SourcePassage';

interface Props { id: string; heading: string; what: string; keep: boolean; source: string; onKeep: (keep: boolean) => void; children: ReactNode }

/** One proposed item: take it over or leave it out, correct its fields, and see the passage it came from. */
export function ReviewCard({ id, heading, what, keep, source, onKeep, children }: Props) {
  return (
    <article className={`wa-card wa-word-item${keep ? '' : ' wa-word-item--dropped'}`} aria-labelledby={`${id}-kop`}>
      <h3 className="utrecht-heading-3" id={`${id}-kop`}>{heading}</h3>
      {/* The item's heading as description: a screen reader hears which item the box takes over. */}
      <KeepToggle id={`${id}-overnemen`} keep={keep} what={what} onChange={onKeep} describedBy={`${id}-kop`} />
      {keep ? children : <p className="utrecht-paragraph">Wordt weggelaten.</p>}
      <SourcePassage text={source} />
    </article>
  );
}
