/**
 * `npm run demo`: opens Chromium with the built extension on the bundled demo conversations (served at
 * the real marketplace hostnames). With a display it stays open for you to try; without one it runs
 * headless, prints what Tact detected on each conversation and writes screenshots to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchTact } from './lib/browser/launch';
import { waitForOverlay } from './lib/browser/overlay';
import { DEMO_PAGES, EXTENSION_PAGES } from './lib/demo-pages';

const OUT = process.env.TACT_SCREENSHOTS ?? 'docs/screenshots';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

async function main() {
  const tact = await launchTact({ headless: !headed, viewport: { width: 1400, height: 860 } });
  mkdirSync(OUT, { recursive: true });
  console.log(`Tact ${headed ? 'is open' : 'ran headless'} with extension ${tact.extensionId}\n`);
  for (const demo of DEMO_PAGES) {
    const page = await tact.context.newPage();
    const started = Date.now();
    await page.goto(demo.url);
    await demo.prepare?.(page);
    const hooks = await waitForOverlay(page, { state: demo.state ?? 'ready' });
    const ms = Date.now() - started;
    await page.waitForTimeout(300);
    await demo.after?.(page);
    const file = join(OUT, `${demo.name}.png`);
    if (!headed) await page.screenshot({ path: file });
    console.log(
      `${demo.title}\n  ${demo.url}\n  state=${hooks.state} country=${hooks.country || '-'} language=${hooks.language || '-'} intent=${hooks.intent || '-'}  (${ms} ms)${headed ? '' : `\n  screenshot: ${file}`}\n`,
    );
    if (!headed) await page.close();
  }
  for (const ext of EXTENSION_PAGES) {
    const page = await tact.context.newPage();
    await page.setViewportSize(ext.viewport);
    await page.goto(`chrome-extension://${tact.extensionId}/${ext.path}`);
    await ext.prepare?.(page);
    await page.waitForTimeout(300);
    const file = join(OUT, `${ext.name}.png`);
    if (!headed) await page.screenshot({ path: file });
    console.log(`${ext.title}\n  chrome-extension://${tact.extensionId}/${ext.path}${headed ? '' : `\n  screenshot: ${file}`}\n`);
    if (!headed) await page.close();
  }
  if (headed) {
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise((resolve) => tact.context.on('close', resolve));
  }
  await tact.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
