// Real Chromium with an unpacked extension loaded, headless, with the flags this offline machine
// needs. Shared by the demo, the screenshots, the benchmark and the end-to-end tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox as root, and none of the background traffic a closed network refuses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  // Offline, a page's remote <script src> can hang its parsing until a DNS timeout (the corpus's `gmw`
  // took 30 s): every host name fails at once instead. Test pages are served from 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launch Chromium with the unpacked extension at `extensionDir`; resolves to { context, extensionId, worker, close }. */
export async function launchChromium(extensionDir, { extraArgs = [], viewport } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-chromium-'));
  const dir = path.resolve(extensionDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport,
    args: ['--headless=new', ...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...extraArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id of a Playwright page, asked through the content script's test-build hook
 * (`chrome.tabs.query` does not show URLs to an extension without the `tabs` permission).
 */
export async function tabIdOfPage(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    // Ask again until the content script (injected at document_idle) is there to answer.
    const asker = setInterval(() => postMessage({ claimlensTest: 'whoAmI' }, '*'), 250);
    const timer = setTimeout(() => { clearInterval(asker); reject(new Error('no answer from the ClaimLens test hook')); }, 15_000);
    addEventListener('message', (e) => {
      if (e.data?.claimlensTestReply === 'whoAmI') { clearTimeout(timer); clearInterval(asker); resolve(e.data.answer); }
    });
    postMessage({ claimlensTest: 'whoAmI' }, '*');
  }));
}

/** The tab whose cached report is of `url`, read from the worker's session storage (any build). */
export async function tabIdOfReport(session, url) {
  const worker = session.context.serviceWorkers()[0] ?? session.worker;
  return worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('report:') && all[k].url === u);
    if (!key) throw new Error(`no report for ${u}`);
    return Number(key.slice('report:'.length));
  }, url);
}
