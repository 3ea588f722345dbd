/**
 * The popup's "Side panel" button: Chrome's sidePanel.open({ windowId }) or Firefox's sidebarAction.open(),
 * whichever API the browser has (feature detection, no user-agent sniffing). Both only work during the click's
 * user gesture, so the returned handler calls them synchronously; windowId is looked up beforehand.
 */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function sidePanelOpener(apis: SidePanelApis, windowId: () => number | undefined, done: () => void): (() => void) | undefined {
  const failed = (e: unknown) => console.warn('tact: side panel', e);
  const { sidePanel, sidebarAction } = apis;
  if (sidePanel)
    return () => {
      const id = windowId();
      if (id !== undefined) void sidePanel.open({ windowId: id }).then(done, failed);
    };
  if (sidebarAction) return () => void sidebarAction.open().then(done, failed);
  return undefined;
}
