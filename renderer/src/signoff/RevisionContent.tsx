import type { ReactNode } from 'react';
import { sections, type SectionId } from '../../../shared/completeness';
import type { Action, AgendaDetail, Target } from '../../../shared/domain/agenda';
import type { RevisionSummary } from '../../../shared/domain/signoff';
import { formatDate, formatMonth, formatNumber } from '../../../shared/format';
import { planningText } from '../../../shared/planning';
import { perYearSuffix } from '../../../shared/targetStatus';
import { actorLabels, natureLabels, targetLevelShort } from '../../../shared/labels';
import { useReference } from '../api/ReferenceContext';
import { RemarkSlot } from './RemarkSlot';
import { SignatureTable } from './SignatureTable';

interface Props {
  agenda: AgendaDetail;
  revision: RevisionSummary;
}

const empty = <p className="utrecht-paragraph wa-muted">Niet ingevuld.</p>;

function Text({ text }: { text: string }) {
  return text.trim() === '' ? empty : <p className="utrecht-paragraph wa-signoff-read__text">{text}</p>;
}

/** "8 bijeenkomsten in 2026 (beginwaarde 0), middenweg, uiterlijk 31 december 2026". */
function TargetLine({ target }: { target: Target }) {
  const parts = [
    target.targetValue !== null ? `streefwaarde ${formatNumber(target.targetValue)} ${target.unit}${perYearSuffix(target)}` : `eenheid: ${target.unit}${perYearSuffix(target)}`,
    target.baseline !== null ? `beginwaarde ${formatNumber(target.baseline)}` : null,
    target.deadline ? `uiterlijk ${formatDate(target.deadline)}` : null,
    `niveau ${targetLevelShort[target.level].toLowerCase()}`,
  ].filter(Boolean);
  return <li><strong>{target.indicator}</strong>: {parts.join(', ')}</li>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return <div><dt>{label}</dt><dd>{children}</dd></div>;
}

/** One action of the version: what, who, when, which targets and knelpunten, and its remarks. */
function ActionRead({ action, agenda, revision }: { action: Action; agenda: AgendaDetail; revision: RevisionSummary }) {
  const { actionTypes } = useReference();
  const typeName = (id: number) => actionTypes.find((type) => type.id === id)?.name ?? `Actietype ${id}`;
  const targets = agenda.targets.filter((target) => target.actionId === action.id);
  const knelpunten = agenda.knelpunten.filter((knelpunt) => action.knelpuntIds.includes(knelpunt.id));
  const headingId = `actie-${action.id}`;
  const planning = planningText(action, agenda) || 'Nog niet gepland';
  return (
    <article className="wa-card wa-signoff-read__action" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>{action.title}</h3>
      <dl className="wa-facts wa-signoff-read__facts">
        <Fact label="Actietype">{[action.primaryTypeId, ...action.extraTypeIds].map(typeName).join('; ')}</Fact>
        <Fact label="Wie voert uit">{actorLabels[action.actor]}</Fact>
        <Fact label="Aard">{natureLabels[action.nature]}</Fact>
        <Fact label="Trekker">{action.owner || '–'}</Fact>
        <Fact label="Planning">{planning}</Fact>
        <Fact label="Prognose banen">{action.jobsPrognosis !== null ? formatNumber(action.jobsPrognosis) : '–'}</Fact>
      </dl>
      {action.description.trim() !== '' ? <p className="utrecht-paragraph wa-signoff-read__text">{action.description}</p> : null}
      {action.milestones.length > 0 ? (
        <>
          <h4 className="utrecht-heading-4">Mijlpalen</h4>
          <ul className="utrecht-unordered-list">
            {action.milestones.map((milestone) => <li key={milestone.id}>{milestone.title}{milestone.month ? ` (${formatMonth(milestone.month)})` : ''}</li>)}
          </ul>
        </>
      ) : null}
      <h4 className="utrecht-heading-4">Meetbare doelen</h4>
      {targets.length > 0 ? <ul className="utrecht-unordered-list">{targets.map((target) => <TargetLine key={target.id} target={target} />)}</ul>
        : <p className="utrecht-paragraph wa-muted">Geen meetbaar doel.</p>}
      {knelpunten.length > 0 ? (
        <p className="utrecht-paragraph">Pakt de knelpunten aan: {knelpunten.map((knelpunt) => `“${knelpunt.title}”`).join(', ')}.</p>
      ) : null}
      <RemarkSlot agendaId={agenda.id} revisionNumber={revision.number} target={{ kind: 'action', actionId: action.id }}
        name={`Actie “${action.title}”`} shortName="deze actie" actions={agenda.actions} headingLevel={4} />
    </article>
  );
}

