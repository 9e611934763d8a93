import { generateSignerKey, signText } from '../../electron/core/services/signoff/crypto';
import { signingStatement, type SignatureRecord } from '../../shared/domain/signoff';

type LooseFile = Record<string, unknown> & {
  revisions: Record<string, unknown>[];
  signatures: (SignatureRecord & Record<string, unknown>)[];
  audit: Record<string, unknown>[];
};

/**
 * A file as an installation from before issue 11 would have written it: no file signature,
 * no audit chain, revisions without the freeze signature, and signatures over statement
 * version 1 (made again here with a key of their own, as such an installation would have).
 */
export function asMadeBefore(text: string): string {
  const file = JSON.parse(text) as LooseFile;
  delete file.fileSignature;
  delete file.auditHead;
  for (const event of file.audit) {
    delete event.prevHash;
    delete event.hash;
  }
  for (const revision of file.revisions) {
    delete revision.freezePublicKey;
    delete revision.freezeSignature;
  }
  file.signatures = file.signatures.map(({ statementVersion: _v, signature: _s, publicKey: _p, ...rest }) => {
    const key = generateSignerKey();
    const unsigned = { ...rest, publicKey: key.publicKey };
    return { ...unsigned, signature: signText(key.privateKey, signingStatement({ ...unsigned, statementVersion: 1 })) } as LooseFile['signatures'][number];
  });
  return JSON.stringify(file, null, 2);
}
