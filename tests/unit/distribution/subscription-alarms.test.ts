import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureUpdateAlarm, setupSubscriptionUpdates, UPDATE_ALARM } from '@/entrypoints/background/subscription-alarms';
import { UPDATE_PERIOD_MINUTES } from '@/knowledge/subscription-check';

beforeEach(() => fakeBrowser.reset());

describe('subscription alarms', () => {
  it('creates the periodic alarm once and runs the updates when it fires', async () => {
    const run = vi.fn(async () => []);
    setupSubscriptionUpdates(run);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toBeTruthy());
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))!.periodInMinutes).toBe(UPDATE_PERIOD_MINUTES);
    const scheduled = (await fakeBrowser.alarms.get(UPDATE_ALARM))!.scheduledTime;
    await ensureUpdateAlarm();
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))!.scheduledTime).toBe(scheduled);

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: 0, persistAcrossSessions: true });
    expect(run).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: Date.now(), periodInMinutes: UPDATE_PERIOD_MINUTES, persistAcrossSessions: true });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