/** The body of one section of the version. */
function SectionBody({ id, agenda, revision }: { id: SectionId; agenda: AgendaDetail; revision: RevisionSummary }) {
  const { actionTypes } = useReference();
  switch (id) {
    case 'inleiding':
      return <Text text={agenda.introduction} />;
    case 'terugblik':
      return <Text text={agenda.lookback} />;
    case 'probleemanalyse':
      return agenda.knelpunten.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen knelpunten.</p> : (
        <>
          {agenda.knelpunten.map((knelpunt) => {
            const answers = agenda.actions.filter((action) => knelpunt.answeredByActionIds.includes(action.id));
            return (
              <div className="wa-signoff-read__item" key={knelpunt.id}>
                <h3 className="utrecht-heading-3">Knelpunt: {knelpunt.title}</h3>
                {knelpunt.description.trim() !== '' ? <p className="utrecht-paragraph wa-signoff-read__text">{knelpunt.description}</p> : null}
                <p className="utrecht-paragraph"><strong>Oorzaak:</strong> {knelpunt.cause.trim() !== '' ? knelpunt.cause : 'niet ingevuld'}</p>
                <p className="utrecht-paragraph">
                  <strong>Aangepakt door:</strong> {answers.length > 0 ? answers.map((action) => `“${action.title}”`).join(', ') : 'nog geen actie'}
                </p>
              </div>
            );
          })}
        </>
      );
    case 'doelstellingen': {
      const goals = [...agenda.jobGoals].sort((a, b) => a.year - b.year);
      const agendaTargets = agenda.targets.filter((target) => target.actionId === null);
      return (
        <>
          {agenda.objectives.trim() !== '' ? <p className="utrecht-paragraph wa-signoff-read__text">{agenda.objectives}</p> : null}
          <h3 className="utrecht-heading-3">Banen per jaar</h3>
          {goals.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen doel voor het aantal banen.</p> : (
            <ul className="utrecht-unordered-list">{goals.map((goal) => <li key={goal.year}>{goal.year}: {formatNumber(goal.jobs)} banen</li>)}</ul>
          )}
          <h3 className="utrecht-heading-3">Meetbare doelen van de werkagenda</h3>
          {agendaTargets.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen meetbaar doel naast het aantal banen.</p> : (
            <ul className="utrecht-unordered-list">{agendaTargets.map((target) => <TargetLine key={target.id} target={target} />)}</ul>
          )}
        </>
      );
    }
    case 'acties':
      return agenda.actions.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen acties.</p>
        : <>{agenda.actions.map((action) => <ActionRead key={action.id} action={action} agenda={agenda} revision={revision} />)}</>;
    case 'verantwoording':
      return <Text text={agenda.accountability} />;
    case 'niet-gebruikt': {
      const reasons = agenda.unusedTypeReasons.filter((reason) => reason.reason.trim() !== '');
      return reasons.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen toelichting.</p> : (
        <dl className="wa-signoff-read__reasons">
          {reasons.map((reason) => (
            <div key={reason.typeId}>
              <dt>{actionTypes.find((type) => type.id === reason.typeId)?.name ?? `Actietype ${reason.typeId}`}</dt>
              <dd className="wa-signoff-read__text">{reason.reason}</dd>
            </div>
          ))}
        </dl>
      );
    }
    case 'ondertekenaars':
      return <SignatureTable revision={revision} caption={`Ondertekenaars van versie ${revision.number}`} />;
  }
}

/** A frozen version, read-only, section by section in cycle order, each with its remarks. */
export function RevisionContent({ agenda, revision }: Props) {
  return (
    <>
      {sections.map((section) => (
        <section className="wa-section wa-signoff-read__section" aria-labelledby={`kop-${section.id}`} key={section.id}>
          <h2 className="utrecht-heading-2" id={`kop-${section.id}`}>{section.title}</h2>
          <SectionBody id={section.id} agenda={agenda} revision={revision} />
          <RemarkSlot agendaId={agenda.id} revisionNumber={revision.number} target={{ kind: 'section', sectionId: section.id }}
            name={section.title} shortName={section.title.charAt(0).toLowerCase() + section.title.slice(1)} actions={agenda.actions} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
