/** Suggestions = detection of the buyer's latest messages + the knowledge that fits them. */
import type { SuggestRequest, Suggestions } from '@/utils/messaging/protocol';
import { latestBuyerText } from '@/utils/sites/conversation';
import { knowledge, detector } from './knowledge';
import { prepareStaticTables } from '@/utils/detection';

export async function suggestFor({ conversation, overrides = {} }: SuggestRequest): Promise<Suggestions> {
  const loading = knowledge();
  // CPU work that needs no pack, done while IndexedDB reads them (a no-op once built).
  prepareStaticTables();
  const kb = await loading;
  const detected = (await detector()).detect(latestBuyerText(conversation), {
    url: conversation.url,
    marketplace: conversation.marketplace,
    pageCountry: conversation.pageCountry ?? null,
    marketplaceCountry: conversation.marketplaceCountry ?? null,
    overrideCountry: overrides.country ?? null,
  });
  const detection = {
    ...detected,
    // With nothing from the buyer to read (a seller-initiated contact), the page's topic says what it is about.
    intent: overrides.intent ?? (detected.intent === 'other' && conversation.topicHint ? conversation.topicHint : detected.intent),
    language: overrides.language ?? detected.language,
  };
  const { policyRules: _rules, templates, ...rest } = kb.suggest({ detection, marketplace: conversation.marketplace, language: detection.language });
  // Only the chosen language of each template travels: all 13 variants would triple the message size.
  const slim = templates.map((t) => ({ ...t, template: { ...t.template, variants: [t.variant] } }));
  return { detection, templates: slim, ...rest };
}
