import { setupAssist } from './setup';
import { MARKETPLACE_MATCHES } from '@/utils/sites/matches';

export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  // Top frame only: a thread inside a same-origin iframe is read from here, so one overlay per tab.
  allFrames: false,
  // The overlay's styles travel with its UI (utils/assist/overlay-ui.ts), into its shadow root only.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    void setupAssist(ctx);
  },
});
