import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';
import { claimlensHighlights } from './support/page-probes';

/**
 * The worker can die at any moment (Chromium stops idle service workers after 30 s): here it is
 * stopped through the DevTools protocol between the analysis and the opening of the report view.
 * The report must still show (the worker, woken by the popup's message, reads it back from
 * `storage.session`) and the highlight switch must still reach the page.
 */

const CLAIM_NAMES = ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'];

const env = useChromiumSession();

async function painted(page: Page, want: boolean): Promise<Record<string, number>> {
  await page.waitForFunction(
    ([names, w]) => (names as string[]).some((n) => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(n)) === w,
    [CLAIM_NAMES, want] as const,
    { timeout: 20_000 },
  );
  return page.evaluate(claimlensHighlights);
}

/** Follow our worker's running status through the ServiceWorker domain. */
function watchWorker(cdp: CDPSession, extensionId: string): { statuses: string[] } {
  const seen = { statuses: [] as string[] };
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) seen.statuses.push(v.runningStatus);
  });
  return seen;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('worker restart in Chromium', () => {
  it('shows the report and toggles highlights after the worker was stopped', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    const registered = await painted(page, true);
    const tabId = await tabIdOfPage(page);
    const stored = await env.session.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`report:${id}`)).length, tabId);
    expect(stored, 'the report is mirrored to storage.session').toBe(1);

    // Stop every service worker of the profile, ours included, and see it stopped.
    const cdp = await env.session.context.newCDPSession(page);
    const worker = watchWorker(cdp, env.session.extensionId);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(() => worker.statuses.at(-1) === 'stopped', 'the worker to stop');

    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('counts').waitFor({ timeout: 20_000 });
    expect(worker.statuses.slice(worker.statuses.lastIndexOf('stopped')), 'the popup woke a new worker').toContain('running');
    expect(Number(await view.getByTestId('count-rumor').textContent())).toBe(registered['claimlens-rumor']);
    await expect(view.getByTestId('lang').textContent()).resolves.toBe('FR');

    // Stop it again right before the switch: the popup writes the site's prefs, the page follows.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(() => worker.statuses.at(-1) === 'stopped', 'the worker to stop again');
    await view.getByTestId('toggle-highlights').click();
    expect(await painted(page, false)).toEqual({});
    await view.getByTestId('toggle-highlights').click();
    await painted(page, true);

    await cdp.detach();
    await view.close();
    await page.close();
  });
});
