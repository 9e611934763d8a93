import { sql, type Kysely } from 'kysely';

// Plain wording in the reference data (issue 14, item 7), only where the user has not changed it:
// - type 2 and success factor S3 spell out the werkgeversservicepunt, not only the abbreviation WSP;
// - K3 said "activiteiten" where the rest of the app says "acties";
// - the source of 2,69% for 2022 named "seed 003", our word for the file, not the research's title;
// - "Umc's" had the straight apostrophe; every other plural on screen has the curly one (werkagenda’s).
// None of these texts is part of a revision's content (a sector is known there, and in exchange
// files, by its id), so no frozen version or signature changes.
// Never edit this file after it has landed: add a new migration instead.
const type2Old = 'Bemiddelaars, uitzendbureaus of het WSP zoeken kandidaten en dragen ze voor; daarna neemt de werkgever ze zelf in dienst en begeleidt ze.';
const type2New = 'Bemiddelaars, uitzendbureaus of het werkgeversservicepunt (WSP) zoeken kandidaten en dragen ze voor. Daarna neemt de werkgever ze zelf in dienst en begeleidt ze.';
const s3Old = 'Intermediairs, WSP’s en gemeenten helpen bij werving en begeleiding.';
const s3New = 'Intermediairs, werkgeversservicepunten (WSP’s) en gemeenten helpen bij werving en begeleiding.';
const k3Old = 'De banenafspraak staat niet hoog op de prioriteitenlijst; niet alle activiteiten zijn uitvoerbaar en niet alle werkgevers te bereiken.';
const k3New = 'De banenafspraak staat niet hoog op de prioriteitenlijst. Niet alle acties zijn uit te voeren en niet alle werkgevers zijn te bereiken.';

const umcId = 'd2e1bb72-badc-492a-92ee-a2d4b9f9584f';
const source2022Old = 'Onderzoek werkagenda’s 2023 (seed 003, §4.2, rekenvoorbeeld)';
const source2022New = 'Onderzoek werkagenda’s 2023, §4.2 (rekenvoorbeeld)';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE quotum_percentages SET source = ${source2022New} WHERE year = 2022 AND source = ${source2022Old}`.execute(db);
  await sql`UPDATE sectors SET name = ${'Umc’s'} WHERE id = ${umcId} AND name = ${"Umc's"}`.execute(db);
  await sql`UPDATE action_types SET explanation = ${type2New} WHERE id = 2 AND explanation = ${type2Old}`.execute(db);
  await sql`UPDATE catalogue_items SET description = ${s3New} WHERE kind = 'succesfactor' AND code = 'S3' AND description = ${s3Old}`.execute(db);
  await sql`UPDATE catalogue_items SET description = ${k3New} WHERE kind = 'knelpunt' AND code = 'K3' AND description = ${k3Old}`.execute(db);
}
