import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import type { Db } from '../../electron/core/services/common';
import { createAction, createMilestone, deleteAction, deleteMilestone, updateAction, updateMilestone } from '../../electron/core/services/plan/actions';
import { createAgenda, readAgenda, updateAgenda } from '../../electron/core/services/plan/agendas';
import { draftFingerprintOf } from '../../electron/core/services/plan/draftContent';
import { revisionPrints } from '../../electron/core/services/plan/draftFingerprint';
import { readAgendaState } from '../../electron/core/services/plan/items';
import { createKnelpunt, deleteKnelpunt } from '../../electron/core/services/plan/knelpunten';
import { createSignatory } from '../../electron/core/services/plan/signatories';
import { createTarget, deleteTarget, updateTarget } from '../../electron/core/services/plan/targets';
import { hashContent } from '../../electron/core/services/signoff/crypto';
import { freezeRevision } from '../../electron/core/services/signoff/revisions';
import { signRevision } from '../../electron/core/services/signoff/signatures';
import { signoffStates } from '../../electron/core/services/signoff/states';
import { revisionContentOf } from '../../shared/revisionContent';
import { defensieId } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const passphrase = 'geheime zin voor de test';
type NewAction = Parameters<typeof createAction>[1];

/** The draft's hash the slow, sure way: the whole agenda read and serialised. */
const fromScratch = async (db: Db, id: string) => hashContent(revisionContentOf(await readAgenda(db, id))).hash;
/** The draft's fingerprint the slow, sure way: from its whole canonical content, as a revision's is computed. */
const fingerprintFromScratch = async (db: Db, id: string) => revisionPrints(hashContent(revisionContentOf(await readAgenda(db, id))).canonical)?.fingerprint;
const kept = (db: Db, id: string) => db.selectFrom('agendas').select(['draftHash', 'draftFingerprint', 'draftDiffersFrom']).where('id', '=', id).executeTakeFirstOrThrow();
const newestHash = async (db: Db, id: string) => (await db.selectFrom('revisions').select('hash').where('agendaId', '=', id).orderBy('number', 'desc').executeTakeFirstOrThrow()).hash;
/** What an edit kept: for a changed action or target unlike any part of the signed version, the proof it is not that version; else the draft's fingerprint. */
type Kept = 'proof' | 'fingerprint';

