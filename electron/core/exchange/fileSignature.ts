import { canonicalJson } from '../../../shared/canonical';
import type { ExchangeFile } from '../../../shared/domain/exchange';
import { formatDate } from '../../../shared/format';
import { auditEventHash } from '../services/signoff/audit';
import { keyFingerprint, sha256Hex, signText, verifyText } from '../services/signoff/crypto';
import { freezeCheckOf, freezeVerifies } from '../services/signoff/verify';
import { storedRevisionsOf } from './integrity';

/**
 * The exchange file as a whole is signed by the installation that exported it, and
 * its audit trail is a hash chain whose head is in the signed part: so metadata that
 * no revision hash covers (who froze, when signed, remarks, the Logboek, the
 * execution) cannot be changed after export without the preview saying so.
 */

/** The head of the audit chain as the file carries it: the hash of its lines' hashes, in order. */
export function auditHeadOf(audit: ExchangeFile['audit']): string {
  return sha256Hex(canonicalJson(audit.map((event) => event.hash)));
}

/** The signed bytes: the canonical JSON of the file as it was written, without the signature itself. */
function signedText(raw: Record<string, unknown>): string {
  const { fileSignature: _signature, ...rest } = raw;
  return canonicalJson(rest);
}

export function signExchangeFile(file: Omit<ExchangeFile, 'fileSignature'>, key: { publicKey: string; privateKey: string }): ExchangeFile {
  // The text that will be read back: JSON drops undefined values the way canonicalJson does.
  const raw = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  return { ...file, fileSignature: { publicKey: key.publicKey, signature: signText(key.privateKey, signedText(raw)) } };
}

export interface FileCheck {
  origin: string;
  problems: string[];
  notices: string[];
}

/** A day as people read it; a changed time that is no calendar day is shown as written. */
function day(at: string): string {
  try {
    return formatDate(at.slice(0, 10));
  } catch {
    return at;
  }
}

const line = (event: ExchangeFile['audit'][number]) => `de regel van ${day(event.at)} (“${event.summary.slice(0, 80)}”)`;

/** What the Logboek in the file says about itself: lines whose hash no longer fits, lines missing before another. */
function auditProblems(file: ExchangeFile): string[] {
  const problems: string[] = [];
  const hashes = new Set(file.audit.map((event) => event.hash).filter((hash): hash is string => hash !== null));
  for (const event of file.audit) {
    if (event.hash === null) continue;
    if (auditEventHash(event) !== event.hash) {
      problems.push(`Logboek: ${line(event)} is gewijzigd nadat die werd vastgelegd.`);
    } else if (event.prevHash !== null && !hashes.has(event.prevHash)) {
      problems.push(`Logboek: vóór ${line(event)} ontbreekt een regel; het logboek is ingekort of herschreven.`);
    }
  }
  if (file.auditHead !== undefined && file.auditHead !== auditHeadOf(file.audit)) {
    problems.push('Logboek: er zijn regels toegevoegd, verwijderd of verplaatst nadat het bestand werd gemaakt.');
  }
  return problems;
}

/** Parts that only this version of the application makes: a file holding them without a file signature had it removed. */
function hasNewParts(file: ExchangeFile): boolean {
  return file.audit.some((event) => event.hash !== null) || file.revisions.some((revision) => revision.freezeSignature !== null)
    || file.signatures.some((signature) => signature.statementVersion >= 2) || file.auditHead !== undefined;
}

/** The checks of the file as a whole, beside those of its revisions and signatures (integrityProblems). */
export function checkFile(raw: Record<string, unknown>, file: ExchangeFile): FileCheck {
  const sender = file.exportedBy.name || 'een onbekende afzender';
  const problems: string[] = [];
  const notices: string[] = [];
  let origin: string;
  if (file.fileSignature) {
    origin = `Afkomstig van ${sender}, installatiesleutel ${keyFingerprint(file.fileSignature.publicKey)}.`;
    if (!verifyText(file.fileSignature.publicKey, signedText(raw), file.fileSignature.signature)) {
      problems.push('Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.');
    }
  } else {
    origin = `Afkomstig van ${sender}; het bestand is niet ondertekend door de installatie die het maakte.`;
    if (hasNewParts(file)) {
      problems.push('De ondertekening van het bestand ontbreekt, terwijl het onderdelen bevat die alleen een ondertekend bestand heeft: ze is verwijderd of het bestand is gewijzigd na het exporteren.');
    } else {
      notices.push('Dit bestand is gemaakt met een eerdere versie van de toepassing: het is niet als geheel ondertekend, en wie versies vastlegde, wanneer er ondertekend is, de opmerkingen en het logboek zijn niet beveiligd. Wijzigingen daarin na het exporteren vallen niet op.');
    }
  }
  problems.push(...auditProblems(file));
  for (const revision of storedRevisionsOf(file)) {
    const check = freezeCheckOf(revision, freezeVerifies(revision));
    if (check.state === 'ongeldig') problems.push(`Versie ${revision.number}: ${check.text}`);
    if (check.state === 'onbeveiligd' && file.fileSignature) notices.push(`Versie ${revision.number}: ${check.text}`);
  }
  const oldSignatures = file.signatures.filter((signature) => signature.statementVersion < 2);
  if (oldSignatures.length > 0 && file.fileSignature) {
    notices.push(`${oldSignatures.map((signature) => `De handtekening van ${signature.signerName} op versie ${signature.revisionNumber}`).join(', ')}: gezet met een eerdere versie van de toepassing; het tijdstip van ondertekenen is niet mee ondertekend.`);
  }
  const unchained = file.audit.filter((event) => event.hash === null).length;
  if (unchained > 0 && file.fileSignature) {
    notices.push(`${unchained === 1 ? 'Eén regel' : `${unchained} regels`} in het logboek ${unchained === 1 ? 'is' : 'zijn'} vastgelegd met een eerdere versie van de toepassing en niet beveiligd.`);
  }
  return { origin, problems, notices };
}
