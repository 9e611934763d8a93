import { sql } from 'kysely';

/*
 * An action's further types and knelpunt links as JSON arrays beside its row, from subqueries
 * on the link tables' keys, for a select from actions: one query however many actions are
 * read, where a query per link table cost most of what reading one action costs.
 */
export const actionLinkColumns = [
  sql<string>`(SELECT json_group_array(t.type_id ORDER BY t.type_id) FROM action_extra_types t WHERE t.action_id = actions.id)`.as('extraTypeIds'),
  sql<string>`(SELECT json_group_array(k.knelpunt_id ORDER BY k.knelpunt_id) FROM action_knelpunten k WHERE k.action_id = actions.id)`.as('knelpuntIds'),
];

/** The ids of actionLinkColumns as arrays. */
export const parseActionLinks = (row: { extraTypeIds: string; knelpuntIds: string }) =>
  ({ extraTypeIds: JSON.parse(row.extraTypeIds) as number[], knelpuntIds: JSON.parse(row.knelpuntIds) as string[] });
