/** The popup's host-access banner: Firefox MV3 makes the marketplace hosts opt-in, so the popup asks for them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/popup-app';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { MARKETPLACE_MATCHES } from '@/utils/sites/matches';
import { fakeClient, miniPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

const NEEDED_EN = 'Tact needs access to the marketplace sites';
const NEEDED_ZH = 'Tact 需要访问卖家中心网站';

/** fakeBrowser leaves the permissions API unmocked: each test says what the browser has granted. */
function permissions(granted: boolean, answer: boolean | Error = true) {
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
    if (answer instanceof Error) throw answer;
    granted = answer;
    return answer;
  });
  return { contains, request };
}

function renderPopup() {
  render(<PopupApp client={fakeClient([miniPack()]).client} />);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
});
afterEach(() => vi.restoreAllMocks());

describe('popup host-access banner', () => {
  it('stays hidden when the marketplace hosts are granted (Chrome installs, Firefox after opt-in)', async () => {
    const { contains } = permissions(true);
    renderPopup();
    await waitFor(() => expect(contains).toHaveBeenCalledWith({ origins: MARKETPLACE_MATCHES }));
    await screen.findByRole('searchbox');
    expect(screen.queryByText(NEEDED_EN)).toBeNull();
  });

  it('asks for the marketplace hosts inside the click and disappears once they are granted', async () => {
    const { request } = permissions(false, true);
    renderPopup();
    const banner = (await screen.findByText(NEEDED_EN)).closest('[data-host-access]') as HTMLElement;
    expect(banner.getAttribute('role')).toBe('alert');
    const button = screen.getByRole('button', { name: 'Allow access' });
    fireEvent.click(button);
    // Called synchronously by the click handler, before any await: browsers only prompt during a user gesture.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: MARKETPLACE_MATCHES });
    await waitFor(() => expect(screen.queryByText(NEEDED_EN)).toBeNull());
  });

  it('keeps asking after the agent declines, and says where else to allow it', async () => {
    const { request } = permissions(false, false);
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow access' }));
    expect(await screen.findByText(/Access was not granted/)).toBeTruthy();
    expect(screen.getByText(NEEDED_EN)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('treats a failed request like a refusal', async () => {
    permissions(false, new Error('permissions.request may only be called from a user input handler'));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow access' }));
    expect(await screen.findByText(/Access was not granted/)).toBeTruthy();
  });

  it('speaks Chinese when the UI does', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'zh' });
    permissions(false);
    renderPopup();
    expect(await screen.findByText(NEEDED_ZH)).toBeTruthy();
    expect(screen.getByRole('button', { name: '允许访问' })).toBeTruthy();
  });

  it('shows nothing when the browser has no permissions API to ask', async () => {
    // fakeBrowser's own unmocked permissions.contains throws, as a missing API would.
    renderPopup();
    await screen.findByRole('searchbox');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(NEEDED_EN)).toBeNull();
  });
});
