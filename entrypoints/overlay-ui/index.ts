/**
 * The overlay's React UI, loaded by the content script with import() once a marketplace page needs it:
 * kept out of the content script so the host page never compiles React in the same task as the rest.
 */
import { OVERLAY_UI_GLOBAL, type OverlayUi } from '@/entrypoints/assist.content/load-overlay-ui';
import { mountOverlay } from './mount';

export default defineUnlistedScript(() => {
  const ui: OverlayUi = { mountOverlay };
  Object.assign(globalThis, { [OVERLAY_UI_GLOBAL]: ui });
});
