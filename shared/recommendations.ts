import type { TargetLevel } from './domain/agenda';

/** A measurable target to start from, at one of the three levels of seed 003 §4.2. */
export interface ExampleTarget { level: TargetLevel; indicator: string; unit: string; targetValue: number; perYear: boolean }

/**
 * A recommended activity of seed 003 §6.1 (recommendation 2a–2i) and the action type it is coded under. The 12 types
 * stay the research's frame, so every activity maps onto one of them; `why` says the choice where it is not obvious
 * (2e, 2g, 2h, 2i have no type of their own), so that every sector codes them alike and the overleg can compare.
 */
export interface Recommendation {
  code: string;
  typeId: number;
  why: string;
  /** The title a new action starts with; the user edits it to the sector's own words. */
  actionTitle: string;
  examples: readonly ExampleTarget[];
}

const jobs = (value: number): ExampleTarget => ({ level: 'smal', indicator: 'Nieuwe banen uit deze actie', unit: 'banen', targetValue: value, perYear: false });

export const recommendations: readonly Recommendation[] = [
  { code: '2a', typeId: 10, why: 'Gespecialiseerde partijen nemen werving en begeleiding uit handen: actietype 10.', actionTitle: 'Werkgevers in contact brengen met WSP’s, UWV, gemeenten en intermediairs',
    examples: [{ level: 'breed', indicator: 'Regio’s waarin de ontzorgende partijen in kaart zijn gebracht', unit: 'regio’s', targetValue: 4, perYear: false }, { level: 'middenweg', indicator: 'Werkgevers gekoppeld aan een ontzorgende partij', unit: 'werkgevers', targetValue: 20, perYear: false }, jobs(10)] },
  { code: '2b', typeId: 5, why: 'Goede voorbeelden delen is actietype 5.', actionTitle: 'Goede voorbeelden delen met contactgegevens',
    examples: [{ level: 'breed', indicator: 'Netwerkbijeenkomsten met werkgevers', unit: 'bijeenkomsten', targetValue: 2, perYear: true }, { level: 'middenweg', indicator: 'Werkgevers die een voorbeeld deelden of bezochten', unit: 'werkgevers', targetValue: 20, perYear: false }, jobs(5)] },
  { code: '2c', typeId: 4, why: 'Een centrale pot of aansturing is actietype 4.', actionTitle: 'Een centrale financieringsstructuur inrichten',
    examples: [{ level: 'breed', indicator: 'Centrale financieringsstructuur ingericht', unit: 'structuur', targetValue: 1, perYear: false }, { level: 'middenweg', indicator: 'Werkbegeleiders geworven en opgeleid', unit: 'begeleiders', targetValue: 3, perYear: false }, jobs(15)] },
  { code: '2d', typeId: 6, why: 'Bijeenkomsten over job carving vallen onder actietype 6.', actionTitle: 'Werkgroepen over job carving in de eigen organisatie',
    examples: [{ level: 'breed', indicator: 'Werkgroepen over job carving gehouden', unit: 'bijeenkomsten', targetValue: 3, perYear: false }, { level: 'middenweg', indicator: 'Werkgevers die functies opnieuw indeelden', unit: 'werkgevers', targetValue: 10, perYear: false }, jobs(10)] },
  { code: '2e', typeId: 9, why: 'Een pilot of proeftuin laat werkgever en kandidaten het samen proberen voordat er een vaste baan volgt: actietype 9.', actionTitle: 'Een proeftuin bij een grote werkgever ondersteunen',
    examples: [{ level: 'breed', indicator: 'Proeftuin uitgevoerd', unit: 'proeftuin', targetValue: 1, perYear: false }, { level: 'middenweg', indicator: 'Werkbegeleiders geworven en opgeleid', unit: 'begeleiders', targetValue: 3, perYear: false }, jobs(10)] },
  { code: '2f', typeId: 12, why: 'Trainingen voor begeleiders zijn actietype 12.', actionTitle: 'Trainingen voor begeleiders organiseren of aanbieden',
    examples: [{ level: 'breed', indicator: 'Trainingen aangeboden', unit: 'trainingen', targetValue: 2, perYear: true }, { level: 'middenweg', indicator: 'Begeleiders getraind', unit: 'begeleiders', targetValue: 25, perYear: false }, jobs(5)] },
  { code: '2g', typeId: 4, why: 'Een fonds op sectorniveau is centrale financiering: actietype 4.', actionTitle: 'Een fonds voor veelbelovende projecten oprichten',
    examples: [{ level: 'breed', indicator: 'Fonds opgericht', unit: 'fonds', targetValue: 1, perYear: false }, { level: 'middenweg', indicator: 'Projecten die een bijdrage kregen', unit: 'projecten', targetValue: 5, perYear: false }, jobs(10)] },
  { code: '2h', typeId: 4, why: 'Een vast aanspreekpunt van de sector is centrale aansturing die werkgevers ontzorgt: actietype 4 (een partij van buiten, zoals een WSP, is actietype 10).', actionTitle: 'Een helpdesk voor werkgevers per sector of regio',
    examples: [{ level: 'breed', indicator: 'Helpdesk ingericht', unit: 'helpdesk', targetValue: 1, perYear: false }, { level: 'middenweg', indicator: 'Vragen van werkgevers afgehandeld', unit: 'vragen', targetValue: 50, perYear: true }, jobs(5)] },
  { code: '2i', typeId: 1, why: 'Persoonlijk contact met minder gemotiveerde werkgevers, als inspirator: ambassadeurschap, actietype 1.', actionTitle: 'Minder gemotiveerde werkgevers persoonlijk bezoeken',
    examples: [{ level: 'breed', indicator: 'Minder gemotiveerde werkgevers in kaart gebracht', unit: 'overzicht', targetValue: 1, perYear: false }, { level: 'middenweg', indicator: 'Werkgevers persoonlijk bezocht', unit: 'werkgevers', targetValue: 20, perYear: false }, { level: 'smal', indicator: 'Nieuwe banen per bezochte werkgever', unit: 'banen', targetValue: 1, perYear: false }] },
];

export const recommendationByCode = (code: string) => recommendations.find((entry) => entry.code === code);
