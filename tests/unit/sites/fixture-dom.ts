/** Loads committed fixture pages into the test DOM (scripts not run unless asked). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SITES = join(process.cwd(), 'tests/fixtures/sites');

export function fixtureDocument(file: string): Document {
  // Stylesheets and page scripts are the browser tests' business; here only the markup counts.
  const html = readFileSync(join(SITES, file), 'utf8').replace(/<link[^>]*>|<script[^>]*src=[^>]*><\/script>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Runs the AliExpress SPA imitation in the test window at a hash route and waits for its late messages. */
export async function renderAliExpress(hash: string, search = ''): Promise<Document> {
  history.replaceState(null, '', `/m_apps/im-chat/im${search}${hash}`);
  document.documentElement.innerHTML = '<head><style id="app-style"></style></head><body><div id="root"></div><pre id="fixture-log"></pre></body>';
  for (const script of ['shared/fixture-log.js', 'aliexpress/im-data.js', 'aliexpress/im-app.js']) {
    new Function(readFileSync(join(SITES, script), 'utf8'))();
  }
  await new Promise((resolve) => setTimeout(resolve, 700));
  return document;
}
