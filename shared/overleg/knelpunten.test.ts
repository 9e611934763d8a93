import { describe, expect, it } from 'vitest';
import { overlegAction, overlegAgenda, testId } from '../../test/support/overleg';
import type { OverlegKnelpunt } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';
import { otherGroupTitle, sharedKnelpunten } from './knelpunten';

/** The knelpunten of seed 003 §5.2 with the ids of the reference data, and one success factor that is not a knelpunt. */
const catalogue: CatalogueItem[] = [
  ...['Beperkt mandaat over werkgevers', 'Niet alle lagen van organisaties bereikt', 'Weinig tijd en budget', 'Veel werkgevers', 'Complexe wetgeving', 'Formatiegestuurd HR-beleid']
    .map((title, index): CatalogueItem => ({ id: `knelpunt-K${index + 1}`, kind: 'knelpunt', code: `K${index + 1}`, title, description: `Uitleg K${index + 1}` })),
  { id: 'succesfactor-S1', kind: 'succesfactor', code: 'S1', title: 'Intrinsieke motivatie', description: '' },
];

let next = 0;
const knelpunt = (catalogueId: string | null, title: string, answeredByActionIds: string[] = []): OverlegKnelpunt => ({
  id: testId('e', ++next), title, description: `Beschrijving: ${title}`, cause: `Oorzaak: ${title}`, catalogueId, addressee: 'sector', request: '', answeredByActionIds,
});

const gemeenten = overlegAgenda(1, {
  sectorName: 'Gemeenten',
  actions: [overlegAction(1, 5), overlegAction(2, 10)],
  knelpunten: [
    knelpunt('knelpunt-K4', 'Honderden gemeenten', [testId('c', 1), testId('c', 99)]),
    knelpunt('knelpunt-K1', 'Geen zeggenschap'),
    knelpunt('knelpunt-K4', 'Cijfers per gemeente ontbreken', [testId('c', 2)]),
    knelpunt(null, 'Eigen knelpunt zonder categorie'),
  ],
});
const provincies = overlegAgenda(2, { sectorName: 'Provincies', knelpunten: [knelpunt('knelpunt-K3', 'Weinig uren'), knelpunt('knelpunt-K1', 'Provincies beslissen zelf')] });
const universiteiten = overlegAgenda(3, { sectorName: 'Universiteiten', knelpunten: [knelpunt('knelpunt-K1', 'Faculteiten autonoom'), knelpunt('knelpunt-K4', 'Veel instellingen')] });
const politie = overlegAgenda(4, { sectorName: 'Politie', isEmployer: true, knelpunten: [knelpunt('knelpunt-K6', 'Formatie ligt vast'), knelpunt('knelpunt-K9', 'Uit een nieuwere catalogus')] });

describe('shared knelpunten (issue 6, item 5)', () => {
  const groups = sharedKnelpunten([gemeenten, provincies, universiteiten, politie], catalogue);

  it('puts knelpunten shared by most sectors first, then catalogue order, and Overig last', () => {
    expect(groups.map((group) => group.code)).toEqual(['K1', 'K4', 'K3', 'K6', null]);
    expect(groups.map((group) => group.sectorCount)).toEqual([3, 2, 1, 1, 2]);
    expect(groups.map((group) => group.shared)).toEqual([true, true, false, false, false]);
    expect(groups.at(-1)!.title).toBe(otherGroupTitle);
  });

  it('shows the texts of each sector side by side, with the actions that answer them', () => {
    const k4 = groups[1]!;
    expect(k4).toMatchObject({ catalogueId: 'knelpunt-K4', title: 'Veel werkgevers', description: 'Uitleg K4' });
    expect(k4.sectors.map((sector) => sector.sectorName)).toEqual(['Gemeenten', 'Universiteiten']);
    const [first, second] = k4.sectors[0]!.knelpunten;
    expect(first).toMatchObject({ title: 'Honderden gemeenten', description: 'Beschrijving: Honderden gemeenten', cause: 'Oorzaak: Honderden gemeenten' });
    // The link to an action the agenda does not have is left out.
    expect(first!.answeredBy).toEqual([{ id: testId('c', 1), title: 'Actie 1' }]);
    expect(second!.answeredBy).toEqual([{ id: testId('c', 2), title: 'Actie 2' }]);
    expect(k4.sectors[1]!.knelpunten.map((entry) => entry.answeredBy)).toEqual([[]]);
  });

  it('collects knelpunten without a known category under Overig, never as shared', () => {
    const other = groups.at(-1)!;
    expect(other).toMatchObject({ catalogueId: null, code: null, sectorCount: 2, shared: false });
    expect(other.sectors.map((sector) => [sector.sectorName, sector.knelpunten.map((entry) => entry.title)])).toEqual([
      ['Gemeenten', ['Eigen knelpunt zonder categorie']],
      ['Politie', ['Uit een nieuwere catalogus']],
    ]);
  });

  it('counts two agendas of one sector once, and leaves out empty categories', () => {
    const again = overlegAgenda(5, { sectorId: provincies.sectorId, sectorName: 'Provincies', source: 'geimporteerd', knelpunten: [knelpunt('knelpunt-K3', 'Nog steeds weinig uren')] });
    const [k3] = sharedKnelpunten([provincies, again], catalogue).filter((group) => group.code === 'K3');
    expect(k3).toMatchObject({ sectorCount: 1, shared: false });
    expect(k3!.sectors).toHaveLength(2);
    expect(sharedKnelpunten([overlegAgenda(6)], catalogue)).toEqual([]);
  });
});
