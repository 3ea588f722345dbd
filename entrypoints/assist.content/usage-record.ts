/** Records which template was inserted or copied for which intent, country and marketplace — ids only, never text. */
import type { Detection } from '@/utils/detection/types';
import type { SiteMarketplace } from '@/knowledge/intents';
import { recordUsage, type UsageAction } from '@/utils/usage';

export function recordUse(action: UsageAction, templateId: string, detection: Detection, marketplace: SiteMarketplace, packId = 'unknown', language = detection.language) {
  return recordUsage({ templateId, packId, intent: detection.intent, country: detection.country, marketplace, language, action, surface: 'overlay' }).catch(() => undefined);
}
