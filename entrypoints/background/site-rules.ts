/**
 * Answers the content script's getSiteRules: the layered site rules of the enabled packs. The tab starts
 * with the core rules bundled into it and switches to these, so a team pack's fix applies without a release.
 */
import { onMessage } from '@/utils/messaging/protocol';
import { layerSiteRules } from '@/knowledge/site-rules-layering';
import { knowledge } from './knowledge';

export function setupSiteRules() {
  onMessage('getSiteRules', async () => layerSiteRules((await knowledge()).base.installed));
}
