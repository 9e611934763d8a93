import { memo, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { sections, type Gap } from '../../../shared/completeness';
import { formatScore } from '../../../shared/format';
import { actionMix, mixSentence } from '../../../shared/actionMix';
import { useEditor, useFindings } from './EditorContext';
import { gapLink } from './gapTarget';

const gapsText = (count: number) => (count === 0 ? 'Geen open punten: de werkagenda is compleet.' : count === 1 ? '1 open punt' : `${count} open punten`);

/** One open point as a link to where it is fixed; memoised, as the list is drawn again on every save. */
const GapItem = memo(function GapItem({ section, message, to }: { section: Gap['section']; message: string; to: string }) {
  return (
    <li className="wa-gap-list__item">
      <span className="wa-gap-list__section">{sections.find((candidate) => candidate.id === section)?.title}</span>
      <Link className="utrecht-link utrecht-link--html-a" to={to}>{message}</Link>
    </li>
  );
});

/** "Volledigheid": the score and every gap as a link to the place to fix it; always in view. */
export function CompletenessPanel() {
  const { agenda } = useEditor();
  const { gaps, score, typeCount } = useFindings();
  const [expanded, setExpanded] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(gaps.length);

  useEffect(() => {
    if (previous.current === gaps.length) return;
    const change = gaps.length < previous.current ? 'minder' : 'meer';
    previous.current = gaps.length;
    setAnnouncement(`Volledigheid: ${gapsText(gaps.length)} (${change} dan eerst).`);
  }, [gaps.length]);

  return (
    <aside className={`wa-completeness${expanded ? ' wa-completeness--expanded' : ''}`} aria-labelledby="kop-volledigheid">
      <h2 className="utrecht-heading-2 wa-completeness__heading" id="kop-volledigheid">Volledigheid</h2>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action wa-completeness__toggle"
        aria-expanded={expanded}
        aria-controls="volledigheid-inhoud"
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Open punten verbergen' : 'Open punten tonen'}
      </button>
      <p className="utrecht-paragraph wa-completeness__score">
        <strong>{formatScore(score, typeCount)} actietypen</strong>
        <br />
        {gapsText(gaps.length)}
      </p>
      <p className="utrecht-paragraph wa-completeness__mix">{mixSentence(actionMix(agenda.actions))}</p>
      <div id="volledigheid-inhoud" className="wa-completeness__body">
        {gaps.length > 0 ? (
          <ul className="wa-gap-list" aria-label="Open punten">
            {gaps.map((gap, index) => (
              <GapItem key={`${gap.code}-${gap.itemId ?? ''}-${index}`} section={gap.section} message={gap.message} to={gapLink(agenda.id, gap, agenda)} />
            ))}
          </ul>
        ) : null}
      </div>
      <div className="wa-visually-hidden" aria-live="polite">{announcement}</div>
    </aside>
  );
}
