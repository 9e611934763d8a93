import { describe, expect, it } from 'vitest';
import { actionTypes } from '../../test/support/fixtures';
import { overlegAction, overlegAgenda } from '../../test/support/overleg';
import { csvField, matrixCsv } from './csv';
import { typeMatrix } from './matrix';

describe('matrix as CSV for Excel (Dutch settings)', () => {
  const types = actionTypes.slice(0, 2).map((type, index) => ({ ...type, name: ['Ambassadeurschap; motivatie', 'Bemiddelaars en "uitzendbureaus"'][index]! }));
  const agendas = [
    overlegAgenda(1, { sectorName: "Umc's", actions: [overlegAction(1, 1), overlegAction(2, 1, [2])] }),
    overlegAgenda(2, { sectorName: 'Mbo; hbo', actions: [overlegAction(3, 2)] }),
    overlegAgenda(3, { sectorName: 'Twee\nregels', actions: [] }),
    overlegAgenda(4, { sectorName: '=HYPERLINK("x")', actions: [overlegAction(4, 2)] }),
  ];

  it('writes a BOM, a header, one row per type and the scores, separated by semicolons', () => {
    expect(matrixCsv(typeMatrix(agendas, types))).toBe([
      '\uFEFFActietype;Umc\'s;"Mbo; hbo";"Twee\nregels";"\'=HYPERLINK(""x"")";Aantal agenda\'s',
      '"1. Ambassadeurschap; motivatie";2;0;0;0;1',
      '"2. Bemiddelaars en ""uitzendbureaus""";1;1;0;1;3',
      'Score;2 van 2;1 van 2;0 van 2;1 van 2;',
      '',
    ].join('\r\n'));
  });

  it('quotes only where needed', () => {
    expect(csvField('Gemeenten')).toBe('Gemeenten');
    expect(csvField(29.5)).toBe('29.5');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@ergens')).toBe("'@ergens");
  });
});
