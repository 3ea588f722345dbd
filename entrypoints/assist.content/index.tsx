import { setupAssist } from '../../utils/assist/setup';
import { MARKETPLACE_MATCHES } from '../../utils/sites/matches';

export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    setupAssist(ctx);
  },
});
