import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { compareCycles, type CycleComparison, type TargetPair } from '../../../shared/cycleCompare';
import type { CycleComparisonData } from '../../../shared/domain/cycle';
import { evaluationResultLabels } from '../../../shared/domain/cycle';
import { actionStatusLabels } from '../../../shared/domain/monitoring';
import { formatNumber, formatPeriod, formatScore } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { useReference } from '../api/ReferenceContext';
import { AgendaLoading } from '../components/AgendaLoading';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';

const dash = '–';

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="wa-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table wa-compare-table">
        <caption className="wa-caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((label) => <th key={label} className="utrecht-table__header-cell" scope="col">{label}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

const Row = ({ title, cells }: { title: ReactNode; cells: ReactNode[] }) => (
  <tr className="utrecht-table__row">
    <th className="utrecht-table__cell wa-row-title" scope="row">{title}</th>
    {cells.map((cell, index) => <td className="utrecht-table__cell" key={index}>{cell}</td>)}
  </tr>
);

const targetValue = (target: TargetPair['before']) => (target?.targetValue === null || target?.targetValue === undefined ? dash : formatNumber(target.targetValue));

/** Two cycles of one sector side by side: this agenda and the one it continues. */
export function CompareScreen() {
  const { agendaId = '' } = useParams();
  const { actionTypes } = useReference();
  const [data, setData] = useState<CycleComparisonData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useDocumentTitle(data ? `Vergelijken: ${data.current.title}` : loadError ? 'Werkagenda niet gevonden' : 'Vergelijken');

  useEffect(() => {
    let current = true;
    setData(null);
    setLoadError(null);
    invoke('cycle.compare', { agendaId }).then(
      (loaded) => current && setData(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const loaded = data !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-vergelijken')?.focus();
  }, [loaded]);

  const comparison = useMemo<CycleComparison | null>(
    () => (data?.predecessor ? compareCycles({ ...data, predecessor: data.predecessor }, actionTypes) : null),
    [data, actionTypes],
  );

  if (!data) return <AgendaLoading error={loadError} />;
  const { current, predecessor } = data;
  const typeName = new Map(actionTypes.map((type) => [type.id, `${type.id}. ${type.name}`]));

  return (
    <>
      <AppHeader />
      <main className="wa-page wa-compare" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <h1 className="utrecht-heading-1" id="kop-vergelijken" tabIndex={-1}>Vergelijken: {current.title}</h1>
          <dl className="wa-facts">
            <div><dt>Sector</dt><dd>{current.sectorName}</dd></div>
            <div><dt>Deze werkagenda</dt><dd>{formatPeriod(current.startYear, current.endYear)}</dd></div>
            {predecessor ? (
              <div><dt>Vorige werkagenda</dt><dd><Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${predecessor.id}`}>{predecessor.title}</Link> ({formatPeriod(predecessor.startYear, predecessor.endYear)})</dd></div>
            ) : null}
          </dl>
          <CycleNav agendaId={current.id} />
        </div>

        {!predecessor || !comparison ? (
          <p className="utrecht-paragraph">
            Deze werkagenda heeft geen vorige werkagenda om mee te vergelijken. Een vorige werkagenda ontstaat met “Start volgende werkagenda” op het scherm Evaluatie van die vorige werkagenda.
          </p>
        ) : (
          <>
            <section className="wa-section" aria-labelledby="kop-vergelijk-acties">
              <h2 className="utrecht-heading-2" id="kop-vergelijk-acties">Acties</h2>
              <ul className="utrecht-unordered-list">
                <li>{comparison.actions.continued.length} voortgezet, waarvan {comparison.actions.changed.length} gewijzigd</li>
                <li>{comparison.actions.added.length} nieuw</li>
                <li>{comparison.actions.dropped.length} niet voortgezet</li>
              </ul>
              {comparison.actions.continued.length > 0 ? (
                <Table caption="Voortgezette acties" head={['Actie nu', 'Actie in de vorige werkagenda', 'Gewijzigd']}>
                  {comparison.actions.continued.map((pair) => (
                    <Row key={pair.after.id} title={pair.after.title} cells={[pair.before.title, pair.changes.length === 0 ? 'Niet gewijzigd' : pair.changes.join(', ')]} />
                  ))}
                </Table>
              ) : null}
              {comparison.actions.added.length > 0 ? (
                <Table caption="Nieuwe acties" head={['Actie', 'Actietype']}>
                  {comparison.actions.added.map((action) => <Row key={action.id} title={action.title} cells={[typeName.get(action.primaryTypeId) ?? dash]} />)}
                </Table>
              ) : null}
              {comparison.actions.dropped.length > 0 ? (
                <Table caption="Niet voortgezette acties uit de vorige werkagenda" head={['Actie', 'Status', 'Evaluatie']}>
                  {comparison.actions.dropped.map(({ action, status, result }) => (
                    <Row key={action.id} title={action.title} cells={[status ? actionStatusLabels[status] : dash, result ? evaluationResultLabels[result] : 'Niet geëvalueerd']} />
                  ))}
                </Table>
              ) : null}
            </section>

            <section className="wa-section" aria-labelledby="kop-vergelijk-doelen">
              <h2 className="utrecht-heading-2" id="kop-vergelijk-doelen">Doelen</h2>
              <p className="utrecht-paragraph">Doelen met dezelfde indicator en eenheid gelden als hetzelfde doel.</p>
              {comparison.targets.kept.length + comparison.targets.added.length + comparison.targets.dropped.length === 0
                ? <p className="utrecht-paragraph wa-muted">Geen van beide werkagenda’s heeft meetbare doelen.</p>
                : (
                  <Table caption="Meetbare doelen" head={['Indicator', 'Eenheid', 'Streefwaarde vorige', 'Streefwaarde nu', 'Verschil']}>
                    {[...comparison.targets.kept, ...comparison.targets.added, ...comparison.targets.dropped].map((pair) => (
                      <Row key={pair.key} title={pair.indicator} cells={[
                        pair.unit, targetValue(pair.before), targetValue(pair.after),
                        !pair.before ? 'Nieuw' : !pair.after ? 'Vervallen' : 'Behouden',
                      ]} />
                    ))}
                  </Table>
                )}
            </section>

            <section className="wa-section" aria-labelledby="kop-vergelijk-typen">
              <h2 className="utrecht-heading-2" id="kop-vergelijk-typen">Actietypen en score</h2>
              <dl className="wa-facts">
                <div><dt>Score vorige werkagenda</dt><dd>{formatScore(comparison.types.scoreBefore)}</dd></div>
                <div><dt>Score deze werkagenda</dt><dd>{formatScore(comparison.types.scoreAfter)}</dd></div>
              </dl>
              <Table caption="Gebruikte actietypen" head={['Actietype', 'Vorige werkagenda', 'Deze werkagenda']}>
                {actionTypes.map((type) => (
                  <Row key={type.id} title={typeName.get(type.id)} cells={[
                    comparison.types.before.includes(type.id) ? 'Gebruikt' : 'Niet gebruikt',
                    comparison.types.after.includes(type.id) ? 'Gebruikt' : 'Niet gebruikt',
                  ]} />
                ))}
              </Table>
            </section>

            <section className="wa-section" aria-labelledby="kop-vergelijk-knelpunten">
              <h2 className="utrecht-heading-2" id="kop-vergelijk-knelpunten">Knelpunten</h2>
              <p className="utrecht-paragraph">Een knelpunt is aangepakt als minstens één actie van dezelfde werkagenda het aanpakt.</p>
              {comparison.knelpunten.after.length > 0 ? (
                <Table caption="Knelpunten van deze werkagenda" head={['Knelpunt', 'Herkomst', 'Aangepakt']}>
                  {comparison.knelpunten.after.map((state) => (
                    <Row key={state.knelpunt.id} title={state.knelpunt.title} cells={[state.fromEvaluation ? 'Gevonden bij de vorige werkagenda' : 'Nieuw', state.answered ? 'Ja' : 'Nee, nog geen actie']} />
                  ))}
                </Table>
              ) : <p className="utrecht-paragraph wa-muted">Deze werkagenda heeft nog geen knelpunten.</p>}
              {comparison.knelpunten.before.length > 0 ? (
                <Table caption="Knelpunten van de vorige werkagenda" head={['Knelpunt', 'Aangepakt']}>
                  {comparison.knelpunten.before.map((state) => (
                    <Row key={state.knelpunt.id} title={state.knelpunt.title} cells={[state.answered ? 'Ja' : 'Nee']} />
                  ))}
                </Table>
              ) : <p className="utrecht-paragraph wa-muted">De vorige werkagenda had geen knelpunten.</p>}
            </section>
          </>
        )}
      </main>
    </>
  );
}
