import { commonUnits } from '../../../../shared/labels';

export const unitsListId = 'eenheden';

/** The suggested units for targets; any other unit may be typed. Rendered once per editor. */
export function UnitsDatalist() {
  return (
    <datalist id={unitsListId}>
      {commonUnits.map((unit) => <option key={unit} value={unit} />)}
    </datalist>
  );
}
