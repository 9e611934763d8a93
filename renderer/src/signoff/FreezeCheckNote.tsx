import type { FreezeCheck } from '../../../shared/domain/signoff';

/**
 * Whether "aangeboden door" and the time can be relied on: covered by the freezing
 * installation's key, changed after freezing, or from before this was recorded.
 */
export function FreezeCheckNote({ check }: { check: FreezeCheck }) {
  if (check.state === 'ongeldig') {
    return (
      <div className="utrecht-alert utrecht-alert--error">
        <p className="utrecht-paragraph"><strong>Let op: “aangeboden door” gewijzigd.</strong> {check.text}</p>
      </div>
    );
  }
  return <p className={`utrecht-paragraph wa-freeze-check wa-freeze-check--${check.state}`}>{check.text}</p>;
}
