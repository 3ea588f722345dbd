/** The bundled demo conversations (fixture pages at the real marketplace URLs) shown by `npm run demo`. */
import type { Page } from 'playwright-core';
import { inOverlay } from './browser/overlay';

export interface DemoPage {
  name: string;
  title: string;
  url: string;
  state?: string;
  prepare?(page: Page): Promise<void>;
  after?(page: Page): Promise<void>;
}

export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'overlay-amazon-de',
    title: 'Amazon.de thread: German buyer, parcel arrived damaged',
    url: 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1',
    after: async (page) => {
      await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
      // Clicking scrolled the panel down to the button; show it from the top, with the reply box filled.
      await page.locator(inOverlay('.tact-body')).evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'overlay-amazon-us',
    title: 'Amazon.com thread: US buyer asking where the order is',
    url: 'https://sellercentral.amazon.com/messaging/inbox?fi=ACTION_NEEDED&threadId=T-US-1',
  },
  {
    name: 'overlay-aliexpress-br',
    title: 'AliExpress chat: Brazilian buyer, broken earbuds',
    url: 'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=2200871234567001',
  },
  {
    name: 'overlay-aliexpress-fr',
    title: 'AliExpress chat: French buyer asking for a refund',
    url: 'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=2200871234567003',
  },
  {
    name: 'overlay-no-conversation',
    title: 'Amazon inbox with no thread open: paste box',
    url: 'https://sellercentral.amazon.de/messaging/inbox',
    state: 'no-conversation',
  },
];

/** The extension's own pages, shown with a representative action (screenshots for the README). */
export interface ExtensionPage {
  name: string;
  title: string;
  path: string;
  viewport: { width: number; height: number };
  prepare?(page: Page): Promise<void>;
}

export const EXTENSION_PAGES: ExtensionPage[] = [
  {
    name: 'popup',
    title: 'Popup: offline search (typo and all)',
    path: 'popup.html',
    viewport: { width: 420, height: 600 },
    prepare: async (page) => {
      await page.locator('[role="searchbox"]').fill('refnd');
      await page.locator('[role="option"]').first().waitFor();
    },
  },
  {
    name: 'sidepanel',
    title: 'Side panel: the knowledge browser',
    path: 'sidepanel.html',
    viewport: { width: 480, height: 860 },
    prepare: async (page) => {
      await page.locator('[role="option"], [role="listitem"], li').first().waitFor();
    },
  },
  {
    name: 'options',
    title: 'Options: packs, subscriptions, settings, usage',
    path: 'options.html',
    viewport: { width: 1280, height: 900 },
    prepare: async (page) => {
      await page.locator('table').first().waitFor();
    },
  },
];
