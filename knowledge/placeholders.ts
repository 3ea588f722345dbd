/** Placeholders a template may use; anything else in {{…}} is rejected by the pack validator. */
export const PLACEHOLDERS = ['buyer_name', 'order_id', 'tracking_number', 'product', 'agent_name', 'shop_name', 'carrier', 'delivery_date', 'refund_amount', 'days'] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export const PLACEHOLDER_PATTERN = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);
}
