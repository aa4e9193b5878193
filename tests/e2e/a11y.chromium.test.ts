import { createRequire } from 'node:module';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';

/**
 * Accessibility of the popup view and the options page in real Chromium: axe-core finds no
 * violation in light and dark mode, and both pages work with the keyboard alone, with a visible
 * focus ring.
 *
 * How axe gets in: an extension page's CSP (`script-src 'self'`) refuses the inline <script> that
 * `page.addScriptTag` would add, and `eval`. Playwright's `page.evaluate(string)` goes through the
 * DevTools protocol (Runtime.evaluate), which CSP does not govern, so axe's source is evaluated
 * as-is; nothing is added to the built extension.
 */

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let tabId: number;
let sample: Page;

const env = useChromiumSession({
  setup: async ({ session, server }) => {
    sample = await session.context.newPage();
    await sample.goto(`${server.base}/shared/samples/meta-llm-fr.html`);
    await sample.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), null, { timeout: 30_000 });
    tabId = await tabIdOfPage(sample);
  },
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe on the page (WCAG 2.1 A/AA and best practices) and return its violations, readable. */
async function axeViolations(page: Page): Promise<{ violations: string[]; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return { violations: r.violations, passes: r.passes.length };
  });
  return {
    passes: result.passes,
    violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join(' | ')}`),
  };
}

async function openPopupView(scheme: 'light' | 'dark'): Promise<Page> {
  const view = await env.session.context.newPage();
  await view.emulateMedia({ colorScheme: scheme });
  await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
  await view.getByTestId('glossary').waitFor();
  // Open every category so axe sees every claim row too.
  await view.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
  return view;
}

async function openOptions(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  await page.getByTestId('opt-auto').waitFor();
  return page;
}

/** The focused element and whether a focus ring is drawn around it. */
async function focused(page: Page): Promise<{ testid: string | null; tag: string; ring: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { testid: el.getAttribute('data-testid'), tag: el.tagName, ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
}

/** Press Tab until the element with `testid` has the focus (at most 40 presses); every stop must show a ring. */
async function tabTo(page: Page, testid: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.ring, `focus ring on ${f.tag} ${f.testid ?? ''}`).toBe(true);
    if (f.testid === testid) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}

describe('accessibility in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`popup view, ${scheme}: no axe violation, categories named in words`, async () => {
      const view = await openPopupView(scheme);
      expect(await view.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const { violations, passes } = await axeViolations(view);
      expect(violations).toEqual([]);
      expect(passes).toBeGreaterThan(10);
      for (const label of ['rumor', 'reported', 'fact', 'opinion']) {
        expect((await view.getByTestId(`toggle-${label}`).locator('xpath=..').innerText()).trim()).toMatch(/^[A-Za-zÀ-ÿ]+\s*\d+$/);
      }
      await view.close();
    });

    it(`options page, ${scheme}: no axe violation`, async () => {
      const page = await openOptions(scheme);
      // Show the error state too: it must be announced and readable.
      await page.getByTestId('site-input').fill('not a site!');
      await page.getByTestId('site-add').click();
      await page.getByRole('alert').filter({ hasText: /./ }).waitFor();
      const { violations, passes } = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(passes).toBeGreaterThan(10);
      await page.close();
    });
  }

  it('the popup view works with the keyboard alone', async () => {
    const view = await openPopupView('light');
    await tabTo(view, 'toggle-highlights');
    await view.keyboard.press('Space');
    await sample.waitForFunction(() => !CSS.highlights.has('claimlens-rumor'), null, { timeout: 20_000 });
    await view.keyboard.press('Space');
    await sample.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), null, { timeout: 20_000 });
    // A claim is a button: Enter scrolls the page to it and flashes it.
    await view.locator('.claim-text').first().focus();
    expect((await focused(view)).ring).toBe(true);
    await view.keyboard.press('Enter');
    await sample.waitForFunction(() => CSS.highlights.has('claimlens-focus'), null, { timeout: 20_000 });
    await view.close();
  });

  it('the options page works with the keyboard alone and saves to storage.sync', async () => {
    const page = await openOptions('light');
    await tabTo(page, 'opt-auto');
    await page.keyboard.press('Space');
    await tabTo(page, 'opt-palette-standard');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).testid).toBe('opt-palette-colorblind');
    await tabTo(page, 'site-input');
    await page.keyboard.type('https://www.Example.com/news');
    await page.keyboard.press('Enter');
    await page.getByTestId('sites').getByText('www.example.com').waitFor();
    // The list shows the site at once and writes it on a later task: wait for the write, not for the list.
    await expect
      .poll(() => env.session.worker.evaluate(() => chrome.storage.sync.get(null)), { timeout: 10_000 })
      .toMatchObject({ schemaVersion: 2, autoDetect: false, palette: 'colorblind', disabledSites: ['www.example.com'] });
    // Remove it again with the keyboard (its button names the site).
    await page.getByRole('button', { name: /www\.example\.com/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('sites-empty').waitFor();
    await env.session.worker.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });
});
