/** "Use Tact on this site" in the popup, against WXT's fakeBrowser (tabs and permissions stubbed: it leaves them unmocked). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UseOnSite } from '@/components/popup/use-on-site';
import { enabledSitesItem, siteRequestItem } from '@/utils/sites/any-site-store';

const SITE = 'https://helpdesk.shop-example.com/*';

function activeTab(url: string, id = 42) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id, url } as never]);
}

function permissions(answer: boolean | Error) {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
  return { request, remove };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('UseOnSite', () => {
  it('offers the button on a https page Tact is not on, asks for that origin only and records the tab', async () => {
    activeTab('https://helpdesk.shop-example.com/tickets/42');
    const { request } = permissions(true);
    render(<UseOnSite lang="en" />);
    const button = await screen.findByRole('button', { name: 'Use Tact on this site' });
    expect(screen.getByText(/access to helpdesk\.shop-example\.com only/)).toBeTruthy();
    fireEvent.click(button);
    expect(request).toHaveBeenCalledWith({ origins: [SITE] }); // called within the click, before any await
    await waitFor(async () => expect(await siteRequestItem.getValue()).toMatchObject({ pattern: SITE, tabId: 42 }));
  });

  it('says so when the agent declines', async () => {
    activeTab('https://helpdesk.shop-example.com/tickets/42');
    permissions(false);
    render(<UseOnSite lang="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use Tact on this site' }));
    expect(await screen.findByText('Access to helpdesk.shop-example.com was not granted.')).toBeTruthy();
  });

  it('shows nothing on a marketplace or a non-https page when no site is enabled', async () => {
    for (const url of ['https://sellercentral.amazon.de/messaging/inbox', 'http://helpdesk.shop-example.com/', 'chrome://newtab/']) {
      activeTab(url);
      const { container, unmount } = render(<UseOnSite lang="en" />);
      await act(() => new Promise((r) => setTimeout(r, 20)));
      expect(container.innerHTML).toBe('');
      unmount();
    }
  });

  it('on an enabled site: "Tact is on for this site · Remove", and Remove gives the permission back', async () => {
    activeTab('https://helpdesk.shop-example.com/tickets/42');
    const { remove } = permissions(true);
    await enabledSitesItem.setValue([SITE]);
    render(<UseOnSite lang="en" />);
    expect(await screen.findByText('Tact is on for this site')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use Tact on this site' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Tact from helpdesk.shop-example.com' }));
    expect(remove).toHaveBeenCalledWith({ origins: [SITE] });
    // The worker updates the list after unregistering: the popup follows it.
    await act(() => enabledSitesItem.setValue([]));
    expect(await screen.findByRole('button', { name: 'Use Tact on this site' })).toBeTruthy();
  });

  it('lists the other sites Tact is on, each with Remove, in Chinese too', async () => {
    activeTab('https://sellercentral.amazon.de/home');
    const { remove } = permissions(true);
    await enabledSitesItem.setValue([SITE, 'https://shop.example.org/*']);
    render(<UseOnSite lang="zh" />);
    expect(await screen.findByText('已启用 Tact 的网站（2）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '从 shop.example.org 移除 Tact' }));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://shop.example.org/*'] });
  });
});
