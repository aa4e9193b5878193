import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { claimlensHighlights } from './support/page-probes';
import { startServer, type TestServer } from './support/server';

/**
 * The whole reading loop in real Firefox with the built extension: highlights on the sample, the
 * report view of its tab, the toggle and its memory across a reload, and silence elsewhere.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const CLAIM_NAMES = ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'];

let server: TestServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchFirefox(EXTENSION);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function waitForHighlights(page: Page, present: boolean): Promise<Record<string, number>> {
  await page.waitForFunction(
    (names: string[], want: boolean) => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
      return names.some((n) => reg.has(n)) === want;
    },
    { timeout: 20_000 },
    CLAIM_NAMES,
    present,
  );
  return page.evaluate(claimlensHighlights);
}

async function viewText(view: Page, selector: string): Promise<string> {
  await view.waitForSelector(selector, { timeout: 20_000 });
  return view.$eval(selector, (e) => e.textContent ?? '');
}

describe('reading loop in Firefox', () => {
  it('highlights the sample, shows its report, and remembers the toggle per site', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    const registered = await waitForHighlights(page, true);
    for (const name of CLAIM_NAMES) expect(registered[name], name).toBeGreaterThan(0);

    const view = await openReportView(session, page);
    await view.waitForSelector('[data-testid="glossary"]', { timeout: 20_000 });
    const terms = await view.$$eval('[data-term-id]', (els) => els.map((e) => e.getAttribute('data-term-id')));
    expect(terms.length).toBeGreaterThanOrEqual(10);
    expect(Number(await viewText(view, '[data-testid="count-rumor"]'))).toBe(registered['claimlens-rumor']);
    expect(await viewText(view, '[data-testid="lang"]')).toBe('FR');

    await view.click('[data-testid="toggle-highlights"]');
    expect(await waitForHighlights(page, false)).toEqual({});
    await page.reload();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(claimlensHighlights)).toEqual({});

    await view.click('[data-testid="toggle-highlights"]');
    await waitForHighlights(page, true);
    await view.close();
    await page.close();
  });

  it('stays silent on a real page that is not AI news', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.base}/shared/corpus/readability-pages/ars-1/source.html`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.evaluate(claimlensHighlights)).toEqual({});
    const view = await openReportView(session, page);
    const settled = '[data-testid="status"]:not([data-status="loading"])';
    await view.waitForSelector(settled, { timeout: 20_000 });
    const status = await view.$eval(settled, (e) => e.getAttribute('data-status'));
    expect(['not-ai', 'not-article']).toContain(status);
    expect(await view.$('[data-testid="counts"]')).toBeNull();
    await view.close();
    await page.close();
  });
});
