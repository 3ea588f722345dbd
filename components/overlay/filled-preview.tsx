import type { FilledText } from '@/utils/reply/fill';

/** The template as it will be sent, with unfilled placeholders highlighted. */
export function FilledPreview({ filled }: { filled: FilledText }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  filled.marks.forEach((mark, i) => {
    parts.push(filled.text.slice(last, mark.start));
    parts.push(
      <mark key={i} className="tact-placeholder-missing">
        {filled.text.slice(mark.start, mark.end)}
      </mark>,
    );
    last = mark.end;
  });
  parts.push(filled.text.slice(last));
  return <p className="tact-template-text">{parts}</p>;
}
