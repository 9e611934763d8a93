import { useEffect, useMemo, useState } from 'react';
import type { LibraryEntry, LibraryFilter } from '../../../shared/domain/examples';
import { filterLibrary } from '../../../shared/examples';
import { countWords, formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { saveFile } from '../api/files';
import { useReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { LibraryFilterBar } from './LibraryFilterBar';

const everything: LibraryFilter = { typeId: null, sectorName: null, text: '' };

/**
 * "Goede voorbeelden": what worked in every sector's actions, across all periods, to look
 * up by action type, sector and words, with whom to ask where they agreed to be asked.
 */
export function ExampleLibrary() {
  const { actionTypes } = useReference();
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(everything);
  useEffect(() => {
    invoke('goodExample.library', {}).then((result) => setEntries(result.entries), (error: unknown) => setProblem(errorMessage(error)));
  }, []);
  const sectors = useMemo(() => [...new Set((entries ?? []).map((entry) => entry.sectorName))].sort((a, b) => a.localeCompare(b, 'nl')), [entries]);
  const kept = useMemo(() => filterLibrary(entries ?? [], filter), [entries, filter]);
  const typeName = (id: number) => `${id}. ${actionTypes.find((type) => type.id === id)?.name ?? ''}`;

  const exportWord = async () => {
    setStatus('Bezig met exporteren…');
    try {
      const file = await invoke('goodExample.exportDocx', filter);
      const { saved } = await saveFile({ kind: 'docx', fileName: file.fileName, base64: file.base64 });
      setStatus(saved ? `Opgeslagen als ${file.fileName}.` : 'Niet opgeslagen.');
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  return (
    <section className="wa-section" aria-labelledby="kop-overleg-voorbeelden">
      <h2 className="utrecht-heading-2" id="kop-overleg-voorbeelden" tabIndex={-1}>Goede voorbeelden</h2>
      <p className="utrecht-paragraph">
        Wat in de sectoren werkte, uit alle werkagenda’s in deze installatie, ook van eerdere periodes. Contactgegevens staan erbij als de contactpersoon toestemming gaf.
        Sectoren schrijven hun voorbeelden bij Evaluatie.
      </p>
      {problem ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{problem}</p></div> : null}
      {entries === null && !problem ? <p className="utrecht-paragraph" role="status">Bezig met laden…</p> : null}
      {entries !== null && entries.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen goede voorbeelden.</p> : null}
      {entries !== null && entries.length > 0 ? (
        <>
          <LibraryFilterBar filter={filter} sectors={sectors} actionTypes={actionTypes} onChange={setFilter} />
          <p className="utrecht-paragraph" role="status">
            {kept.length === entries.length ? countWords(entries.length, 'goed voorbeeld', 'goede voorbeelden') : `${kept.length} van ${countWords(entries.length, 'goed voorbeeld', 'goede voorbeelden')}`}
          </p>
          <div className="utrecht-button-group">
            <Button onClick={() => void exportWord()} aria-describedby="voorbeelden-export-status">
              {kept.length === entries.length ? 'Exporteren naar Word' : 'Deze selectie exporteren naar Word'}
            </Button>
          </div>
          <p className="wa-export__status" id="voorbeelden-export-status" role="status">{status}</p>
          <ul className="wa-library" aria-label="Gevonden goede voorbeelden">
            {kept.map((entry) => <LibraryItem key={entry.actionId} entry={entry} typeName={typeName(entry.typeId)} />)}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function LibraryItem({ entry, typeName }: { entry: LibraryEntry; typeName: string }) {
  const headingId = `voorbeeld-bieb-${entry.actionId}`;
  return (
    <li className="wa-card wa-library__item" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>{entry.actionTitle}</h3>
      <p className="utrecht-paragraph wa-muted">{entry.sectorName} · {entry.agendaTitle} ({formatPeriod(entry.startYear, entry.endYear)}) · actietype {typeName}</p>
      <p className="utrecht-paragraph wa-pre-line">{entry.whatWorked}</p>
      {entry.organisation ? <p className="utrecht-paragraph"><strong>Organisatie:</strong> {entry.organisation}</p> : null}
      {entry.contact ? (
        <p className="utrecht-paragraph">
          <strong>Contact:</strong> {entry.contact.name}
          {entry.contact.email ? <>{entry.contact.name ? ', ' : ''}<a className="utrecht-link utrecht-link--html-a" href={`mailto:${entry.contact.email}`}>{entry.contact.email}</a></> : null}
          {entry.contact.phone ? <>{entry.contact.name || entry.contact.email ? ', ' : ''}<a className="utrecht-link utrecht-link--html-a" href={`tel:${entry.contact.phone.replace(/[^+\d]/g, '')}`}>{entry.contact.phone}</a></> : null}
        </p>
      ) : <p className="utrecht-paragraph wa-muted">De contactgegevens zijn niet gedeeld.</p>}
    </li>
  );
}
