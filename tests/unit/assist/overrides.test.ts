/** Corrections per conversation: stored under a digest of the page's key, values of their shape only. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanOverrides, conversationStorageKey, loadOverrides, saveOverrides } from '@/entrypoints/assist.content/overrides';

beforeEach(() => fakeBrowser.reset());

const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

describe('conversation overrides', () => {
  it('round-trips a correction without the order id, buyer name or session id reaching storage', async () => {
    const key = 'amazon:302-1234567-7654321 Lukas Schmidt';
    await saveOverrides(key, { country: 'AT', intent: 'damaged_item', language: 'de' });
    expect(await loadOverrides(key)).toEqual({ country: 'AT', intent: 'damaged_item', language: 'de' });
    const dump = await stored();
    expect(dump).not.toContain('302-1234567-7654321');
    expect(dump).not.toContain('Lukas');
    expect(dump).toContain(await conversationStorageKey(key));
  });

  it('keeps a page-supplied 1 MB key to 24 characters and drops values that are not what they claim', async () => {
    const huge = `aliexpress:${'x'.repeat(1_000_000)}`;
    await saveOverrides(huge, { country: 'FR', intent: 'not an intent <img src=x>' as never, language: 'x'.repeat(5000) });
    expect(await loadOverrides(huge)).toEqual({ country: 'FR' });
    expect((await stored()).length).toBeLessThan(300);
    expect(cleanOverrides({ country: 'fr', language: 'pt-BR' })).toEqual({ language: 'pt-BR' });
  });

  it('removes the entry when every correction is cleared', async () => {
    await saveOverrides('amazon:T-1', { country: 'DE' });
    await saveOverrides('amazon:T-1', {});
    expect(await loadOverrides('amazon:T-1')).toEqual({});
    expect(await stored()).not.toContain('DE');
  });
});
