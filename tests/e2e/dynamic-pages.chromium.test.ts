import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ChromiumSession } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';
import { claimlensHighlights } from './support/page-probes';

/**
 * Pages that change after load, in real Chromium: an article whose body arrives late, and a
 * single-page site that swaps articles through the History API. ClaimLens reads each new article
 * once the page settles, and clears its marks when the new view is not AI news.
 */

const env = useChromiumSession();

const hasClaims = (page: Page, want: boolean) =>
  page.waitForFunction(
    (w) => ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'].some((n) => CSS.highlights.has(n)) === w,
    want,
    { timeout: 20_000 },
  );

describe('pages that change after load', () => {
  it('reads an article whose body arrives late', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/fixtures/dynamic/late-article.html`);
    expect(await page.evaluate(claimlensHighlights)).toEqual({});
    await hasClaims(page, true);
    const h = await page.evaluate(claimlensHighlights);
    expect((h['claimlens-rumor'] ?? 0) + (h['claimlens-reported'] ?? 0)).toBeGreaterThan(0);
    await page.close();
  });

  it('follows a single-page site from a plain story to AI news and back', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/fixtures/dynamic/spa.html`);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(claimlensHighlights)).toEqual({});
    await page.click('#go-ai');
    await hasClaims(page, true);
    await page.click('#go-plain');
    await hasClaims(page, false);
    expect(await page.evaluate(claimlensHighlights)).toEqual({});
    await page.close();
  });
});
