import { Link } from 'react-router';

const shown = 3;

/**
 * Before offering a version for signing: what the completeness check still
 * misses. Offering stays possible (the board may sign an agenda with known
 * gaps), but nobody should find out only after signing.
 */
export function CompletenessWarning({ gaps, agendaId }: { gaps: string[]; agendaId: string }) {
  if (gaps.length === 0) return <p className="utrecht-paragraph">De volledigheidscontrole vindt niets meer dat ontbreekt.</p>;
  return (
    // The inner div keeps the alert's parts stacked (the Utrecht alert lays its children out in a row).
    <div className="utrecht-alert utrecht-alert--warning wa-signoff-gaps"><div>
      <p className="utrecht-paragraph">
        <strong>Let op:</strong> de volledigheidscontrole noemt nog {gaps.length === 1 ? '1 punt' : `${gaps.length} punten`}. U kunt toch aanbieden;
        de ondertekenaars tekenen dan een werkagenda met deze gaten.
      </p>
      <ul className="utrecht-unordered-list">
        {gaps.slice(0, shown).map((gap) => <li key={gap}>{gap}</li>)}
      </ul>
      {gaps.length > shown ? <p className="utrecht-paragraph">En nog {gaps.length - shown} meer; <Link to={`/agenda/${agendaId}`}>zie het paneel Volledigheid bij Plan</Link>.</p> : null}
    </div></div>
  );
}
