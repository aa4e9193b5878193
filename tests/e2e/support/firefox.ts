import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Real Firefox (ESR) over WebDriver BiDi with the built extension installed as a temporary add-on.
 */

/** Where Debian installs Firefox ESR. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A Firefox session with the extension installed. */
export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/** Launch Firefox headless with the unpacked extension at `extensionDir`. */
export async function launchFirefox(extensionDir: string, prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // Keep a closed network quiet: no updates, telemetry, captive-portal or safe-browsing calls.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...prefs,
    },
  });
  const addonId = await browser.installExtension(path.resolve(extensionDir));
  return {
    browser,
    addonId,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Open the report view (`popup.html?tab=ID`) of `page`'s tab through the test-build hook (Firefox
 * refuses to navigate to moz-extension:// itself) and return the page that shows it.
 */
export async function openReportView(session: FirefoxSession, page: Page): Promise<Page> {
  const before = new Set(await session.browser.pages());
  await page.evaluate(() => window.postMessage({ claimlensTest: 'openReportView' }, '*'));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const p of await session.browser.pages()) {
      if (before.has(p)) continue;
      const ready = await p.evaluate(() => !!document.querySelector('.popup')).catch(() => false);
      if (ready) return p;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the report view did not open');
}
