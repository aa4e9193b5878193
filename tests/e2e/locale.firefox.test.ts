import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { startServer, type TestServer } from './support/server';

/**
 * The UI follows the browser's language: Firefox asked for French (`intl.locale.requested`, with
 * Debian's firefox-esr-l10n-fr language pack installed by scripts/setup.sh) shows the report view
 * in French.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const fr = JSON.parse(fs.readFileSync('_locales/fr/messages.json', 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(fs.readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

let server: TestServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchFirefox(EXTENSION, {
    'intl.locale.requested': 'fr',
    'intl.accept_languages': 'fr',
    // Make sure the language pack installed with the browser (application scope) loads in a fresh profile.
    'extensions.autoDisableScopes': 0,
    'extensions.startupScanScopes': 4,
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('French UI in Firefox', () => {
  it('the report view is in French', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), { timeout: 30_000, polling: 200 });
    const view = await openReportView(session, page);
    await view.waitForSelector('[data-testid="counts"]', { timeout: 20_000 });
    const text = await view.$eval('main', (e) => (e as HTMLElement).innerText);
    expect(text).toContain(fr.highlightOnPage!.message);
    expect(text).toContain(fr.label_rumor!.message);
    expect(text).not.toContain(en.highlightOnPage!.message);
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('fr');
    await view.close();
    await page.close();
  });
});
