/**
 * What the popup and the worker share about "Use Tact on this site" (chrome.storage.local, WXT storage): the
 * sites Tact is on (written by the worker only, after it registered or unregistered the content script) and
 * the agent's pending request (written by the popup just before permissions.request, so the worker knows
 * which tab to inject into even when the popup closes while the browser asks).
 */
import { storage } from 'wxt/utils/storage';

export interface SiteRequest {
  pattern: string;
  tabId?: number;
  /** ms since epoch: a request older than PENDING_TTL_MS is ignored. */
  at: number;
}

export const PENDING_TTL_MS = 5 * 60_000;

export const enabledSitesItem = storage.defineItem<string[]>('local:anySites', { fallback: [], version: 1 });
export const siteRequestItem = storage.defineItem<SiteRequest | null>('local:anySiteRequest', { fallback: null, version: 1 });
