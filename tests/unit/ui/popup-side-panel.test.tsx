/** The popup's side panel button picks Chrome's sidePanel or Firefox's sidebarAction by feature, not by user agent. */
import { describe, expect, it, vi } from 'vitest';
import { sidePanelOpener } from '@/components/popup/side-panel-opener';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('side panel opener', () => {
  it('uses chrome.sidePanel.open with the window looked up beforehand, then closes the popup', async () => {
    const sidePanel = { open: vi.fn(async (_o: { windowId: number }) => undefined) };
    const sidebarAction = { open: vi.fn(async () => undefined) };
    const done = vi.fn();
    const open = sidePanelOpener({ sidePanel, sidebarAction }, () => 7, done)!;
    open();
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 }); // synchronously: the click's user gesture
    expect(sidebarAction.open).not.toHaveBeenCalled();
    await flush();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('does nothing on Chrome before the window id is known', () => {
    const sidePanel = { open: vi.fn(async () => undefined) };
    sidePanelOpener({ sidePanel }, () => undefined, vi.fn())!();
    expect(sidePanel.open).not.toHaveBeenCalled();
  });

  it('uses browser.sidebarAction.open on Firefox (no sidePanel API), synchronously', async () => {
    const sidebarAction = { open: vi.fn(async () => undefined) };
    const done = vi.fn();
    sidePanelOpener({ sidebarAction }, () => undefined, done)!();
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
    await flush();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('keeps the popup open when the browser refuses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const done = vi.fn();
    sidePanelOpener({ sidebarAction: { open: async () => Promise.reject(new Error('no gesture')) } }, () => undefined, done)!();
    await flush();
    expect(done).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('offers no button when neither API exists', () => {
    expect(sidePanelOpener({}, () => 1, vi.fn())).toBeUndefined();
  });
});
