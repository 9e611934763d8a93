import type { Addressee } from '../../../shared/domain/agenda';
import { formatNumber } from '../../../shared/format';
import { describedBy, FormField } from '../components/FormField';
import { PlainInput } from './PlainInput';
import type { Kept, ReviewState } from './reviewState';
import { ReviewCard } from './ReviewCard';

type Update = (change: (state: ReviewState) => ReviewState) => void;
const replace = <T,>(items: T[], index: number, item: T) => items.map((current, at) => (at === index ? item : current));

const addressees: Record<Addressee, string> = { sector: 'De sector', werkgevers: 'De werkgevers', bzk: 'BZK', szw: 'SZW', anders: 'Een andere partij' };

export function ReviewKnelpunten({ state, update }: { state: ReviewState; update: Update }) {
  if (state.knelpunten.length === 0) return <p className="utrecht-paragraph">Geen knelpunten herkend.</p>;
  return (
    <>
      {state.knelpunten.map((knelpunt, index) => {
        const id = `knelpunt-${index + 1}`;
        const set = (patch: Partial<Kept<typeof knelpunt>>) => update((current) => ({ ...current, knelpunten: replace(current.knelpunten, index, { ...knelpunt, ...patch }) }));
        return (
          <ReviewCard key={knelpunt.key} id={id} heading={`Knelpunt ${index + 1}: ${knelpunt.title || 'zonder titel'}`} what="Dit knelpunt" keep={knelpunt.keep} source={knelpunt.source} onKeep={(keep) => set({ keep })}>
            <PlainInput id={`${id}-titel`} label="Titel" value={knelpunt.title} onChange={(title) => set({ title })} />
            <PlainInput id={`${id}-oorzaak`} label="Oorzaak" value={knelpunt.cause} multiline onChange={(cause) => set({ cause })} />
            <PlainInput id={`${id}-beschrijving`} label="Beschrijving" value={knelpunt.description} multiline onChange={(description) => set({ description })} />
            <FormField id={`${id}-oplosser`} label="Wie kan het oplossen?" kind="select">
              <select id={`${id}-oplosser`} className="utrecht-select utrecht-select--html-select" value={knelpunt.addressee} {...describedBy(`${id}-oplosser`, null, null)}
                onChange={(event) => set({ addressee: event.target.value as Addressee })}>
                {(Object.keys(addressees) as Addressee[]).map((value) => <option key={value} value={value}>{addressees[value]}</option>)}
              </select>
            </FormField>
          </ReviewCard>
        );
      })}
    </>
  );
}

export function ReviewGoals({ state, update }: { state: ReviewState; update: Update }) {
  if (state.jobGoals.length === 0 && state.targets.length === 0) return <p className="utrecht-paragraph">Geen banendoelen of meetbare doelen herkend.</p>;
  return (
    <>
      {state.jobGoals.map((goal, index) => {
        const set = (patch: Partial<typeof goal>) => update((current) => ({ ...current, jobGoals: replace(current.jobGoals, index, { ...goal, ...patch }) }));
        return (
          <ReviewCard key={goal.key} id={`banendoel-${goal.year}`} heading={`Banendoel ${goal.year}: ${formatNumber(goal.jobs)} banen`} what="Dit banendoel" keep={goal.keep} source={goal.source} onKeep={(keep) => set({ keep })}>
            <PlainInput id={`banendoel-${goal.year}-banen`} label={`Aantal banen in ${goal.year}`} short value={formatNumber(goal.jobs)}
              onChange={(text) => { const jobs = Number(text.replace(/\./g, '').replace(',', '.')); if (Number.isFinite(jobs)) set({ jobs }); }} />
          </ReviewCard>
        );
      })}
      {state.targets.map((target, index) => {
        const id = `doel-${index + 1}`;
        const set = (patch: Partial<typeof target>) => update((current) => ({ ...current, targets: replace(current.targets, index, { ...target, ...patch }) }));
        return (
          <ReviewCard key={target.key} id={id} heading={`Doel ${index + 1}: ${formatNumber(target.targetValue ?? 0)} ${target.unit}`} what="Dit doel" keep={target.keep} source={target.source} onKeep={(keep) => set({ keep })}>
            <PlainInput id={`${id}-indicator`} label="Indicator" value={target.indicator} onChange={(indicator) => set({ indicator })} />
            <PlainInput id={`${id}-eenheid`} label="Eenheid" short value={target.unit} onChange={(unit) => set({ unit })} />
          </ReviewCard>
        );
      })}
    </>
  );
}

export function ReviewSignatories({ state, update }: { state: ReviewState; update: Update }) {
  if (state.signatories.length === 0) return <p className="utrecht-paragraph">Geen ondertekenaars herkend; u kunt ze later toevoegen.</p>;
  return (
    <>
      {state.signatories.map((person, index) => {
        const id = `ondertekenaar-${index + 1}`;
        const set = (patch: Partial<typeof person>) => update((current) => ({ ...current, signatories: replace(current.signatories, index, { ...person, ...patch }) }));
        return (
          <ReviewCard key={person.key} id={id} heading={`Ondertekenaar ${index + 1}: ${person.name}`} what="Deze ondertekenaar" keep={person.keep} source={person.source} onKeep={(keep) => set({ keep })}>
            <PlainInput id={`${id}-naam`} label="Naam" value={person.name} onChange={(name) => set({ name })} />
            <PlainInput id={`${id}-functie`} label="Functie" value={person.function} onChange={(fn) => set({ function: fn })} />
            <PlainInput id={`${id}-organisatie`} label="Organisatie" value={person.organisation} onChange={(organisation) => set({ organisation })} />
          </ReviewCard>
        );
      })}
    </>
  );
}
