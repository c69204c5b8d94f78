// Shared steps of the end-to-end walk: start headless Chromium, log in, take a screenshot, check a page's text.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Starts Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the flags a closed network needs; the store's port is
 * allowed explicitly, since Chromium refuses some (5060, the SIP port, for one).
 */
export async function launch(baseUrl) {
  const url = new URL(baseUrl);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--explicitly-allowed-ports=${port}`],
  });
}

/** Logs in through the storefront's login form; the session cookie then opens the admin area too. */
export async function login(page, baseUrl, email, password) {
  await page.goto(new URL('/login', baseUrl).href);
  await page.fill('#Email', email);
  await page.fill('#Password', password);
  await Promise.all([page.waitForNavigation(), page.click('button.login-button')]);
  if (page.url().includes('/login'))
    throw new Error(`login failed for ${email}`);
}

/** Saves a full-page screenshot as docs/screenshots/NAME.png. */
export async function screenshot(page, outDir, name) {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  //a full-page capture makes the admin layout drop its sidebar margin, so the window is made as tall as the page instead
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 4000) });
  await page.mouse.move(viewport.width - 5, 5);
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  console.log(`  screenshot ${file}`);
}

/** Fails the walk when the page does not show a text. */
export async function expectText(page, text) {
  const body = await page.textContent('body');
  if (!body.includes(text))
    throw new Error(`expected "${text}" on ${page.url()}`);
}
