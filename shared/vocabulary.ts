/**
 * One Dutch vocabulary for the screens, the Word exports and the CSV (issue 14, item 7): the word we use, what it
 * means for a civil servant, and the variants we do not use. test/unit/vocabulary.test.ts reads every user-facing
 * string of the app and fails on a variant, so the vocabulary holds.
 */
export interface Term {
  word: string;
  meaning: string;
  /** Variants that must not appear in what users read. */
  avoid: readonly RegExp[];
}

export const vocabulary: readonly Term[] = [
  { word: 'actie', meaning: 'Wat de sector of de werkgevers gaan doen. "Aanbevolen activiteit" alleen voor de aanbevelingen 2a–2i uit het onderzoek.', avoid: [/(?<!aanbevolen )\bactiviteit(en)?\b/i] },
  { word: 'aanpakken', meaning: 'Een actie pakt een knelpunt aan; het knelpunt wordt aangepakt door die actie.', avoid: [/\bbeantwoord/i] },
  { word: 'vastleggen (een versie)', meaning: 'Bij ter ondertekening aanbieden wordt de inhoud vastgelegd; daarna kan die versie niet meer veranderen.', avoid: [/\bbevr(o|ie)(ren|zen|or)\b/i, /\bbevriezing\b/i] },
  { word: 'controlecode', meaning: 'De code die bij precies één inhoud of één sleutel hoort; wie hem vergelijkt, ziet of er iets veranderd is.', avoid: [/vingerafdruk/i, /^Sleutel: $/] },
  { word: 'beleidscyclus', meaning: 'Plannen, uitvoeren, controleren en bijsturen: de vier stappen van een werkagenda.', avoid: [/plan-do-check-act/i, /\bPDCA\b/] },
  { word: 'actietypen van Significant', meaning: 'De negen actietypen uit het onderzoek van Significant (2018); de drie andere voegde het latere onderzoek toe.', avoid: [/Significant-actietype/i] },
  { word: 'loopt achter', meaning: 'De status van een doel waarvan de laatste meting onder de verwachte stand ligt; naast behaald, op koers en nog niet gemeten.', avoid: [/^\s*Achter\s*$/, /^\s*Geen gegevens\s*$/] },
  { word: 'achterstand', meaning: 'Hoeveel banen er nog ontbreken tot het doel.', avoid: [/\bbanen achter\b/i] },
  { word: 'werkagenda’s', meaning: 'Meervoud, met een gekrulde apostrof zoals in gedrukt Nederlands, overal hetzelfde.', avoid: [/werkagenda's/i] },
  { word: 'haar (de werkagenda)', meaning: 'De werkagenda is een zij: "zet haar terug".', avoid: [/zet hem terug/i] },
  { word: 'trekker', meaning: 'Wie verantwoordelijk is voor een actie, naast wie haar uitvoert.', avoid: [/\beigenaar\b/i] },
  { word: 'x/12', meaning: 'De score: hoeveel van de 12 actietypen een werkagenda gebruikt.', avoid: [/\b\d+ van (de )?12\b(?! actietypen)/] },
];
