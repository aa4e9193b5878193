import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GLOSSARY } from '../../src/core/glossary/index';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { startServer, type TestServer } from './support/server';

/**
 * The same cards in real Firefox: hovering a term opens its card, Escape closes it, the step
 * command opens one, and the page's own DOM is unchanged. Firefox ESR 153 has
 * `highlightsFromPoint`; older Firefox has only `caretPositionFromPoint`, so the hit test is also
 * run with the newer API removed.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const HOST = 'claimlens-card';
const LLM_FR = GLOSSARY.find((e) => e.id === 'llm')!.definition.fr;

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

function pageMarkup(host: string): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll(host).forEach((e) => e.remove());
  return clone.outerHTML;
}

function cardText(host: string): string | null {
  const el = document.querySelector(host);
  return el ? (el.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '') : null;
}

function centreOfHighlight(name: string, text: string): { x: number; y: number } | null {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
  for (const r of h ?? []) {
    if (r.toString() !== text) continue;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}

function runCommand(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer from the command relay')), 20_000);
    addEventListener('message', function onReply(e) {
      if (e.data?.claimlensTestReply !== 'command') return;
      removeEventListener('message', onReply);
      clearTimeout(timer);
      resolve(e.data.answer);
    });
    postMessage({ claimlensTest: 'command', name }, '*');
  });
}

function waitForHighlight(page: Page, name: string, want: boolean) {
  return page.waitForFunction(
    (n: string, w: boolean) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n) === w,
    { timeout: 20_000 },
    name,
    want,
  );
}

/** Wait until the card is open with its text (it arrives a frame after the host), or gone. */
async function waitForCard(page: Page, open: boolean): Promise<string | null> {
  await page.waitForFunction(
    (host: string, want: boolean) => {
      const el = document.querySelector(host);
      return want ? !!el?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent : !el;
    },
    { timeout: 20_000 },
    HOST,
    open,
  );
  return page.evaluate(cardText, HOST);
}

describe('glossary cards in Firefox', () => {
  it('explains a hovered term, closes on Escape, and steps by command', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    await waitForHighlight(page, 'claimlens-rumor', true);
    const before = await page.evaluate(pageMarkup, HOST);
    // At least one hit-testing path must exist (the last test forces each in turn).
    const api = await page.evaluate(() => ({
      highlightsFromPoint: typeof (CSS as unknown as { highlights: { highlightsFromPoint?: unknown } }).highlights.highlightsFromPoint === 'function',
      caretPositionFromPoint: typeof (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint === 'function',
    }));
    expect(api.highlightsFromPoint || api.caretPositionFromPoint).toBe(true);

    const view = await openReportView(session, page);
    await view.waitForSelector('[data-testid="toggle-terms"]', { timeout: 20_000 });
    await view.click('[data-testid="toggle-terms"]');
    await waitForHighlight(page, 'claimlens-term', true);
    await page.bringToFront();

    const llm = await page.evaluate(centreOfHighlight, 'claimlens-term', 'LLM');
    expect(llm).not.toBeNull();
    await page.mouse.move(llm!.x, llm!.y);
    expect(await waitForCard(page, true)).toContain(LLM_FR);
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
    await page.mouse.move(1, 1);

    expect(await page.evaluate(runCommand, 'step-next')).toBe(true);
    expect((await waitForCard(page, true))!.length).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);

    expect(await page.evaluate(pageMarkup, HOST)).toBe(before);
    await view.close();
    await page.close();
  });

  it('hit-tests highlights with highlightsFromPoint, and without it through caretPositionFromPoint', async () => {
    const bundle = await build({ entryPoints: ['src/content/hover-terms.ts'], bundle: true, format: 'iife', globalName: 'hoverTerms', write: false, define: { __TEST__: 'true' } });
    const page = await session.browser.newPage();
    await page.setContent('<p id="p" style="font: 20px/1.5 monospace; width: 40ch">Alpha LLM beta gamma delta</p>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const modes = await page.evaluate(hitTestModes);
    expect(modes.map((m) => m.mode)).toContain('caretPositionFromPoint');
    for (const m of modes) expect(m.hits, m.mode).toEqual(['llm:0', 'claim:0', null, null]);
    await page.close();
  });
});

/**
 * In a page with the hover-terms bundle loaded as `hoverTerms`: hit-test a term inside a claim,
 * the claim outside the term, and two points off the text, once per available API, removing the
 * newest API after each round.
 */
function hitTestModes(): { mode: string; hits: (string | null)[] }[] {
  type Target = { id: string; range: Range };
  const api = (globalThis as unknown as { hoverTerms: { targetAtPoint: (d: Document, x: number, y: number, t: Target[]) => { target: Target; line: number } | null } }).hoverTerms;
  const text = document.getElementById('p')!.firstChild!;
  const mk = (a: number, b: number) => {
    const r = document.createRange();
    r.setStart(text, a);
    r.setEnd(text, b);
    return r;
  };
  const term = { id: 'llm', range: mk(6, 9) };
  const claim = { id: 'claim', range: mk(0, 26) };
  const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  reg.set('x-term', new Highlight(term.range));
  reg.set('x-claim', new Highlight(claim.range));
  const centre = (r: Range) => {
    const b = r.getBoundingClientRect();
    return [b.left + b.width / 2, b.top + b.height / 2] as const;
  };
  const line = claim.range.getBoundingClientRect();
  const points = [centre(term.range), centre(mk(15, 20)), [line.right + 200, line.top + line.height / 2] as const, [line.left + 5, line.bottom + 60] as const];
  const out: { mode: string; hits: (string | null)[] }[] = [];
  const docProto = Document.prototype as unknown as Record<string, unknown>;
  const regProto = Object.getPrototypeOf(reg) as Record<string, unknown>;
  for (;;) {
    const mode = ['highlightsFromPoint', 'caretPositionFromPoint', 'caretRangeFromPoint'].find((m) => typeof (m === 'highlightsFromPoint' ? regProto : docProto)[m] === 'function');
    if (!mode) return out; // Firefox has no caretRangeFromPoint
    out.push({ mode, hits: points.map(([x, y]) => { const h = api.targetAtPoint(document, x, y, [term, claim]); return h ? `${h.target.id}:${h.line}` : null; }) });
    if (mode === 'highlightsFromPoint') delete regProto.highlightsFromPoint;
    else delete docProto[mode];
  }
}
