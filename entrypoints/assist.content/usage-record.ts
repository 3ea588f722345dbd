/** Records which template was inserted for which intent, country and marketplace — ids only, never text. */
import type { Detection } from '@/utils/detection/types';
import type { Marketplace } from '@/knowledge/intents';
import { recordUsage } from '@/utils/usage';

export function recordInsert(templateId: string, detection: Detection, marketplace: Marketplace, packId = 'unknown', language = detection.language) {
  return recordUsage({ templateId, packId, intent: detection.intent, country: detection.country, marketplace, language, action: 'insert', surface: 'overlay' }).catch(() => undefined);
}
