/** Suggestions = detection of the buyer's latest messages + the knowledge that fits them. */
import type { SuggestRequest, Suggestions } from '@/utils/messaging/protocol';
import { latestBuyerText } from '@/utils/sites/conversation';
import { knowledge, detector } from './knowledge';
import { prepareStaticTables } from '@/utils/detection';
import { extractFacts, summarize } from '@/utils/gist';

export async function suggestFor({ conversation, overrides = {} }: SuggestRequest): Promise<Suggestions> {
  const loading = knowledge();
  // CPU work that needs no pack, done while IndexedDB reads them (a no-op once built).
  prepareStaticTables();
  const kb = await loading;
  const buyerText = latestBuyerText(conversation);
  const detected = (await detector()).detect(buyerText, {
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
    // The agent's correction says what the message is about: it replaces the other labels too.
    labels: overrides.intent ? [overrides.intent] : detected.labels,
  };
  const { policyRules: _rules, templates, ...rest } = kb.suggest({ detection, marketplace: conversation.marketplace, language: detection.language });
  // Only the chosen language of each template travels: all 13 variants would triple the message size.
  const slim = templates.map((t) => ({ ...t, template: { ...t.template, variants: [t.variant] } }));
  const facts = extractFacts(buyerText, { language: detection.language === 'und' ? undefined : detection.language });
  return { detection, templates: slim, ...rest, gist: { facts, summary: summarize(detection, facts) } };
}
