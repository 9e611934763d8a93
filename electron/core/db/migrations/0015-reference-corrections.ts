import { sql, type Kysely } from 'kysely';

// Corrections to the reference data of 0002 and 0004 (issue 14, item 7), only where the user has not changed it:
// - the 1,93% for 2018 is the quotum regulation's, not seed 003's (which has 2,69% for 2022 only);
// - the explanations of types 2 and 10 both named the werkgeversservicepunten, which invited coding one activity
//   either way: type 2 brings candidates, type 10 takes recruitment and support off the employer's hands.
// Never edit this file after it has landed: add a new migration instead.
const oldSource = "Onderzoek werkagenda's 2023 (seed 003)";
const type2Old = 'Werving en plaatsing van kandidaten via bemiddelaars, WSP’s en uitzendbureaus.';
const type2New = 'Bemiddelaars, uitzendbureaus of het WSP zoeken kandidaten en dragen ze voor; daarna neemt de werkgever ze zelf in dienst en begeleidt ze.';
const type10Old = 'Intermediairs, sw-bedrijven, WSP’s of gemeenten nemen werving en begeleiding uit handen.';
const type10New = 'Een partner, zoals een sw-bedrijf, een intermediair of de gemeente, neemt werving én begeleiding uit handen en blijft de werkgever na de plaatsing ondersteunen. Vraagt u alleen kandidaten aan, dan is het actietype 2.';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE quotum_percentages SET source = ${'Quotumregeling overheidswerkgevers, percentage voor 2018'} WHERE year = 2018 AND source = ${oldSource}`.execute(db);
  await sql`UPDATE quotum_percentages SET source = ${'Onderzoek werkagenda’s 2023 (seed 003, §4.2, rekenvoorbeeld)'} WHERE year = 2022 AND source = ${oldSource}`.execute(db);
  await sql`UPDATE action_types SET explanation = ${type2New} WHERE id = 2 AND explanation = ${type2Old}`.execute(db);
  await sql`UPDATE action_types SET explanation = ${type10New} WHERE id = 10 AND explanation = ${type10Old}`.execute(db);
}
