/** The passage of the Word document an item was read from, as plain text (never as HTML). */
export function SourcePassage({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <details className="wa-word-source">
      <summary>Uit het document</summary>
      <blockquote className="utrecht-blockquote"><p className="utrecht-paragraph wa-word-source__text">{text}</p></blockquote>
    </details>
  );
}
