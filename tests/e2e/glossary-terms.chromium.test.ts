import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GLOSSARY } from '../../src/core/glossary/index';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';

/**
 * On-page glossary terms and explanation cards in real Chromium with the built test extension:
 * switching terms on registers `claimlens-term`; hovering a term or a claim opens its card in our
 * shadow host; Escape closes it; the keyboard commands step, flash and open the card, and toggle the
 * highlights; and the page's own DOM is exactly what it was.
 */

const HOST = 'claimlens-card';
const LLM_FR = GLOSSARY.find((e) => e.id === 'llm')!.definition.fr;

const env = useChromiumSession();

/** The page's markup without our card host, if one is open. */
function pageMarkup(host: string): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll(host).forEach((e) => e.remove());
  return clone.outerHTML;
}

/** Text of our card (test builds keep its shadow root open), or null when no card is open. */
function cardText(host: string): string | null {
  const el = document.querySelector(host);
  return el ? (el.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '') : null;
}

/** Scroll a registered highlight range whose text is `text` into view and return its centre. */
function centreOfHighlight([name, text]: [string, string]): { x: number; y: number } | null {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
  for (const r of h ?? []) {
    if (r.toString() !== text) continue;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}

/** Find `word` by a TreeWalker search in the text of the page, scroll to it and return its centre. */
function centreOfWord(word: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(word);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}

/**
 * Run a keyboard command through the test relay (the worker's commands.onCommand path) and watch,
 * every few milliseconds until the answer, whether the focus flash was registered.
 */
function runCommand(name: string): Promise<{ answer: unknown; sawFocus: boolean }> {
  return new Promise((resolve, reject) => {
    let sawFocus = false;
    const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    const poll = setInterval(() => (sawFocus ||= reg.has('claimlens-focus')), 5);
    const timer = setTimeout(() => reject(new Error('no answer from the command relay')), 20_000);
    addEventListener('message', function onReply(e) {
      if (e.data?.claimlensTestReply !== 'command') return;
      removeEventListener('message', onReply);
      clearTimeout(timer);
      // The flash is set before the answer is sent; one more look catches a poll that had not run yet.
      setTimeout(() => {
        clearInterval(poll);
        resolve({ answer: e.data.answer, sawFocus: sawFocus || reg.has('claimlens-focus') });
      }, 20);
    });
    postMessage({ claimlensTest: 'command', name }, '*');
  });
}

/** Wait until the card is open with its text (it arrives a frame after the host), or gone. */
async function waitForCard(page: Page, open: boolean): Promise<string | null> {
  await page.waitForFunction(
    ([host, want]) => {
      const el = document.querySelector(host as string);
      return want ? !!el?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent : !el;
    },
    [HOST, open] as const,
    { timeout: 20_000 },
  );
  return page.evaluate(cardText, HOST);
}

function hasHighlight(page: Page, name: string, want: boolean) {
  return page.waitForFunction(
    ([n, w]) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n as string) === w,
    [name, want] as const,
    { timeout: 20_000 },
  );
}

