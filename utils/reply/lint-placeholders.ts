/**
 * Placeholders left unfilled: the `[name]` markers the filler leaves for what the page didn't tell
 * (utils/reply/fill.ts), and raw `{{name}}` an agent pasted. Sending either tells the buyer the reply is a
 * template with a hole in it, so the lint reports them as errors ("fill [agent_name] before sending").
 */
import { PLACEHOLDERS } from '@/knowledge/placeholders';
import type { Span } from './lint-detectors';

const KNOWN = PLACEHOLDERS.join('|');
// A bracketed known name (any case, spaces allowed inside the brackets), or any {{name}}.
const UNFILLED = new RegExp(String.raw`[\[［]\s*(?:${KNOWN})\s*[\]］]|\{\{\s*[a-zA-Z0-9_]+\s*\}\}`, 'gi');

export interface PlaceholderSpan extends Span {
  name: string;
}

export function findUnfilledPlaceholders(text: string): PlaceholderSpan[] {
  if (!/[[［{]/.test(text)) return [];
  return [...text.matchAll(UNFILLED)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0].replace(/[^a-zA-Z0-9_]/g, '').toLowerCase() }));
}
