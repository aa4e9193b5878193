import { describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { useChromiumSession } from './support/chromium-session';
import { claimlensHighlights } from './support/page-probes';

/**
 * Messages between contexts in real Chromium, on the production build (no test hooks): a page
 * script cannot reach the worker at all, and a malformed or unknown message from one of our own
 * pages is ignored and logged once by the worker.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_CHROME_PROD ?? 'dist/chrome';

const workerWarnings: string[] = [];

const env = useChromiumSession({
  extension: EXTENSION,
  setup: ({ session }) => {
    session.worker.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'warning' || m.type() === 'error') workerWarnings.push(m.text());
    });
  },
});

describe('messaging in Chromium', () => {
  it('a page script has no channel to the worker', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    await page.waitForFunction(() => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('claimlens-rumor'), undefined, { timeout: 20_000 });
    const before = await page.evaluate(claimlensHighlights);
    const probe = await page.evaluate(async (id) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
      let sendError = '';
      try {
        // Even with our id, the page's own `chrome` has no runtime to send through.
        await c!.runtime!.sendMessage!(id, { claimlens: 1, method: 'getTabReport', params: { tabId: 1 } });
      } catch (e) {
        sendError = String(e);
      }
      // Our envelope posted on the window reaches nobody: the content script does not listen there.
      window.postMessage({ claimlens: 1, method: 'toggleHighlights', params: {} }, '*');
      window.postMessage({ claimlens: 1, method: 'analyzeNow', params: { force: true } }, '*');
      return { runtime: typeof c?.runtime, sendError };
    }, env.session.extensionId);
    expect(probe.runtime).toBe('undefined');
    expect(probe.sendError).toMatch(/TypeError|undefined/);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(claimlensHighlights), 'nothing a page posts changes our highlights').toEqual(before);
    await page.close();
  });

  it('malformed and unknown messages from our own pages are ignored and logged once', async () => {
    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    workerWarnings.length = 0;
    const answers = await view.evaluate(async () => {
      const send = (m: unknown) =>
        chrome.runtime.sendMessage(m).then(
          (a: unknown) => ({ answered: a ?? null }),
          (e: unknown) => ({ error: String(e) }),
        );
      const out = [];
      for (let i = 0; i < 3; i++) out.push(await send({ claimlens: 1, method: 'getTabReport', params: { tabId: 'x' } }));
      for (let i = 0; i < 3; i++) out.push(await send({ claimlens: 1, method: 'searchGlossary', params: { query: 'llm', lang: 'de' } }));
      for (let i = 0; i < 3; i++) out.push(await send({ claimlens: 1, method: 'dropAllTables', params: {} }));
      out.push(await send({ claimlens: 1, method: 'searchGlossary', params: { query: 'llm', lang: 'en' } }));
      return out;
    });
    // Nine bad calls: no handler ran, so no answer (the port closes); the good one is answered.
    for (const a of answers.slice(0, 9)) expect(a).not.toHaveProperty('answered.ok', true);
    expect(answers[9]).toMatchObject({ answered: { ok: true } });
    await view.waitForTimeout(300);
    const ours = workerWarnings.filter((w) => w.startsWith('ClaimLens: ignored message'));
    expect(ours.sort()).toEqual([
      'ClaimLens: ignored message (bad params: getTabReport)',
      'ClaimLens: ignored message (bad params: searchGlossary)',
      'ClaimLens: ignored message (unknown method)',
    ]);
    await view.close();
  });
});
