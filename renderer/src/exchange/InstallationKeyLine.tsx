import { useEffect, useState } from 'react';
import { invoke } from '../api/client';
import { Fingerprint } from '../signoff/Fingerprint';

/** The key this installation signs its exchange files with, so the sender can read it out to whoever receives the file. */
export function InstallationKeyLine() {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    invoke('settings.get', {}).then((settings) => { if (live) setFingerprint(settings.installationKeyFingerprint); }, () => undefined);
    return () => { live = false; };
  }, []);
  if (!fingerprint) return null;
  return (
    <p className="utrecht-paragraph wa-installation-key">
      Deze installatie ondertekent het bestand met installatiesleutel <strong><Fingerprint value={fingerprint} /></strong>.
      Wie het bestand inleest, ziet die sleutel. Noem de sleutel aan de ontvanger, bijvoorbeeld aan de telefoon. Dan weet die dat het bestand van u komt.
    </p>
  );
}
