import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';
import { claimlensHighlights } from './support/page-probes';

/**
 * The whole reading loop in real Chromium with the built extension: highlights on the sample,
 * the report view of its tab, the toggle and its memory across a reload, and silence elsewhere.
 */

const CLAIM_NAMES = ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'];

const env = useChromiumSession();

async function waitForHighlights(page: Page, present: boolean): Promise<Record<string, number>> {
  await page.waitForFunction(
    ([names, want]) => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
      return (names as string[]).some((n) => reg.has(n)) === want;
    },
    [CLAIM_NAMES, present] as const,
    { timeout: 20_000 },
  );
  return page.evaluate(claimlensHighlights);
}

describe('reading loop in Chromium', () => {
  it('highlights the sample, shows its report, and remembers the toggle per site', async () => {
    const url = `${env.server.base}/shared/samples/meta-llm-fr.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    const registered = await waitForHighlights(page, true);
    for (const name of CLAIM_NAMES) expect(registered[name], name).toBeGreaterThan(0);
    const total = CLAIM_NAMES.reduce((s, n) => s + (registered[n] ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(16);

    const tabId = await tabIdOfPage(page);
    const badge = await env.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThan(0);

    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('glossary').waitFor();
    const terms = await view.locator('[data-term-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-term-id')));
    expect(terms.length).toBeGreaterThanOrEqual(10);
    expect(terms.join(' ')).toMatch(/llm/);
    const rumors = Number(await view.getByTestId('count-rumor').textContent());
    expect(rumors).toBe(registered['claimlens-rumor']);
    expect(Number(badge)).toBe(rumors);
    await expect(view.getByTestId('lang').textContent()).resolves.toBe('FR');

    await view.getByTestId('toggle-highlights').click();
    expect(await waitForHighlights(page, false)).toEqual({});
    await page.reload();
    await page.waitForTimeout(1500);
    await page.waitForFunction(() => (document.readyState === 'complete'));
    expect(await page.evaluate(claimlensHighlights)).toEqual({});

    // Switch back on: the highlights return on the same page without a reload.
    await view.reload();
    await view.getByTestId('toggle-highlights').waitFor();
    await view.getByTestId('toggle-highlights').click();
    await waitForHighlights(page, true);
    await page.close();
    await view.close();
  });

  it('stays silent on a real page that is not AI news', async () => {
    const url = `${env.server.base}/shared/corpus/readability-pages/ars-1/source.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(2500);
    expect(await page.evaluate(claimlensHighlights)).toEqual({});
    const tabId = await tabIdOfPage(page);
    const badge = await env.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('');
    // The extension did run there and decided: its report view says why there is nothing to show.
    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    const status = await view.locator('[data-testid="status"]:not([data-status="loading"])').getAttribute('data-status');
    expect(['not-ai', 'not-article']).toContain(status);
    await view.close();
    await page.close();
  });
});
