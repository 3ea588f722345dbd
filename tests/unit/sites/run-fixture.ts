/**
 * Runs a committed fixture page in the test window, scripts included, at a given path: the page's own
 * behaviour (late messages, AJAX panes, pushState switching) then plays out under Vitest's fake timers.
 * Listeners a previous page added to window/document are removed first, so pages don't stack up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from './fixture-dom';

const added: [EventTarget, string, EventListenerOrEventListenerObject | null][] = [];

function recordListeners<T>(run: () => T): T {
  const targets: EventTarget[] = [window, document];
  const originals = targets.map((t) => t.addEventListener);
  targets.forEach((target, i) => {
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      added.push([target, type, listener]);
      return originals[i].call(this, type, listener, options);
    };
  });
  try {
    return run();
  } finally {
    targets.forEach((target, i) => (target.addEventListener = originals[i]));
  }
}

/**
 * happy-dom announces a hash change on a real timer (fake timers don't reach it), even after
 * replaceState: wait for it, so it can't reach the next page's listeners or a manager late.
 */
export function hashChanged(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
}

/** Loads `file` (relative to tests/fixtures/sites) as the current document at `path` and runs its scripts. */
export async function runFixturePage(file: string, path: string): Promise<Document> {
  for (const [target, type, listener] of added.splice(0)) target.removeEventListener(type, listener);
  const before = location.hash;
  const changed = hashChanged();
  history.replaceState(null, '', path);
  if (location.hash !== before) await changed;
  const html = readFileSync(join(SITES, file), 'utf8');
  const scripts = [...html.matchAll(/<script src="\/__fixtures\/([^"]+)"><\/script>/g)].map((m) => m[1]);
  const markup = html.replace(/<link[^>]*>|<script[^>]*src=[^>]*><\/script>/g, '');
  document.documentElement.innerHTML = new DOMParser().parseFromString(markup, 'text/html').documentElement.innerHTML;
  recordListeners(() => {
    for (const script of scripts) new Function(readFileSync(join(SITES, script), 'utf8'))();
  });
  return document;
}

const stripAssets = (html: string) => html.replace(/<link[^>]*>|<script[^>]*src=[^>]*><\/script>/g, '');
const attr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A page whose iframe shows another fixture page, same-origin as in the browser. happy-dom won't load a
 * frame's src (it logs and gives up) but does build a real child document from srcdoc.
 */
export function framedFixture(outer: string, inner: string): Document {
  const innerHtml = stripAssets(readFileSync(join(SITES, inner), 'utf8'));
  const html = stripAssets(readFileSync(join(SITES, outer), 'utf8')).replace(/(<iframe[^>]*?) src="[^"]*"/, (_m, head: string) => `${head} srcdoc="${attr(innerHtml)}"`);
  return new DOMParser().parseFromString(html, 'text/html');
}
