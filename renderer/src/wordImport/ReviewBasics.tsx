import { useReference } from '../api/ReferenceContext';
import { describedBy, FormField } from '../components/FormField';
import { PlainInput } from './PlainInput';
import type { ReviewState, TextKey } from './reviewState';
import { KeepToggle } from './KeepToggle';
import { SourcePassage } from './SourcePassage';

type Update = (change: (state: ReviewState) => ReviewState) => void;
const textLabels: Record<TextKey, string> = { introduction: 'Inleiding', lookback: 'Terugblik', objectives: 'Toelichting op de doelstellingen', accountability: 'Verantwoording door werkgevers' };

/** Title, sector and period, each with where it was read. */
export function ReviewBasics({ state, update, sources }: { state: ReviewState; update: Update; sources: { title: string; sector: string; period: string } }) {
  const { sectors } = useReference();
  const set = (patch: Partial<ReviewState>) => update((current) => ({ ...current, ...patch }));
  return (
    <div className="wa-card">
      <PlainInput id="word-titel" label="Titel" value={state.title} onChange={(title) => set({ title })} />
      <SourcePassage text={sources.title} />
      <FormField id="word-sector" label="Sector" kind="select" description={state.sectorId ? undefined : 'De sector is niet herkend: kies hem zelf.'}>
        <select id="word-sector" className="utrecht-select utrecht-select--html-select" value={state.sectorId}
          {...describedBy('word-sector', !state.sectorId, null)} onChange={(event) => set({ sectorId: event.target.value })}>
          <option value="">Kies een sector</option>
          {sectors.map((sector) => <option key={sector.id} value={sector.id}>{sector.name}</option>)}
        </select>
      </FormField>
      <SourcePassage text={sources.sector} />
      <div className="wa-word-period">
        <PlainInput id="word-beginjaar" label="Beginjaar" short value={state.startYear} onChange={(startYear) => set({ startYear })} />
        <PlainInput id="word-eindjaar" label="Eindjaar" short value={state.endYear} onChange={(endYear) => set({ endYear })} />
      </div>
      {!sources.period ? <p className="utrecht-paragraph wa-word-hint">De periode is niet herkend: vul het begin- en eindjaar in.</p> : <SourcePassage text={sources.period} />}
    </div>
  );
}

/** The texts of the sections: take them over or leave them out, and correct them. */
export function ReviewTexts({ state, update }: { state: ReviewState; update: Update }) {
  const keys = (Object.keys(textLabels) as TextKey[]).filter((key) => state.texts[key].source.trim());
  if (keys.length === 0) return <p className="utrecht-paragraph">Geen inleiding, terugblik of toelichting herkend.</p>;
  return (
    <>
      {keys.map((key) => {
        const text = state.texts[key];
        const set = (patch: Partial<typeof text>) => update((current) => ({ ...current, texts: { ...current.texts, [key]: { ...text, ...patch } } }));
        return (
          <div className="wa-card wa-word-item" key={key}>
            <KeepToggle id={`tekst-${key}-overnemen`} keep={text.keep} what={textLabels[key]} onChange={(keep) => set({ keep })} />
            {text.keep ? <PlainInput id={`tekst-${key}`} label={textLabels[key]} value={text.value} multiline onChange={(value) => set({ value })} /> : null}
          </div>
        );
      })}
    </>
  );
}

export function NotRecognised({ passages }: { passages: readonly string[] }) {
  if (passages.length === 0) return <p className="utrecht-paragraph">Alles in het document is herkend.</p>;
  return (
    <>
      <p className="utrecht-paragraph">Deze stukken tekst konden niet bij een onderdeel worden geplaatst. Ze worden niet overgenomen; neem ze zo nodig later zelf over.</p>
      <ul className="utrecht-unordered-list">
        {passages.map((passage, index) => <li key={index} className="utrecht-unordered-list__item wa-word-source__text">{passage}</li>)}
      </ul>
    </>
  );
}
