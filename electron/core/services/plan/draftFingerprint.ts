import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/canonical';
import { sha256Hex } from '../signoff/crypto';

/*
 * A draft's fingerprint tells cheaply that it is not a given revision: it is a function of the
 * content alone, so equal content always gives equal fingerprints, and different fingerprints
 * prove the content differs. Equal fingerprints are confirmed with the full hash before anyone
 * is told the draft is the signed version (draftHash.ts), so a collision can cost time, never
 * a wrong status.
 */

/** One action's or target's fingerprint: 16 hex digits of the SHA-256 of its canonical form. Fixed width, so joined ones cannot run into each other. */
export const partFingerprint = (canonical: string): string => sha256Hex(canonical).slice(0, 16);

/**
 * The content's fingerprint: the SHA-256 over its canonical form without the actions and
 * targets, then the parts' fingerprints of each, joined in their order.
 */
export function contentFingerprint(content: object, actionParts: string, targetParts: string): string {
  return createHash('sha256').update(canonicalJson({ ...content, actions: undefined, targets: undefined }))
    .update('\n').update(actionParts).update('\n').update(targetParts).digest('hex');
}

/**
 * The fingerprint of a revision's content as it is stored (canonical JSON), computed as a
 * draft's is from its kept parts, and the fingerprints of its parts (actions and targets):
 * canonicalJson gives back its own output unchanged, so each part serialised again is byte for
 * byte the part the draft keeps. Null for content that is not shaped like a draft's: only the
 * full hash can tell then.
 */
export function revisionPrints(content: string): { fingerprint: string; parts: string[] } | null {
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const { actions, targets } = parsed as { actions?: unknown; targets?: unknown };
    if (!Array.isArray(actions) || !Array.isArray(targets)) return null;
    const parts = (items: unknown[]) => items.map((item) => partFingerprint(canonicalJson(item)));
    const [actionParts, targetParts] = [parts(actions), parts(targets)];
    return { fingerprint: contentFingerprint(parsed, actionParts.join(''), targetParts.join('')), parts: [...actionParts, ...targetParts] };
  } catch {
    return null;
  }
}
