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

/** The id of the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(session, url) {
  const worker = session.context.serviceWorkers()[0] ?? session.worker;
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}
