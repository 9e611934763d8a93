import type { RevisionSummary, SignoffOverview } from '../../../shared/domain/signoff';
import { Fingerprint } from './Fingerprint';
import { dutchList } from '../../../shared/format';
import { allKeysConfirmed, vastgesteldWords } from '../../../shared/keys';

/** The revisions, newest first. */
export function newestFirst(revisions: readonly RevisionSummary[]): RevisionSummary[] {
  return [...revisions].sort((a, b) => b.number - a.number);
}

type Standing = { label: string; modifier: 'concept' | 'ter_ondertekening' | 'vastgesteld' | 'onbevestigd' | 'ongeldig'; text: string };

/**
 * Where the sign-off stands, in plain words, from the versions themselves: the
 * newest version waits for signatures, or is vastgesteld, or nothing is offered
 * yet. (Whether the draft still equals that version is said separately.)
 */
function standing(overview: SignoffOverview): Standing {
  const [newest] = newestFirst(overview.revisions);
  if (!newest) return { label: 'Concept', modifier: 'concept', text: 'de werkagenda is nog niet ter ondertekening aangeboden.' };
  const kept = overview.vastgesteldNumber;
  if (!newest.contentIntact) {
    return {
      label: 'Let op', modifier: 'ongeldig',
      text: `de inhoud van versie ${newest.number} is gewijzigd na het vastleggen. Handtekeningen op deze versie gelden niet en zij kan niet worden vastgesteld.${kept !== null ? ` Vastgesteld blijft versie ${kept}.` : ''}`,
    };
  }
  if (newest.vastgesteld) {
    const unconfirmed = allKeysConfirmed(newest.keys) ? ''
      : ' Niet elke sleutel is in deze installatie bevestigd: een geldige handtekening bewijst alleen dat de sleutel tekende, niet van wie die sleutel is. Vergelijk de controlecode met de ondertekenaar en kies “Sleutel bevestigen”.';
    return { label: vastgesteldWords(newest.keys), modifier: unconfirmed ? 'onbevestigd' : 'vastgesteld', text: `versie ${newest.number} is ondertekend door alle verplichte ondertekenaars.${unconfirmed}` };
  }
  const waiting = newest.waitingFor.length > 0
    ? `versie ${newest.number} wacht nog op de handtekening van ${dutchList(newest.waitingFor)}.`
    : `versie ${newest.number} heeft geen verplichte ondertekenaars en kan dus niet worden vastgesteld.`;
  return { label: 'Ter ondertekening', modifier: 'ter_ondertekening', text: `${waiting}${kept !== null ? ` Tot dan blijft versie ${kept} vastgesteld.` : ''}` };
}

/** Whether the draft differs from the newest frozen revision, and what changed. */
function DraftDifference({ overview }: { overview: SignoffOverview }) {
  const [newest] = newestFirst(overview.revisions);
  if (!newest) return null;
  // When the draft equals a version, "Ter ondertekening aanbieden" says so.
  if (overview.draftRevisionNumber !== null) return null;
  const kept = overview.vastgesteldNumber;
  const headline = newest.vastgesteld ? `Het concept wijkt af van vastgestelde versie ${newest.number}.` : `Het concept wijkt af van versie ${newest.number}.`;
  const holds = newest.vastgesteld ? `Handtekeningen gelden alleen voor versie ${newest.number}.`
    : kept !== null ? `Handtekeningen gelden alleen voor de versie waarop ze zijn gezet; vastgesteld blijft versie ${kept}.`
      : 'Handtekeningen gelden alleen voor de versie waarop ze zijn gezet.';
  return (
    <div className="utrecht-alert utrecht-alert--warning wa-signoff-difference"><div>
      <p className="utrecht-paragraph"><strong>{headline}</strong> {holds}</p>
      {overview.draftChanges.length > 0 ? (
        <>
          <p className="utrecht-paragraph">Gewijzigd sinds versie {newest.number}:</p>
          <ul className="utrecht-unordered-list wa-signoff-changes">
            {overview.draftChanges.map((change, index) => <li key={index}>{change.text}</li>)}
          </ul>
        </>
      ) : null}
      <p className="utrecht-paragraph">Wilt u de wijzigingen laten ondertekenen? Bied het concept dan opnieuw ter ondertekening aan.</p>
    </div></div>
  );
}

/** The top of the Ondertekening screen: status, the draft against the frozen versions, and the draft's fingerprint. */
export function SignoffStatus({ overview }: { overview: SignoffOverview }) {
  const now = standing(overview);
  return (
    <div className="wa-signoff-status">
      <p className={`utrecht-paragraph wa-signoff-status__headline wa-signoff-status__headline--${now.modifier}`}>
        <strong>{now.label}:</strong> {now.text}
      </p>
      <DraftDifference overview={overview} />
      <p className="utrecht-paragraph">Controlecode van het concept: <Fingerprint value={overview.draftFingerprint} /></p>
    </div>
  );
}
