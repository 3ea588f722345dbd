/** Fills {{placeholders}} from the page and settings; what's missing stays visible as [name] for the agent to complete. */
import { PLACEHOLDER_PATTERN } from '@/knowledge/placeholders';
import type { Conversation } from '@/utils/sites/conversation';

export type PlaceholderValues = Partial<Record<string, string | undefined>>;

export interface FilledText {
  text: string;
  /** Placeholder names that had no value and were left as visible markers. */
  missing: string[];
  /** Character ranges of the visible markers, for highlighting. */
  marks: { start: number; end: number; name: string }[];
}

/** What the page tells about the order, then the agent's settings (agent and shop name). */
export function placeholderValues(conversation: Conversation | null, extra: PlaceholderValues = {}): PlaceholderValues {
  return {
    buyer_name: conversation?.buyerName,
    order_id: conversation?.orderId,
    product: conversation?.product,
    tracking_number: conversation?.trackingNumber,
    ...extra,
  };
}

export function missingMarker(name: string): string {
  return `[${name}]`;
}

export function fillPlaceholders(template: string, values: PlaceholderValues): FilledText {
  const missing = new Set<string>();
  const marks: FilledText['marks'] = [];
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER_PATTERN)) {
    out += template.slice(last, m.index);
    const name = m[1];
    const value = values[name]?.trim();
    if (value) out += value;
    else {
      missing.add(name);
      const marker = missingMarker(name);
      marks.push({ start: out.length, end: out.length + marker.length, name });
      out += marker;
    }
    last = m.index! + m[0].length;
  }
  out += template.slice(last);
  return { text: out, missing: [...missing], marks };
}
