import type { ReactNode } from 'react';
import type { SectionId } from '../../../shared/completeness';
import { sections } from '../../../shared/completeness';

/** One section of the editor: an anchor (sectie-<id>) with an h2 that can take focus (kop-<id>). */
export function EditorSection({ id, intro, children }: { id: SectionId; intro?: ReactNode; children: ReactNode }) {
  const title = sections.find((section) => section.id === id)?.title ?? id;
  return (
    <section id={`sectie-${id}`} aria-labelledby={`kop-${id}`} className="wa-section">
      <h2 className="utrecht-heading-2" id={`kop-${id}`} tabIndex={-1}>{title}</h2>
      {intro ? <p className="utrecht-paragraph wa-muted">{intro}</p> : null}
      {children}
    </section>
  );
}