describe('glossary terms and cards in Chromium', () => {
  it('underlines terms, explains them on hover and by keyboard, and leaves the page DOM as it was', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    await hasHighlight(page, 'claimlens-rumor', true);
    const before = await page.evaluate(pageMarkup, HOST);
    expect(await page.evaluate(cardText, HOST)).toBeNull();

    const tabId = await tabIdOfPage(page);
    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('toggle-terms').click();
    await hasHighlight(page, 'claimlens-term', true);

    // Hover a term: its card, in the article's language, with the category.
    const llm = await page.evaluate(centreOfHighlight, ['claimlens-term', 'LLM'] as [string, string]);
    expect(llm).not.toBeNull();
    const llmWord = await page.evaluate(centreOfWord, 'LLM');
    expect(llmWord).not.toBeNull();
    await page.mouse.move(llm!.x, llm!.y);
    const termCard = await waitForCard(page, true);
    expect(termCard).toContain(LLM_FR);
    expect(termCard).toContain('LLM');
    expect(await page.evaluate((h) => document.querySelector(h)!.shadowRoot!.querySelector('[role="tooltip"]') !== null, HOST)).toBe(true);
    expect(await page.evaluate((h) => document.querySelector(h)!.parentNode === document.documentElement, HOST)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();

    // Hover the cue word of the first rumor (not a glossary term): the claim's "why" card.
    const cue = await page.evaluate(centreOfWord, 'serait');
    expect(cue).not.toBeNull();
    await page.mouse.move(cue!.x, cue!.y);
    const claimCard = await waitForCard(page, true);
    expect(claimCard).toMatch(/Rum(or|eur)/);
    expect(claimCard).toContain('serait');
    await page.mouse.move(1, 1);
    await waitForCard(page, false);

    // The keyboard path, through the same handler as commands.onCommand: from the top of the page,
    // step forward as a reader would until a highlight below the middle of the view makes the page scroll.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    const cards = new Set<string>();
    for (let i = 0; i < 60 && (await page.evaluate(() => scrollY)) === 0; i++) {
      const stepped = await page.evaluate(runCommand, 'step-next');
      expect(stepped.answer).toBe(true);
      expect(stepped.sawFocus).toBe(true);
      const text = await waitForCard(page, true);
      expect(text!.length).toBeGreaterThan(5);
      cards.add(text!);
      await page.waitForTimeout(150); // let a smooth scroll start before looking at scrollY
    }
    await page.waitForFunction(() => scrollY > 0, undefined, { timeout: 20_000 });
    expect(cards.size).toBeGreaterThan(1);
    expect([...cards].some((c) => c.includes(LLM_FR) || /Rum(or|eur)|Fa(ct|it)|Opinion|Report|Rapport/.test(c))).toBe(true);
    // "Previous" goes back, wrapping from the first highlight to the last.
    expect((await page.evaluate(runCommand, 'step-prev')).answer).toBe(true);
    expect(await waitForCard(page, true)).toBeTruthy();
    await page.keyboard.press('Escape');
    await waitForCard(page, false);

    // The toggle command persists like the popup switch, and comes back.
    expect((await page.evaluate(runCommand, 'toggle-highlights')).answer).toBe(false);
    await hasHighlight(page, 'claimlens-rumor', false);
    await hasHighlight(page, 'claimlens-term', false);
    expect(await view.getByTestId('toggle-highlights').isChecked()).toBe(true); // the open view is not live
    const stored = await env.session.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.values(stored as Record<string, { enabled?: boolean }>).some((v) => v?.enabled === false)).toBe(true);
    expect((await page.evaluate(runCommand, 'toggle-highlights')).answer).toBe(true);
    await hasHighlight(page, 'claimlens-rumor', true);

    expect(await page.evaluate(pageMarkup, HOST)).toBe(before);
    await view.close();
    await page.close();
  });

  it('searches the whole glossary from the report view, without accents or capitals', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    await hasHighlight(page, 'claimlens-rumor', true);
    const tabId = await tabIdOfPage(page);
    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('glossary-search').fill('rgpd');
    await view.locator('[data-search-id="gdpr"]').waitFor({ timeout: 20_000 });
    await view.getByTestId('glossary-search').fill('inference');
    await view.locator('[data-search-id="inference"]').waitFor({ timeout: 20_000 });
    // The definition language is a toggle: pressing EN shows English definitions.
    await view.getByTestId('glossary-lang-en').click();
    expect(await view.getByTestId('glossary-lang-en').getAttribute('aria-pressed')).toBe('true');
    const en = GLOSSARY.find((e) => e.id === 'inference')!.definition.en;
    await view.locator('[data-search-id="inference"] .hit-def', { hasText: en.slice(0, 30) }).waitFor({ timeout: 20_000 });
    // The found-terms list still shows only terms of the page.
    expect(await view.locator('[data-term-id="gdpr"]').count()).toBe(0);
    await view.close();
    await page.close();
  });

  it('hit-tests highlights with highlightsFromPoint, and without it through caretPositionFromPoint or caretRangeFromPoint', async () => {
    // The module alone, in a plain page (no extension there), so each fallback can be forced by
    // deleting the newer APIs: Chromium 120-127 have neither highlightsFromPoint nor caretPositionFromPoint.
    const bundle = await build({ entryPoints: ['src/content/hover-terms.ts'], bundle: true, format: 'iife', globalName: 'hoverTerms', write: false, define: { __TEST__: 'true' } });
    const page = await env.session.context.newPage();
    await page.setContent('<p id="p" style="font: 20px/1.5 monospace; width: 40ch">Alpha LLM beta gamma delta</p>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const modes = await page.evaluate(hitTestModes);
    expect(modes.map((m) => m.mode)).toEqual(['highlightsFromPoint', 'caretPositionFromPoint', 'caretRangeFromPoint']);
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
