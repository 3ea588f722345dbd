/** Intent ids shared with the evaluation data and every knowledge pack. */
export const INTENT_IDS = [
  'shipping_status',
  'not_received',
  'damaged_item',
  'wrong_item',
  'size_fit',
  'quality_defect',
  'return_request',
  'refund_request',
  'cancel_order',
  'change_order',
  'customs_tax',
  'payment_issue',
  'invoice_request',
  'product_question',
  'price_discount',
  'complaint',
  'positive_feedback',
  'other',
] as const;

export type IntentId = (typeof INTENT_IDS)[number];

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && (INTENT_IDS as readonly string[]).includes(value);
}

export const MARKETPLACES = ['amazon', 'aliexpress'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];
/**
 * Where a conversation was read: a marketplace, or `other` — a seller chat the agent switched Tact on for
 * (eBay, Shopee, a shop's helpdesk…), where only marketplace-neutral (`any`) knowledge and rules apply.
 */
export type SiteMarketplace = Marketplace | 'other';
