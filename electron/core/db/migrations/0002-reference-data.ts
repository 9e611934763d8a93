import type { Kysely } from 'kysely';

// Reference data from the seeds. Sector ids are fixed so that agendas exchanged
// between installations refer to the same sector. Users may rename or add
// sectors and edit the types afterwards; this migration only fills a new file.
// Never edit after landing: corrections go in a new migration.

const sectors: [id: string, name: string, signatories: string, isEmployer: 0 | 1][] = [
  ['4db1afbf-b1ee-4cd2-b028-72f253a0e6e4', 'Gemeenten', 'VNG', 0],
  ['a90677fb-d0fb-4eef-a212-32fad410f1b5', 'Provincies', 'IPO (later ook afzonderlijke provincies)', 0],
  ['98fc3c5e-3ca6-4b26-90b5-177f7cff5aaa', 'Waterschappen', 'Unie van Waterschappen / Vereniging van waterschappen', 0],
  ['c52bd15c-6e7b-4742-9f85-e7037bce23b4', 'Funderend onderwijs', 'PO-Raad en VO-raad, met de minister voor primair en voortgezet onderwijs', 0],
  ['85679c4d-f1d5-4e75-a57c-d4e53ddc31df', 'Mbo', 'MBO Raad', 0],
  ['93bc4f91-e9e0-41ce-91fc-de0dd1931864', 'Hbo', 'Vereniging Hogescholen', 0],
  ['16f54182-9e07-4d04-890e-560ed484f3fd', 'Universiteiten', 'Minister van OCW; UNL', 0],
  ['525fa435-535e-4815-8cdd-0d28c3f68158', 'Onderzoeksinstellingen', 'WVOI en minister van OCW', 0],
  ['d2e1bb72-badc-492a-92ee-a2d4b9f9584f', "Umc's", 'NFU en minister van OCW', 0],
  ['ea41e91d-3a13-4e81-a8f5-212e1df57fac', 'Defensie', 'Minister van Defensie', 1],
  ['23a2c3c6-a3b4-4be5-99c5-b37e06c2dfac', 'Politie', 'Minister van Justitie en Veiligheid', 1],
  ['ba96b1b8-f149-47b0-bcb6-c28acf83a878', 'Rijksoverheid', 'Minister van BZK', 1],
];

const actionTypes: [id: number, name: string, origin: 'significant' | 'toegevoegd', explanation: string][] = [
  [1, 'Ambassadeurschap / persoonlijke motivatie', 'significant', 'Mensen die zelf gemotiveerd zijn, dragen de banenafspraak uit en nemen anderen mee.'],
  [2, 'Bemiddelaars en uitzendbureaus', 'significant', 'Werving en plaatsing van kandidaten via bemiddelaars, WSP’s en uitzendbureaus.'],
  [3, 'Bestuurlijk commitment', 'significant', 'Bestuurders verbinden zich zichtbaar aan de doelen, bijvoorbeeld door de werkagenda te ondertekenen.'],
  [4, 'Centralisatie van aansturing / financiering', 'toegevoegd', 'Onderdelen dragen bij aan een centrale pot of centraal team dat banen realiseert en begeleidt.'],
  [5, 'Delen van goede voorbeelden', 'toegevoegd', 'Praktijkvoorbeelden delen in bijeenkomsten en nieuwsbrieven, met contactgegevens van de werkgever.'],
  [6, 'Functies passend maken voor competenties, mogelijkheden en beperkingen van kandidaten (job carving)', 'significant', 'Taken uit bestaande functies halen en bundelen tot een passende functie.'],
  [7, 'Inkoop en SROI', 'toegevoegd', 'Banen in de markt via inkoop en social return (SROI) bij opdrachtnemers.'],
  [8, 'Meet and greets voor managers, leidinggevenden en kandidaten', 'significant', 'Leidinggevenden en kandidaten leren elkaar laagdrempelig kennen.'],
  [9, 'Proefplaatsingen, stages en werkervaringsplekken en andere manieren om kandidaten te leren kennen', 'significant', 'Kandidaten en werkgever proberen het samen, voordat een vaste baan volgt.'],
  [10, 'Samenwerken met partners die ondersteunen en ontzorgen (intermediairs, sw-bedrijf)', 'significant', 'Intermediairs, sw-bedrijven, WSP’s of gemeenten nemen werving en begeleiding uit handen.'],
  [11, 'Talenttrajecten voor hoogopgeleide mensen met een arbeidsbeperking', 'significant', 'Trajecten die hoger opgeleide kandidaten naar passend werk leiden.'],
  [12, 'Training voor begeleiders', 'significant', 'Leidinggevenden en collega’s leren hoe zij een medewerker uit de doelgroep goed begeleiden.'],
];

