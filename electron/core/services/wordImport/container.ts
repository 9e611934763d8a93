import { Inflate } from 'fflate';
import { maxWordBytes, wordTooLargeMessage } from '../../../../shared/fileLimits';
import { AppError, type ErrorCode } from '../../../../shared/errors';

/** What a .docx may unpack to, and how many parts it may have: checked before any XML is read (zip bombs). */
export const maxUnpackedBytes = 100 * 1024 * 1024;
export const maxEntries = 5000;

const refuse = (code: ErrorCode, message: string) => new AppError(code, `${message} Er is niets gewijzigd.`);
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

interface Entry { name: string; method: number; flags: number; compressedSize: number; size: number; offset: number }

/**
 * Checks that the bytes are a .docx that is safe to read, and says in Dutch what they are otherwise: an old .doc,
 * a .docx behind a password (an OLE file holding an EncryptedPackage), a PDF, another Office file, or a zip that
 * unpacks to more than maxUnpackedBytes. Every part is inflated here with a running count, so a part that lies
 * about its size is stopped after at most one chunk, before mammoth (JSZip) would inflate it whole.
 */
export function checkWordContainer(bytes: Buffer): void {
  if (bytes.length > maxWordBytes) throw refuse('FILE_TOO_LARGE', wordTooLargeMessage(bytes.length));
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(ole)) {
    if (bytes.includes(encryptedPackage)) throw refuse('FILE_ENCRYPTED', 'Dit Word-document is beveiligd met een wachtwoord. Open het in Word, haal het wachtwoord eraf (Bestand, Info, Document beveiligen), sla het op en kies het opnieuw.');
    throw refuse('FILE_OLD_FORMAT', 'Dit is een Word-document in de oude opmaak (.doc). Open het in Word, kies Opslaan als en dan Word-document (.docx), en kies het nieuwe bestand.');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw refuse('FILE_WRONG_KIND', 'Dit is een PDF-bestand, geen Word-document. Kies het Word-document (.docx) van de werkagenda.');
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') throw refuse('FILE_WRONG_KIND', 'Dit is een RTF-bestand. Open het in Word en sla het op als Word-document (.docx).');
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw refuse('FILE_WRONG_KIND', 'Dit bestand is geen Word-document (.docx).');
  const entries = centralDirectory(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) {
    const what = names.has('xl/workbook.xml') ? 'een Excel-bestand' : names.has('ppt/presentation.xml') ? 'een PowerPoint-bestand' : 'een zip-bestand zonder Word-document';
    throw refuse('FILE_WRONG_KIND', `Dit is ${what}, geen Word-document. Kies het Word-document (.docx) van de werkagenda.`);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw refuse('FILE_ENCRYPTED', 'Dit Word-document is beveiligd met een wachtwoord. Sla het in Word op zonder wachtwoord en kies het opnieuw.');
    total += entry.size;
    if (total > maxUnpackedBytes) throw unpackedTooLarge();
    total += inflatedSize(bytes, entry, maxUnpackedBytes - total + entry.size) - entry.size;
  }
}

const unpackedTooLarge = () => refuse('FILE_UNPACKS_TOO_LARGE', `Dit Word-document pakt uit tot meer dan ${maxUnpackedBytes / 1024 / 1024} MB; zo groot is geen werkagenda. Het is niet gelezen.`);
const damaged = () => refuse('FILE_DAMAGED', 'Dit Word-document is beschadigd en kan niet worden gelezen. Open het in Word, sla het opnieuw op en kies het nog eens.');

function centralDirectory(bytes: Buffer): Entry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) throw damaged();
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw unpackedTooLarge();
  if (count > maxEntries) throw refuse('FILE_UNPACKS_TOO_LARGE', `Dit Word-document heeft meer dan ${maxEntries} onderdelen; zo groot is geen werkagenda. Het is niet gelezen.`);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      flags: bytes.readUInt16LE(at + 8), method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20), size: bytes.readUInt32LE(at + 24), offset: bytes.readUInt32LE(at + 42),
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

class TooLarge extends Error {}

/** The real unpacked size of one part, stopping as soon as it passes its declared size or `limit`. */
function inflatedSize(bytes: Buffer, entry: Entry, limit: number): number {
  if (entry.offset + 30 > bytes.length || bytes.readUInt32LE(entry.offset) !== 0x04034b50) throw damaged();
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw damaged();
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size || produced > limit) throw new TooLarge();
  });
  try {
    const step = 16 * 1024;
    for (let at = 0; at < data.length || at === 0; at += step) inflater.push(data.subarray(at, at + step), at + step >= data.length);
  } catch (error) {
    if (error instanceof TooLarge) throw unpackedTooLarge();
    throw damaged();
  }
  return produced;
}
