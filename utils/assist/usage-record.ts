/** Records which template was inserted for which intent, country and marketplace — ids only, never text. */
import type { Detection } from '../detection/types';
import type { Marketplace } from '../intents';
import { recordUsage } from '../usage';

export function recordInsert(templateId: string, detection: Detection, marketplace: Marketplace, packId = 'unknown', language = detection.language) {
  return recordUsage({ templateId, packId, intent: detection.intent, country: detection.country, marketplace, language, action: 'insert', surface: 'overlay' }).catch(() => undefined);
}
