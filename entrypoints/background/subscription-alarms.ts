/**
 * Periodic subscription updates in the background. `setupSubscriptionUpdates()` must be called synchronously
 * at the top of the service worker (like every listener), so an alarm that wakes a stopped worker finds it.
 * chrome.alarms persist across worker restarts; the alarm is (re)created only when missing.
 */
import { browser } from 'wxt/browser';
import { UPDATE_PERIOD_MINUTES } from '@/knowledge/subscription-check';
import { packAdmin } from './knowledge';

export const UPDATE_ALARM = 'tact-pack-updates';

/** The pack admin runs one change at a time: an alarm firing while "Check now" runs waits its turn. */
const runSubscriptionUpdates = () => packAdmin.checkAll();

export function setupSubscriptionUpdates(run: () => Promise<unknown> = runSubscriptionUpdates): void {
  const alarms = browser.alarms;
  if (!alarms) {
    console.warn('tact: no "alarms" permission; subscribed packs update only from the options page');
    return;
  }
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void run().catch((error) => console.error('tact: pack update check failed', error));
  });
  void ensureUpdateAlarm().catch((error) => console.error('tact: could not schedule pack updates', error));
}

export async function ensureUpdateAlarm(): Promise<void> {
  if (await browser.alarms.get(UPDATE_ALARM)) return;
  await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: 1, periodInMinutes: UPDATE_PERIOD_MINUTES });
}
