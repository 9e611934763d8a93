import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

// Three Word werkagenda's of the shapes sectors really use, made with the docx library: actions in a table, in
// lists, and in prose under bold lines. Tests read them back through the core.

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });
const numbered = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: 'nummers', level } });
const table = (rows: string[][]) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((row, index) => new TableRow({ tableHeader: index === 0, children: row.map((cell) => new TableCell({ children: cell.split('\n').map(para) })) })),
});
const numbering = { config: [{ reference: 'nummers', levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })) }] };

const pack = (children: (Paragraph | Table)[]) => Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));

/** Gemeenten: numbered headings, knelpunten in a numbered list, actions in a table with its own column names, signatories in a table. */
export function tableAgenda(actionCount = 4): Promise<Buffer> {
  const actions = [
    ['Netwerkbijeenkomsten met goede voorbeelden', 'Vier keer per jaar delen gemeenten hun ervaringen in een regionale bijeenkomst.', 'januari – juni 2025', 'VNG, programmaleider', 'Ten minste 4 bijeenkomsten per jaar'],
    ['SROI in aanbestedingen', 'Gemeenten nemen social return op in alle grote aanbestedingen.', 'maart 2025 – december 2025', 'Gemeenten', '20 banen via SROI'],
    ['Training voor werkbegeleiders', 'Leidinggevenden en collega’s leren een nieuwe medewerker goed te begeleiden.', '2025 – 2026', 'Gemeenten', 'Meer begrip bij leidinggevenden'],
    ['Samenwerking met het sw-bedrijf', 'Het sw-bedrijf neemt werving en begeleiding uit handen.', 'doorlopend', 'Werkbedrijf Rijnmond (partner)', '15 plaatsingen'],
  ];
  const rows = Array.from({ length: actionCount }, (_, index) => {
    const row = actions[index % actions.length]!;
    return index < actions.length ? row : [`${row[0]} (${index + 1})`, ...row.slice(1)];
  });
  return pack([
    heading('Werkagenda Banenafspraak Gemeenten 2025-2026', HeadingLevel.TITLE),
    heading('1. Inleiding'),
    para('Met deze werkagenda zetten gemeenten de volgende stap in de banenafspraak.'),
    heading('2. Terugblik'),
    para('In de vorige periode realiseerden gemeenten 1.200 extra banen; de netwerkbijeenkomsten werden goed bezocht.'),
    heading('3. Knelpunten'),
    numbered('Weinig tijd bij HR: de banenafspraak staat niet hoog op de agenda. Oorzaak: HR-afdelingen zijn klein en druk met andere taken.'),
    numbered('Werkgevers kennen de regels niet: de wetgeving is complex. Oorzaak: de regels rond loonkostensubsidie verschillen per gemeente.'),
    heading('4. Doelstellingen'),
    para('In 2025 realiseren gemeenten 150 extra banen, en in 2026 180 banen.'),
    para('We benaderen ten minste 40 werkgevers die nog niemand uit de doelgroep in dienst hebben.'),
    heading('5. Activiteiten'),
    table([['Activiteit', 'Toelichting', 'Planning', 'Trekker', 'Beoogd resultaat'], ...rows]),
    heading('6. Ondertekening'),
    table([['Naam', 'Functie', 'Organisatie'], ['J. de Vries', 'Voorzitter', 'VNG'], ['A. Bakker', 'Wethouder', 'Gemeente Utrecht']]),
    heading('Bijlage: begrippen'),
    para('Doelgroepregister: het register van UWV met de mensen die onder de banenafspraak vallen.'),
  ]);
}

/** Waterschappen: unnumbered headings, actions as bullets with labelled sub-items, knelpunten as paragraphs, signatories as lines. */
export function listAgenda(): Promise<Buffer> {
  return pack([
    heading('Werkagenda Waterschappen 2025 – 2026', HeadingLevel.TITLE),
    heading('Aanleiding'),
    para('De waterschappen willen meer mensen met een arbeidsbeperking een baan bieden.'),
    heading('Wat hebben we bereikt'),
    para('Elf waterschappen hebben samen 85 banen gerealiseerd.'),
    heading('Probleemanalyse'),
    para('Veel waterschappen vinden het moeilijk om geschikte kandidaten te vinden. Dat komt doordat de waterschappen vooral hoger opgeleid personeel vragen.'),
    para('Leidinggevenden zijn handelingsverlegen. Oorzaak: zij weten niet hoe zij een medewerker uit de doelgroep begeleiden.'),
    heading('Onze acties'),
    bullet('Ambassadeurs in elk waterschap: medewerkers vertellen hun eigen verhaal.'),
    bullet('Planning: januari – juni 2025', 1),
    bullet('Trekker: Unie van Waterschappen', 1),
    bullet('Resultaat: 12 ambassadeurs actief', 1),
    bullet('Stageplaatsen voor leerlingen van het praktijkonderwijs.'),
    bullet('Planning: maart 2025 – december 2025', 1),
    bullet('Trekker: de waterschappen', 1),
    bullet('Resultaat: 25 stageplaatsen', 1),
    bullet('Jobcarving op de zuiveringen: eenvoudige taken bundelen tot passende functies.'),
    bullet('Planning: 2025 – 2026', 1),
    heading('Ondertekening'),
    para('P. Jansen, voorzitter, Unie van Waterschappen'),
    para('M. de Boer – dijkgraaf'),
    para('Datum: ____________'),
  ]);
}

/** Rijksoverheid: headings only as bold lines, actions in prose with the planning in the sentence, the period in the text. */
export function proseAgenda(): Promise<Buffer> {
  return pack([
    bold('Werkagenda banenafspraak Rijksoverheid'),
    para('Deze werkagenda beschrijft wat het Rijk in de periode 2025-2026 doet voor de banenafspraak.'),
    bold('Knelpunten'),
    para('Onderdelen vinden weinig passende functies. Dit komt doordat functies formatiegestuurd zijn ingericht.'),
    bold('Wat gaan we doen'),
    bold('Centrale financiering'),
    para('Een centrale pot vergoedt de loonkosten van nieuwe medewerkers uit de doelgroep. Dit loopt doorlopend, gedurende de hele looptijd.'),
    bold('Meet and greets'),
    para('In het najaar 2025 organiseren we meet and greets voor managers en kandidaten, met ten minste 60 deelnemers.'),
    bold('Onbeperkt Talent'),
    para('Het programma voor hoogopgeleide medewerkers met een arbeidsbeperking wordt voortgezet vanaf september 2025.'),
    bold('Ondertekening'),
    para('De minister van BZK'),
  ]);
}

/** A letter that is no werkagenda at all. */
export function letter(): Promise<Buffer> {
  return pack([para('Beste collega,'), para('Hierbij de notulen van het overleg van dinsdag.'), para('Met vriendelijke groet,')]);
}