const catalogue: [kind: 'knelpunt' | 'succesfactor' | 'activiteit', code: string, title: string, description: string][] = [
  ['knelpunt', 'K1', 'Beperkt mandaat over werkgevers', 'De sectorvertegenwoordiger heeft beperkt zeggenschap over wat werkgevers doen en is eerder inspirator en ondersteuner dan sturend.'],
  ['knelpunt', 'K2', 'Niet alle lagen van organisaties bereikt', 'Het commitment blijft vaak beperkt tot één laag of één persoon, zoals de HR-adviseur.'],
  ['knelpunt', 'K3', 'Weinig tijd en budget voor de sectorvertegenwoordiger', 'De banenafspraak staat niet hoog op de prioriteitenlijst; niet alle activiteiten zijn uitvoerbaar en niet alle werkgevers te bereiken.'],
  ['knelpunt', 'K4', 'Veel werkgevers, moeilijk te bereiken en te monitoren', 'In sectoren met honderden werkgevers is het lastig om op alle werkgevers vat te krijgen en de gerealiseerde banen te volgen.'],
  ['knelpunt', 'K5', 'Complexe, weinig motiverende wetgeving en een jaarlijks stijgend quotum', 'Werkgevers doorgronden de regels niet, kiezen een makkelijke kandidaat en ervaren het quotum als een race zonder einde; kwantiteit gaat voor kwaliteit.'],
  ['knelpunt', 'K6', 'Formatiegestuurd HR-beleid', 'Waar voor elke functie een vast budget is, zijn nieuwe of aangepaste functies lastig; bovenformatieve banen zijn vaak niet duurzaam.'],
  ['succesfactor', 'S1', 'Intrinsieke motivatie', 'Werkgevers en sectorvertegenwoordigers die zelf gemotiveerd zijn, halen de meeste resultaten.'],
  ['succesfactor', 'S2', 'Voldoende tijd voor de sectorvertegenwoordiger', 'Een vertegenwoordiger die (bijna) voltijds aan de banenafspraak werkt, kan persoonlijk contact houden met werkgevers.'],
  ['succesfactor', 'S3', 'Samenwerking met gespecialiseerde partijen', 'Intermediairs, WSP’s en gemeenten helpen bij werving en begeleiding.'],
  ['succesfactor', 'S4', 'Proactief goede voorbeelden delen', 'Goede voorbeelden wekken motivatie en geven werkgevers de kans concrete vragen te stellen.'],
  ['succesfactor', 'S5', 'Centralisatie van financiering en aansturing', 'Een centrale pot of centraal team ontzorgt werkgevers en bindt bestuurders.'],
  ['succesfactor', 'S6', 'Bestuurlijk commitment', 'Bestuurders die de werkagenda ondertekenen of regelmatig worden bijgepraat, zetten de organisatie in beweging.'],
  ['succesfactor', 'S7', 'Job carving', 'Werkgevers wijzen op de mogelijkheden om functies op te knippen in hun eigen organisatie.'],
  ['succesfactor', 'S8', 'Pilots en proeftuinen', 'Experimenten met nieuwe soorten banen, met raad en daad van de sectorvertegenwoordiger.'],
  ['succesfactor', 'S9', 'Trainingen voor begeleiders', 'Laagdrempelige trainingen zorgen voor goede begeleiding van nieuwe medewerkers.'],
  ['activiteit', '2a', 'Samenwerken met gespecialiseerde partijen', 'Breng werkgevers regionaal in contact met WSP’s, UWV, gemeenten en intermediairs die werving en begeleiding ontzorgen.'],
  ['activiteit', '2b', 'Proactief goede voorbeelden delen', 'Organiseer netwerkbijeenkomsten met werkgevers en werknemers, of deel praktijkvoorbeelden met contactgegevens in een nieuwsbrief.'],
  ['activiteit', '2c', 'Centraliseren van financiering en aansturing', 'Ondersteun een centrale pot of constructie op sector-, werkgevers- of regionaal niveau.'],
  ['activiteit', '2d', 'Bijeenkomsten over job carving', 'Organiseer (regionale) werkgroepen waarin job carving wordt toegepast op de eigen organisatie.'],
  ['activiteit', '2e', 'Pilots en proeftuinen ondersteunen', 'Steun pilots met raad en daad en deel de geleerde lessen met andere werkgevers.'],
  ['activiteit', '2f', 'Trainingen voor begeleiders', 'Organiseer trainingen of wijs op bestaande trainingen bij WSP’s en gemeenten.'],
  ['activiteit', '2g', 'Fonds voor veelbelovende projecten', 'Richt op sectorniveau een fonds op, bijvoorbeeld voor de loonkosten van een projectleider.'],
  ['activiteit', '2h', 'Helpdesk voor werkgevers', 'Wijs per sector of regio een vast aanspreekpunt aan voor vragen over wetgeving, subsidies en het quotum.'],
  ['activiteit', '2i', 'Minder gemotiveerde werkgevers in kaart brengen', 'Zoek ook werkgevers op die nog niet gemotiveerd zijn, bij voorkeur persoonlijk en op de werkvloer.'],
];

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any
  await db.insertInto('sectors').values(sectors.map(([id, name, signatories, isEmployer], index) => ({
    id, name, signatory_organisations: signatories, is_employer: isEmployer, sort_order: index + 1,
  }))).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('action_types').values(actionTypes.map(([id, name, origin, explanation]) => ({ id, name, origin, explanation })))
    .onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('catalogue_items').values(catalogue.map(([kind, code, title, description], index) => ({
    id: `${kind}-${code}`, kind, code, title, description, sort_order: index + 1,
  }))).onConflict((oc) => oc.doNothing()).execute();
}
