// The end-to-end walk: node run.mjs STORE_URL [area ...]
// Runs every area's steps (areas/*.mjs, each exporting `async function run(ctx)`) in name order, or only the areas
// named, and writes screenshots to docs/screenshots. Each area logs in as the store's admin (ADMIN_EMAIL /
// ADMIN_PASSWORD, default admin@example.com / Admin123!) and creates the staff, clients, programs and orders it needs
// (fixtures.mjs), named with this run's id: any area runs alone, on a freshly installed store, and again on the same
// store. Exit code 1 when a step fails.
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, login, screenshot, expectText } from './lib.mjs';
import { runId } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [baseUrl, ...only] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node run.mjs STORE_URL [area ...]');
  process.exit(2);
}

console.log(`run ${runId}`);
const browser = await launch(baseUrl);
let failed = false;
try {
  const files = (await readdir(path.join(here, 'areas'))).filter(f => f.endsWith('.mjs')).sort();
  for (const file of files) {
    const area = file.replace(/\.mjs$/, '');
    if (only.length && !only.includes(area))
      continue;
    console.log(`area ${area}`);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const ctx = {
      baseUrl, page, context, browser, who: null,
      url: p => new URL(p, baseUrl).href,
      login: (email, password) => login(page, baseUrl, email, password),
      loginAdmin: () => login(page, baseUrl, process.env.ADMIN_EMAIL ?? 'admin@example.com', process.env.ADMIN_PASSWORD ?? 'Admin123!'),
      screenshot: name => screenshot(page, path.join(here, '..', 'docs', 'screenshots'), name),
      expectText: text => expectText(page, text),
    };
    try {
      const { run } = await import(path.join(here, 'areas', file));
      await run(ctx);
      console.log(`area ${area}: ok`);
    } catch (error) {
      failed = true;
      console.error(`area ${area}: FAILED: ${error.message}`);
      //what the page showed, for finding out why (outside the repository)
      const shot = path.join(os.tmpdir(), `e2e-${area}-failed.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.error(`  at ${page.url()}; page saved as ${shot}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
