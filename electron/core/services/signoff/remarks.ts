import { sections } from '../../../../shared/completeness';
import type { RemarkTarget, SignoffOverview } from '../../../../shared/domain/signoff';
import { AppError } from '../../../../shared/errors';
import { loadAgenda } from '../plan/agendas';
import { flag, newId, now, type Db, type Trx } from '../common';
import { logEvent } from './audit';
import { loadRevisions } from './store';
import { intactContent } from './verify';
import { signoffOverview } from './overview';

export interface NewRemark { agendaId: string; revisionNumber: number | null; target: RemarkTarget; author: string; text: string }

/** What a remark is about, in words, checked against the content the reviewer read. */
async function targetLabel(trx: Trx, input: NewRemark): Promise<string> {
  const revisions = await loadRevisions(trx, input.agendaId);
  const stored = revisions.find((revision) => revision.number === input.revisionNumber);
  if (input.revisionNumber !== null && !stored) throw new AppError('NOT_FOUND', `Versie ${input.revisionNumber} van deze werkagenda bestaat niet.`);
  if (input.target.kind === 'section') {
    const sectionId = input.target.sectionId;
    const section = sections.find((item) => item.id === sectionId);
    if (!section) throw new AppError('VALIDATION', 'Kies een onderdeel van de werkagenda.', 'target');
    return `onderdeel ${section.title}`;
  }
  const actions = stored ? intactContent(stored)?.actions ?? [] : (await loadAgenda(trx, input.agendaId)).actions;
  const actionId = input.target.actionId;
  const action = actions.find((item) => item.id === actionId);
  if (!action) throw new AppError('VALIDATION', 'Deze actie staat niet in de versie waarover u een opmerking maakt.', 'target');
  return `actie “${action.title}”`;
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** A reviewer's remark: it never changes the content, it is only kept beside it. */
export async function createRemark(db: Db, input: NewRemark): Promise<SignoffOverview> {
  await db.transaction().execute(async (trx) => {
    await loadAgenda(trx, input.agendaId);
    const label = await targetLabel(trx, input);
    await trx.insertInto('remarks').values({
      id: newId(), agendaId: input.agendaId, revisionNumber: input.revisionNumber,
      targetKind: input.target.kind, targetId: input.target.kind === 'action' ? input.target.actionId : input.target.sectionId,
      author: input.author, createdAt: now(), text: input.text, resolved: 0, resolvedAt: null, resolvedBy: null,
    }).execute();
    const version = input.revisionNumber === null ? 'het concept' : `versie ${input.revisionNumber}`;
    await logEvent(trx, input.agendaId, 'opmerking', `Opmerking bij ${label} in ${version}: “${excerpt(input.text)}”`, input.author);
  });
  return signoffOverview(db, input.agendaId);
}

export async function setRemarkResolved(db: Db, id: string, resolved: boolean, by: string): Promise<SignoffOverview> {
  const agendaId = await db.transaction().execute(async (trx) => {
    const remark = await trx.selectFrom('remarks').select(['agendaId', 'text', 'author']).where('id', '=', id).executeTakeFirst();
    if (!remark) throw new AppError('NOT_FOUND', 'Deze opmerking bestaat niet (meer).');
    await loadAgenda(trx, remark.agendaId);
    await trx.updateTable('remarks')
      .set({ resolved: flag(resolved), resolvedAt: resolved ? now() : null, resolvedBy: resolved ? by || null : null })
      .where('id', '=', id).execute();
    const what = `de opmerking van ${remark.author}: “${excerpt(remark.text)}”`;
    await logEvent(trx, remark.agendaId, resolved ? 'opmerking_afgehandeld' : 'opmerking_heropend', `${resolved ? 'Afgehandeld' : 'Heropend'}: ${what}`, by);
    return remark.agendaId;
  });
  return signoffOverview(db, agendaId);
}
