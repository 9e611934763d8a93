import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { Button } from '../components/Button';
import { useEvaluationEditor } from './useEvaluation';

/** "Start volgende werkagenda": what the successor takes along, and the button (or the link to the successor once it exists). */
export function NextAgendaSection() {
  const { evaluation, settled } = useEvaluationEditor();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const length = evaluation.endYear - evaluation.startYear;
  const nextStart = evaluation.endYear + 1;
  const { successor } = evaluation;

  const start = async () => {
    setBusy(true);
    setError(null);
    await settled();
    try {
      const next = await invoke('agenda.startNext', { id: evaluation.agendaId });
      void navigate(`/agenda/${next.id}`);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <section className="wa-section" aria-labelledby="kop-volgende">
      <h2 className="utrecht-heading-2" id="kop-volgende">Volgende werkagenda</h2>
      {successor ? (
        <>
          <p className="utrecht-paragraph">
            De volgende werkagenda is al gestart: <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${successor.id}`}>{successor.title}</Link> ({formatPeriod(successor.startYear, successor.endYear)}).
          </p>
          {successor.deleted ? <p className="utrecht-paragraph">Die staat bij de verwijderde werkagenda’s; zet haar terug op de startpagina om verder te gaan.</p> : null}
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Start de werkagenda voor de volgende periode ({formatPeriod(nextStart, nextStart + length)}). Deze werkagenda zelf verandert daarbij niet. De nieuwe werkagenda krijgt mee:
          </p>
          <ul className="utrecht-unordered-list">
            <li>een concept voor de terugblik, opgesteld uit deze evaluatie: per actie het resultaat en de les, de doelen en de banen;</li>
            <li>de gevonden knelpunten, als probleemanalyse, aangepakt door de voortgezette acties waarbij ze gevonden zijn;</li>
            <li>de acties die nog gepland of lopend zijn, als voortgezette acties met hun actietypen, trekker, beschrijving en doelen (beginwaarde: de laatste meting), zonder planning, zodat u ze opnieuw inplant;</li>
            <li>de werkgevers, met hun laatst ingevulde uren voor elk jaar van de nieuwe periode;</li>
            <li>de ondertekenaars, en de toelichting bij actietypen van Significant die ook de nieuwe werkagenda niet gebruikt.</li>
          </ul>
          <p className="utrecht-paragraph">Afgeronde en gestopte acties, metingen, notities, evaluaties en gerealiseerde banen blijven bij deze werkagenda.</p>
          {error ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div> : null}
          <Button appearance="primary" onClick={() => void start()} disabled={busy}>Start volgende werkagenda</Button>
        </>
      )}
    </section>
  );
}
