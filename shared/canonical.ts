/**
 * The canonical serialisation of a revision's content: the exact bytes that are
 * hashed (SHA-256) and signed. Two installations that hold the same content must
 * produce the same bytes, whatever order keys arrived in and however text was typed.
 *
 * The rules (version 1; a change here needs a new exchange-file version):
 * 1. JSON (RFC 8259) without any whitespace between tokens.
 * 2. Object keys sorted by UTF-16 code units (JavaScript's default sort); keys whose
 *    value is undefined are left out, null is kept.
 * 3. Arrays keep their order: the order of actions, knelpunten and signatories is content.
 * 4. Every string is normalised: Unicode NFC, line endings CRLF and CR become LF,
 *    whitespace at the end of each line is removed, and leading and trailing blank
 *    space of the whole text is removed. So "Tekst \r\n" and "Tekst" are the same content.
 * 5. Numbers in JavaScript's shortest round-trip form (JSON.stringify); -0 becomes 0;
 *    NaN and Infinity are refused (the schemas never let them in).
 */
// Printable ASCII and line feeds only, no space before a line end, nothing blank at either end:
// such text (nearly all of it) is already normal, and checking is far cheaper than normalising.
const mayNeedNormalising = /[^\x20-\x7e\n]| \n|^\s|\s$/;

export function normaliseText(text: string): string {
  if (!mayNeedNormalising.test(text)) return text;
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/**
 * Text that is already canonicalJson's output, put in place as it is: a draft's content is
 * assembled from the kept canonical form of each action and target
 * (electron/core/services/plan/draftContent.ts), so one edit does not serialise them all again.
 */
export class CanonicalPart {
  constructor(readonly text: string) {}
}

/**
 * canonicalJson's output, piece by piece, in order, without joining them: a hash can take the
 * pieces as they come, so a draft of a few hundred kept parts is hashed without first copying
 * them into one long text (joining them cost more than hashing). The one place the rules live.
 */
export function writeCanonical(value: unknown, write: (piece: string) => void): void {
  if (value === null) return write('null');
  if (value instanceof CanonicalPart) return write(value.text);
  switch (typeof value) {
    case 'string':
      return write(JSON.stringify(normaliseText(value)));
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
      return write(JSON.stringify(Object.is(value, -0) ? 0 : value));
    case 'boolean':
      return write(value ? 'true' : 'false');
    case 'object': {
      if (Array.isArray(value)) {
        write('[');
        value.forEach((item, index) => {
          if (index > 0) write(',');
          writeCanonical(item === undefined ? null : item, write);
        });
        return write(']');
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      write('{');
      entries.forEach(([key, item], index) => {
        write(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
        writeCanonical(item, write);
      });
      return write('}');
    }
    default:
      throw new Error(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}

export function canonicalJson(value: unknown): string {
  let text = '';
  writeCanonical(value, (piece) => { text += piece; });
  return text;
}

/** The short form of a SHA-256 hash people compare by eye: the first 16 hex digits in groups of four ("3F2A 9C1B 77D0 E4A2"). */
export function fingerprint(hashHex: string): string {
  return (hashHex.slice(0, 16).toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