describe('a draft fingerprint and hash kept up to date from the kept parts of its actions and targets', () => {
  it('keeps, after every kind of edit and without hashing the draft, the proof that a changed part is not in the signed version or else the draft\'s fingerprint, and the status follows it back to vastgesteld', async () => {
    const database = await openDatabase(join(tempDir(), 'data.sqlite'));
    const { db } = database;
    try {
      const { id } = await createAgenda(db, { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
      const knelpunt = (await createKnelpunt(db, { agendaId: id, title: 'Beperkt mandaat' })).id;
      const first = (await createAction(db, { agendaId: id, title: 'Meet and greets', primaryTypeId: 8, actor: 'werkgevers', nature: 'nieuw', knelpuntIds: [knelpunt] } as NewAction)).id;
      const second = (await createAction(db, { agendaId: id, title: 'Jobcoaches werven', primaryTypeId: 12, actor: 'sector', nature: 'bestaand' } as NewAction)).id;
      const milestone = (await createMilestone(db, { actionId: first, title: 'Eerste bijeenkomst', month: '2025-06' })).id;
      const target = (await createTarget(db, { agendaId: id, actionId: second, level: 'middenweg', indicator: 'Jobcoaches aangesteld', unit: 'jobcoaches', baseline: 0, targetValue: 3 })).id;
      const signatory = (await createSignatory(db, { agendaId: id, name: 'J. de Vries', function: 'Secretaris-generaal', organisation: 'Defensie', required: true })).id;
      await freezeRevision(db, id, 'Auteur');
      await signRevision(db, { agendaId: id, revisionNumber: 1, signatoryId: signatory, passphrase, repeatPassphrase: passphrase });
      const signed = await fromScratch(db, id);

      expect((await readAgendaState(db, id)).status).toBe('vastgesteld');
      expect((await kept(db, id)).draftHash).toBe(signed);
      const check = async (step: string, status: string, what: Kept) => {
        // The edit's own transaction kept the proof or the fingerprint; the full hash is left empty.
        expect(await kept(db, id), step).toEqual(what === 'proof'
          ? { draftHash: null, draftFingerprint: null, draftDiffersFrom: await newestHash(db, id) }
          : { draftHash: null, draftFingerprint: await fingerprintFromScratch(db, id), draftDiffersFrom: null });
        expect((await readAgendaState(db, id)).status, step).toBe(status);
        // The answer to an edit may skip the versions' checks only where they would say the same.
        expect((await signoffStates(db, [id])).get(id)?.status, step).toBe(status);
        // The proof, or fingerprints that differ from the signed version's: its status needed no full hash.
        expect((await kept(db, id)).draftHash, step).toBeNull();
      };
      const edits: [string, () => Promise<unknown>, Kept][] = [
        ['action title', () => updateAction(db, first, { title: 'Meet and greets met werkgevers' }), 'proof'],
        ['further type', () => updateAction(db, first, { extraTypeIds: [5, 9] }), 'proof'],
        ['milestone added', () => createMilestone(db, { actionId: second, title: 'Vacature open', month: null }), 'proof'],
        ['milestone changed', () => updateMilestone(db, milestone, { month: '2025-09' }), 'proof'],
        ['target changed', () => updateTarget(db, target, { targetValue: 4 }), 'proof'],
        ['knelpunt deleted, its links with it', () => deleteKnelpunt(db, knelpunt), 'fingerprint'],
        ['agenda field', () => updateAgenda(db, id, { introduction: 'Nieuwe inleiding.' }), 'fingerprint'],
        ['action added', () => createAction(db, { agendaId: id, title: 'Proefplaatsingen', primaryTypeId: 9, actor: 'sector', nature: 'nieuw' } as NewAction), 'proof'],
      ];
      for (const [step, edit, what] of edits) {
        await edit();
        await check(step, 'concept', what);
      }
      const added = (await db.selectFrom('actions').select('id').where('title', '=', 'Proefplaatsingen').executeTakeFirstOrThrow()).id;
      await deleteAction(db, added);
      await check('action deleted', 'concept', 'fingerprint');
      await deleteTarget(db, target);
      await check('target deleted', 'concept', 'fingerprint');
      await deleteMilestone(db, milestone);
      await check('milestone deleted', 'concept', 'proof');
      expect(await fromScratch(db, id)).not.toBe(signed);
      // Text typed another way is the same content: the fingerprint and the status say so too.
      await updateAgenda(db, id, { introduction: 'Nieuwe inleiding. \r\nTweede regel, cafe\u0301.  ' });
      const typed = await kept(db, id);
      await updateAgenda(db, id, { introduction: 'Nieuwe inleiding.\nTweede regel, caf\u00e9.' });
      expect(await kept(db, id)).toEqual(typed);
    } finally {
      await database.close();
    }
  });

  it('gives the signed status back when an edit is undone, without reading the unchanged actions again', async () => {
    const database = await openDatabase(join(tempDir(), 'data.sqlite'));
    const { db } = database;
    try {
      const { id } = await createAgenda(db, { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda' });
      const actions: string[] = [];
      for (let index = 0; index < 5; index++) actions.push((await createAction(db, { agendaId: id, title: `Actie ${index + 1}`, primaryTypeId: 8, actor: 'sector', nature: 'nieuw' } as NewAction)).id);
      const signatory = (await createSignatory(db, { agendaId: id, name: 'J. de Vries', function: 'Directeur', organisation: 'Defensie', required: true })).id;
      await freezeRevision(db, id, 'Auteur');
      await signRevision(db, { agendaId: id, revisionNumber: 1, signatoryId: signatory, passphrase, repeatPassphrase: passphrase });
      expect((await readAgendaState(db, id)).status).toBe('vastgesteld');
      // The first edit after signing keeps every part it serialises.
      await updateAction(db, actions[0]!, { owner: 'HR' });
      expect((await readAgendaState(db, id)).status).toBe('concept');
      await updateAction(db, actions[0]!, { owner: '' });
      expect((await readAgendaState(db, id)).status).toBe('vastgesteld');
      expect(await db.selectFrom('draftFragments').select('itemId').execute()).toHaveLength(5);

      const keptParts = async () => new Map((await db.selectFrom('draftFragments').select(['itemId', 'canonical']).execute()).map((row) => [row.itemId, row.canonical]));
      const before = await keptParts();
      await updateAction(db, actions[2]!, { title: 'Actie 3, gewijzigd' });
      // The edit's own transaction kept the proof: only the changed action's part was serialised anew.
      const after = await keptParts();
      expect([...after.keys()].sort()).toEqual([...actions].sort());
      for (const [index, action] of actions.entries()) {
        if (index === 2) expect(after.get(action)).toContain('Actie 3, gewijzigd');
        else expect(after.get(action)).toBe(before.get(action));
      }
      expect(await kept(db, id)).toEqual({ draftHash: null, draftFingerprint: null, draftDiffersFrom: await newestHash(db, id) });
      expect((await readAgendaState(db, id)).status).toBe('concept');
      await updateAction(db, actions[2]!, { title: 'Actie 3' });
      // The action is like the signed version's again, so that proves nothing: the edit kept the fingerprint instead.
      expect(await kept(db, id)).toEqual({ draftHash: null, draftFingerprint: await fingerprintFromScratch(db, id), draftDiffersFrom: null });
      expect((await readAgendaState(db, id)).status).toBe('vastgesteld');
      // Equal fingerprints are confirmed with the full hash before the status says vastgesteld.
      expect((await kept(db, id)).draftHash).toBe(await fromScratch(db, id));
    } finally {
      await database.close();
    }
  });

  it('computes a revision\'s fingerprint from its stored content as the draft\'s from its kept parts, and none for content of another shape', async () => {
    const database = await openDatabase(join(tempDir(), 'data.sqlite'));
    const { db } = database;
    try {
      const { id } = await createAgenda(db, { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda  ' });
      await updateAgenda(db, id, { introduction: 'Eerste regel \r\nCafe\u0301 “Zuid”\r\n\r\n' });
      const action = (await createAction(db, { agendaId: id, title: 'Proefplaatsingen\u00a0', primaryTypeId: 9, actor: 'sector', nature: 'nieuw', jobsPrognosis: 1.5 } as NewAction)).id;
      await createTarget(db, { agendaId: id, actionId: action, level: 'smal', indicator: 'Aandeel', unit: '%', baseline: null, targetValue: 29.02 });
      await createSignatory(db, { agendaId: id, name: 'J. de Vries', function: 'Directeur', organisation: 'Defensie', required: true });
      await freezeRevision(db, id, 'Auteur');
      const { content } = await db.selectFrom('revisions').select('content').where('agendaId', '=', id).executeTakeFirstOrThrow();
      const draft = await db.transaction().execute((trx) => draftFingerprintOf(trx, id));
      expect(revisionPrints(content)?.fingerprint).toBe(draft);
      // The revision's parts are the draft's kept parts, fingerprint for fingerprint: what an edit's proof compares with.
      const keptParts = (await db.selectFrom('draftFragments').select('fingerprint').execute()).map((row) => row.fingerprint);
      expect(revisionPrints(content)?.parts.sort()).toEqual(keptParts.sort());
      await updateTarget(db, (await db.selectFrom('targets').select('id').executeTakeFirstOrThrow()).id, { targetValue: 29.03 });
      expect(await kept(db, id)).toEqual({ draftHash: null, draftFingerprint: null, draftDiffersFrom: await newestHash(db, id) });
      expect(await db.transaction().execute((trx) => draftFingerprintOf(trx, id))).not.toBe(draft);
      for (const other of ['{"titel":"twee"}', '[]', 'null', 'geen JSON', '{"actions":[],"targets":{}}']) expect(revisionPrints(other), other).toBeNull();
    } finally {
      await database.close();
    }
  });
});
