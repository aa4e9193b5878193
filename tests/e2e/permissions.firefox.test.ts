import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { claimlensHighlights } from './support/page-probes';
import { startServer, type TestServer } from './support/server';

/**
 * Firefox MV3 host access is optional: when the reader withdraws it, the popup says so and offers
 * to ask again in context; a click grants it (`permissions.request` from the click handler; the
 * prompt itself is auto-accepted here by `extensions.webextOptionalPermissionPrompts: false`), and
 * automatic detection works again on the next page load.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const ORIGINS = { origins: ['http://*/*', 'https://*/*'] };

let server: TestServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchFirefox(EXTENSION, { 'extensions.webextOptionalPermissionPrompts': false });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('host access in Firefox', () => {
  it('withdrawn access is asked for again from the popup, and detection resumes', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), { timeout: 30_000, polling: 200 });
    const view = await openReportView(session, page);
    await view.waitForSelector('[data-testid="counts"]', { timeout: 20_000 });
    expect(await view.$('[data-testid="host-access"]')).toBeNull();

    type Perms = { permissions: { remove(o: object): Promise<boolean>; contains(o: object): Promise<boolean> } };
    expect(await view.evaluate((o) => (globalThis as unknown as { browser: Perms }).browser.permissions.remove(o), ORIGINS)).toBe(true);
    await view.waitForSelector('[data-testid="host-access-grant"]', { timeout: 20_000 });

    // Without host access the content script no longer runs on a fresh load.
    const other = await session.browser.newPage();
    await other.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await other.evaluate(claimlensHighlights)).toEqual({});

    await view.click('[data-testid="host-access-grant"]');
    await view.waitForSelector('[data-testid="host-access"]', { hidden: true, timeout: 20_000 });
    expect(await view.evaluate((o) => (globalThis as unknown as { browser: Perms }).browser.permissions.contains(o), ORIGINS)).toBe(true);

    await other.reload();
    await other.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), { timeout: 30_000, polling: 200 });
    await other.close();
    await view.close();
    await page.close();
  });
});
