import { describe, expect, it } from 'vitest';
import { overlegAgenda, testId } from '../../test/support/overleg';
import type { Addressee } from '../domain/agenda';
import type { OverlegKnelpunt } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';
import { signalsForMinistries } from './signals';

const catalogue: CatalogueItem[] = [
  { id: 'knelpunt-K4', kind: 'knelpunt', code: 'K4', title: 'Veel werkgevers, moeilijk te bereiken en te monitoren', description: '' },
  { id: 'knelpunt-K5', kind: 'knelpunt', code: 'K5', title: 'Complexe, weinig motiverende wetgeving en een jaarlijks stijgend quotum', description: '' },
];

let next = 0;
const knelpunt = (catalogueId: string | null, title: string, addressee: Addressee, request = ''): OverlegKnelpunt => ({
  id: testId('e', ++next), title, description: '', cause: '', catalogueId, addressee, request, answeredByActionIds: [],
});

// Seed 003 §5.2 and §6.1 recommendation 1: complex law is a matter for SZW, the quotum of the government sector for BZK.
const gemeenten = overlegAgenda(1, { sectorName: 'Gemeenten', knelpunten: [
  knelpunt('knelpunt-K5', 'Subsidieregels per doelgroep verschillen', 'szw', 'Eén regeling voor alle doelgroepen van de banenafspraak.'),
  knelpunt('knelpunt-K4', 'Honderden gemeenten', 'sector'),
] });
const onderwijs = overlegAgenda(2, { sectorName: 'Funderend onderwijs', knelpunten: [
  knelpunt('knelpunt-K5', 'Scholen doorgronden de wet niet', 'szw', 'Een landelijke helpdesk voor kleine werkgevers.'),
  knelpunt(null, 'Quotum telt inkoop niet mee', 'bzk', 'Tel banen via inkoop mee in het quotum van de sector overheid.'),
  knelpunt(null, 'Scholen hebben weinig tijd', 'werkgevers'),
] });

describe('signals for SZW and BZK (issue 14, item 2)', () => {
  const groups = signalsForMinistries([gemeenten, onderwijs], catalogue);

  it('holds only the knelpunten the sector and its employers cannot solve, grouped by theme', () => {
    expect(groups.map((group) => group.code)).toEqual(['K5', null]);
    expect(groups[0]!.shared).toBe(true);
    expect(groups[0]!.sectors.map((sector) => sector.sectorName)).toEqual(['Gemeenten', 'Funderend onderwijs']);
    expect(groups.flatMap((group) => group.sectors.flatMap((sector) => sector.knelpunten.map((k) => k.title))))
      .not.toContain('Honderden gemeenten');
  });

  it('keeps who is addressed and what is asked', () => {
    expect(groups[1]!.sectors[0]!.knelpunten[0]).toMatchObject({ addressee: 'bzk', request: 'Tel banen via inkoop mee in het quotum van de sector overheid.' });
  });

  it('is empty when every knelpunt is the sector’s own', () => {
    expect(signalsForMinistries([overlegAgenda(3, { knelpunten: [knelpunt(null, 'Eigen', 'sector')] })], catalogue)).toEqual([]);
  });
});
