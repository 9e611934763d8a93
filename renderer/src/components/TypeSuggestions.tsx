import type { TypeSuggestion } from '../../../shared/suggestActionTypes';
import { formatPercent } from '../../../shared/format';
import { useReference } from '../api/ReferenceContext';

interface Props { id: string; suggestions: readonly TypeSuggestion[]; chosen: number; onTake: (typeId: number) => void }

/**
 * The action types the words of an action point at, best first, with how sure the suggestion is and the words that
 * led to it. Only a suggestion: a type is set when the user takes it.
 */
export function TypeSuggestions({ id, suggestions, chosen, onTake }: Props) {
  const { actionTypes } = useReference();
  const name = (typeId: number) => actionTypes.find((type) => type.id === typeId)?.name ?? `Actietype ${typeId}`;
  if (suggestions.length === 0) return <p className="utrecht-paragraph wa-type-suggestions" id={id}>Geen actietype herkend in de tekst: kies er zelf een.</p>;
  return (
    <div className="wa-type-suggestions" id={id} role="group" aria-labelledby={`${id}-kop`}>
      <p className="utrecht-paragraph" id={`${id}-kop`}><strong>Voorgesteld actietype</strong> (een voorstel; u kiest zelf)</p>
      <ul className="utrecht-unordered-list">
        {suggestions.slice(0, 3).map((suggestion) => (
          <li key={suggestion.typeId} className="utrecht-unordered-list__item">
            {`${suggestion.typeId}. ${name(suggestion.typeId)}, zekerheid ${formatPercent(suggestion.confidence)}; herkend aan: ${suggestion.words.slice(0, 4).join(', ')}. `}
            {chosen === suggestion.typeId ? <span className="wa-type-suggestions__taken">Gekozen.</span> : (
              <button type="button" className="utrecht-button utrecht-button--subtle wa-type-suggestions__take" onClick={() => onTake(suggestion.typeId)}
                aria-label={`Neem actietype ${suggestion.typeId} over: ${name(suggestion.typeId)}`}>Neem over</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
