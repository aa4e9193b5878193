import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';
import { claimlensHighlights } from './support/page-probes';

/**
 * The 130 real pages of the Readability corpus through the extension itself in real Chromium (the
 * CLI path is checked by tests/unit/gate-detection.test.ts): none is treated as AI news — no
 * highlight, no badge — except possibly gitlab-blog, which is about AI at work.
 */

const CORPUS = '../shared/corpus/readability-pages';
const ALLOWED = new Set(['gitlab-blog']);
/** After the content script answers, how long the gate and a possible analysis get to finish. */
const SETTLE_MS = 800;

const env = useChromiumSession();

describe('real non-AI pages through the extension', () => {
  it('are never highlighted nor badged', async () => {
    const names = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(`${CORPUS}/${d}/source.html`));
    expect(names.length).toBe(130);
    const page = await env.session.context.newPage();
    const alarms: string[] = [];
    for (const name of names) {
      // Offline, some pages never fire `load`; the content script runs at document_idle regardless.
      await page.goto(`${env.server.base}/shared/corpus/readability-pages/${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const tabId = await tabIdOfPage(page); // also proves the content script is running there
      await page.waitForTimeout(SETTLE_MS);
      const highlights = await page.evaluate(claimlensHighlights);
      const badge = await env.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      if ((Object.keys(highlights).length || badge) && !ALLOWED.has(name)) alarms.push(`${name}: ${JSON.stringify(highlights)} badge "${badge}"`);
    }
    await page.close();
    expect(alarms).toEqual([]);
  }, 900_000);
});
