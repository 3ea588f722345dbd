/**
 * Claimed spans: once a span is read as one fact (an order id, a date) it is blanked so no later
 * pass reads its digits again as another (an amount, a duration). Same length, so offsets hold.
 */

/** Neither a letter, a digit nor a space: nothing matches across or inside it. */
export const MASK_CHAR = '\u0001';

export function maskSpan(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK_CHAR.repeat(end - start) + text.slice(end);
}

/** Runs a global pattern over `text`, hands each match to `take` and blanks those it accepts. */
export function claim(text: string, pattern: RegExp, take: (m: RegExpExecArray) => boolean): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    if (take(m)) out = maskSpan(out, m.index, m.index + m[0].length);
  }
  return out;
}
