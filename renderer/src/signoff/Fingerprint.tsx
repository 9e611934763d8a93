/** A revision's fingerprint (the short form of its SHA-256 hash) in a fixed-width font, so people can compare it by eye. */
export function Fingerprint({ value }: { value: string }) {
  return <span className="wa-signoff-fingerprint">{value}</span>;
}
