import { focusWhenReady } from '../focus';

/**
 * "Op deze pagina": jumps to a section's heading. The app routes on the hash,
 * so these links move focus themselves instead of changing the address.
 */
export function OnThisPage({ sections }: { sections: { id: string; label: string }[] }) {
  return (
    <nav className="wa-overleg-toc" aria-labelledby="kop-overleg-inhoud">
      <h2 className="wa-overleg-toc__title" id="kop-overleg-inhoud">Op deze pagina</h2>
      <ul className="wa-overleg-toc__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`#${section.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusWhenReady(section.id);
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
