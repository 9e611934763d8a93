interface Props { id: string; keep: boolean; what: string; onChange: (keep: boolean) => void; describedBy?: string }

/** "Overnemen": unticked, the item is left out of the concept. */
export function KeepToggle({ id, keep, what, onChange, describedBy }: Props) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox wa-choice wa-word-keep">
      <input id={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        checked={keep} aria-describedby={describedBy} onChange={(event) => onChange(event.target.checked)} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>{`${what} overnemen`}</label>
    </div>
  );
}
