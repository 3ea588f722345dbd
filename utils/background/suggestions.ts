/** Suggestions = detection of the buyer's latest messages + the knowledge that fits them. */
import type { SuggestRequest, Suggestions } from '../messaging/protocol';
import { latestBuyerText } from '../sites/conversation';
import { knowledge, detector } from './knowledge';

export async function suggestFor({ conversation, overrides = {} }: SuggestRequest): Promise<Suggestions> {
  const kb = await knowledge();
  const detected = (await detector()).detect(latestBuyerText(conversation), {
    url: conversation.url,
    marketplace: conversation.marketplace,
    pageCountry: conversation.pageCountry ?? null,
    marketplaceCountry: conversation.marketplaceCountry ?? null,
    overrideCountry: overrides.country ?? null,
  });
  const detection = {
    ...detected,
    intent: overrides.intent ?? detected.intent,
    language: overrides.language ?? detected.language,
  };
  return { detection, ...(await kb.suggest({ detection, marketplace: conversation.marketplace, language: detection.language })) };
}
