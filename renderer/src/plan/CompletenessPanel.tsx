import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { sections } from '../../../shared/completeness';
import { formatScore } from '../../../shared/format';
import { actionMix, mixSentence } from '../../../shared/actionMix';
import { useEditor, useFindings } from './EditorContext';
import { gapLink } from './gapTarget';

const gapsText = (count: number) => (count === 0 ? 'Geen open punten: de werkagenda is compleet.' : count === 1 ? '1 open punt' : `${count} open punten`);

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
              <li key={`${gap.code}-${gap.itemId ?? ''}-${index}`} className="wa-gap-list__item">
                <span className="wa-gap-list__section">{sections.find((section) => section.id === gap.section)?.title}</span>
                <Link className="utrecht-link utrecht-link--html-a" to={gapLink(agenda.id, gap, agenda)}>{gap.message}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="wa-visually-hidden" aria-live="polite">{announcement}</div>
    </aside>
  );
}
