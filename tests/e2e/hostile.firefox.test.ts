import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { makeHostilePages } from '../../scripts/make-hostile-pages.mjs';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { CpuSampler, PROBE_PREFS, claimlensBlocks, collectFirefoxLongTasks, eventLoopProbe, pageBlocks, pageClockOffset } from './support/firefox-long-tasks';
import { HOSTILE_PAGES, hostileInitScript, registeredHighlights, stableDom, type HostilePage } from './support/hostile-pages';
import { LONG_TASK_MS } from './support/long-tasks';
import { startServer, type TestServer } from './support/server';

/**
 * The robustness suite in real Firefox (issue 7): on every hostile page, no error from ClaimLens
 * in the page's console or in its report view, the page's serialised DOM unchanged with
 * highlights on, off and on again with glossary underlines (switched from the report view, as a
 * reader would), the page answering a click while ClaimLens works, and no run of ClaimLens code
 * over 50 ms on the page's main thread. Firefox has no `longtask` timeline: the page's event loop
 * is watched by a heartbeat and joined with the runs the test build's content script records
 * (support/firefox-long-tasks.ts), and two controls per page prove the heartbeat sees a long task,
 * the page's as not ours and ours as ours.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const CLAIMS = ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'];

let server: TestServer;
let session: FirefoxSession;
let sampler: CpuSampler;

beforeAll(async () => {
  makeHostilePages();
  server = await startServer();
  session = await launchFirefox(EXTENSION, PROBE_PREFS);
  sampler = new CpuSampler(session.browser.process()!.pid!);
});
afterAll(async () => {
  await sampler?.stop();
  await session?.close();
  await server?.close();
});

function fromExtension(text: string): boolean {
  return /moz-extension:\/\/|ClaimLens/i.test(text);
}

async function waitForPainted(page: Page, want: boolean, names = CLAIMS): Promise<void> {
  // Polled on a timer: rAF polling stalls in a background tab (the report view is in front). No
  // eval in here: the CSP page forbids it in its main world.
  await page.waitForFunction(
    (wanted: boolean, list: string[]) => {
      const reg = (window as unknown as { __clRegistry?: Map<string, { size: number }> }).__clRegistry;
      return list.some((n) => (reg?.get(n)?.size ?? 0) > 0) === wanted;
    },
    { timeout: 30_000, polling: 100 },
    want,
    names,
  );
}

async function dom(page: Page, p: HostilePage): Promise<string> {
  return stableDom(await page.evaluate(() => document.documentElement.outerHTML), p.volatile);
}

async function click(view: Page, testId: string): Promise<void> {
  await view.waitForSelector(`[data-testid="${testId}"]`, { timeout: 20_000 });
  await view.click(`[data-testid="${testId}"]`);
}

describe('hostile pages in Firefox', () => {
  it.each(HOSTILE_PAGES)('$name: no error, DOM untouched, no long task, responsive', async (p) => {
    const page = await session.browser.newPage();
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') pageErrors.push(`${m.type()}: ${m.text()} @ ${m.location()?.url ?? ''}`);
    });
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${String((e as Error).message ?? e)} ${String((e as Error).stack ?? '')}`));
    await page.evaluateOnNewDocument(hostileInitScript);
    await page.evaluateOnNewDocument(eventLoopProbe);
    await page.goto(`${server.base}/fixtures/hostile/${p.path}`, { timeout: 90_000 });

    if (p.dispatchClick) await page.evaluate(() => window.dispatchEvent(new MouseEvent('click')));
    else await page.mouse.click(3, 3);
    await page.waitForFunction(() => (window as unknown as { __clClicks: number }).__clClicks > 0, { timeout: 10_000, polling: 100 });

    if (p.highlights === true) await waitForPainted(page, true);
    else await new Promise((r) => setTimeout(r, 3_000));
    const before = stableDom(await page.evaluate(() => (window as unknown as { __clBefore: string }).__clBefore), p.volatile);
    expect(before.length).toBeGreaterThan(0);
    expect(await dom(page, p), 'DOM with highlights on').toBe(before);
    if (p.highlights === false) expect(await page.evaluate(registeredHighlights)).toEqual({});

    const view = await openReportView(session, page);
    await view.bringToFront(); // opened in the background: clicks there wait on throttled frames
    const viewErrors: string[] = [];
    view.on('console', (m) => {
      if (m.type() === 'error') viewErrors.push(m.text());
    });
    const settled = '[data-testid="status"]:not([data-status="loading"]), [data-testid="counts"]';
    await view.waitForSelector(settled, { timeout: 30_000 });
    expect(await view.$('[data-status="error"]'), 'the report view shows no error').toBeNull();
    if (p.truncated) await view.waitForSelector('[data-testid="truncated"]', { timeout: 10_000 });

    if (p.highlights === true) {
      await click(view, 'toggle-highlights');
      await waitForPainted(page, false);
      expect(await dom(page, p), 'DOM with highlights off').toBe(before);
      await click(view, 'toggle-highlights');
      await waitForPainted(page, true);
      await click(view, 'toggle-terms');
      await waitForPainted(page, true, ['claimlens-term']);
      expect(await dom(page, p), 'DOM with highlights and terms on').toBe(before);
      await click(view, 'toggle-terms'); // back to the site's defaults for the next page
      await waitForPainted(page, false, ['claimlens-term']);
    }
    expect(await dom(page, p), 'DOM at the end').toBe(before);

    // Control 1, the page's own 120 ms task: the heartbeat reports it, and the CPU sampler finds
    // the page's process by it. Then every run of ClaimLens code since the page started loading,
    // in CPU time of that process's main thread, and the page's long gaps.
    // The page's process is the one busy in both blocks, the page's own 120 ms and a 250 ms run of
    // ours (test hook, control 2 below): chosen by the page's block alone, another process busy at
    // that moment was once taken for it (CI: control 2 then saw 0 ms of CPU in our 250 ms run).
    const offset = await pageClockOffset(page);
    const pageBlock = await pageBlocks(page);
    const ours = await claimlensBlocks(page);
    await sampler.flush();
    const busiest = sampler.busiestIn([[pageBlock[0] - offset, pageBlock[1] - offset], [ours[0] - offset, ours[1] - offset]]);
    // On a loaded 2-core machine the page's thread gets maybe two thirds of those 120 ms of CPU.
    expect(busiest?.cpuMs[0], 'CPU time sampled in the page\'s 120 ms task').toBeGreaterThanOrEqual(30);
    const cpu = { sampler, pid: busiest!.pid, offset };
    const tasks = await collectFirefoxLongTasks(page, cpu, 0, pageBlock[0]);
    const worst = [...tasks.runs].sort((a, b) => (b.cpuMs ?? b.ms) - (a.cpuMs ?? a.ms)).slice(0, 3);
    console.log(`[hostile:firefox] ${p.name}: heartbeat turns ${tasks.heartbeatTurns}, long gaps ${tasks.longGaps.length} (max ${Math.max(0, ...tasks.longGaps.map((g) => g.ms))} ms wall), ClaimLens runs ${tasks.runs.length} (${tasks.claimlensMs} ms wall), longest ${JSON.stringify(worst.map((r) => `${r.cpuMs} ms cpu/${r.ms} wall: ${r.via}`))}, long gaps with ClaimLens work ${JSON.stringify(tasks.longGaps.filter((g) => g.claimlensMs > 0))}`);
    expect(tasks.heartbeatTurns, 'the heartbeat ran').toBeGreaterThan(100);
    expect(tasks.runs.length, 'the content script recorded its runs').toBeGreaterThan(0);
    expect(tasks.claimlensGaps, 'long gaps that are ClaimLens work').toEqual([]);
    expect(tasks.longestRun!.cpuMs, 'longest run of ClaimLens code (CPU ms)').toBeLessThanOrEqual(LONG_TASK_MS);
    const control = await collectFirefoxLongTasks(page, cpu, pageBlock[0] - LONG_TASK_MS);
    const pageGap = control.longGaps.find((g) => g.start < pageBlock[1] && g.start + g.ms > pageBlock[0]);
    expect(pageGap?.ms, 'the page blocking 120 ms shows as a long gap').toBeGreaterThanOrEqual(120);
    // Not asserted: that this gap is not ours. A run of ours whose end the trace did not see is
    // stretched to the next heartbeat turn, which here comes after the page's block, so a run that
    // began just before it is blamed for the page's CPU (seen once in five clean runs).
    // Control 2, the 250 ms run of ours (test hook, run above): the work trace and the attribution see it.
    const after = await collectFirefoxLongTasks(page, cpu, ours[0]);
    // The run that covers most of the request's window: a run of ours just before it whose end
    // was not seen is stretched to the next heartbeat turn, after the block, and merges with it
    // (seen once in CI: the block's run then started before the window and was missed).
    const overlap = (r: { start: number; end: number }) => Math.min(r.end, ours[1]) - Math.max(r.start, ours[0]);
    const oursRun = after.runs.filter((r) => overlap(r) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
    const seen = JSON.stringify({ window: ours, pid: cpu.pid, runs: after.runs.filter((r) => overlap(r) > -LONG_TASK_MS) });
    expect(oursRun?.cpuMs, `ClaimLens blocking 250 ms shows as a run of ours over the bound, same clock: ${seen}`).toBeGreaterThan(LONG_TASK_MS);

    if (p.path === 'csp.html') expect(await page.title()).not.toMatch(/inline script ran/);
    expect(pageErrors.filter(fromExtension), 'errors from ClaimLens in the page').toEqual([]);
    expect(viewErrors, 'errors in the report view').toEqual([]);
    await view.close();
    await page.close();
  });
});
