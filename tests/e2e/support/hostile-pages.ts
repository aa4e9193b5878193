/**
 * The hostile pages of the robustness suite (issue 7) and what each should show, shared by the
 * Chromium and Firefox suites. Small pages are committed in tests/fixtures/hostile/; the large
 * ones are written by scripts/make-hostile-pages.mjs into its git-ignored `generated/` folder.
 */

/** One hostile page and what ClaimLens must do there. */
export interface HostilePage {
  name: string;
  /** Path under tests/fixtures/hostile/. */
  path: string;
  /** true: the article must end up highlighted; false: nothing may be painted; 'any': no opinion. */
  highlights: boolean | 'any';
  /** Ids of elements whose text the page itself keeps rewriting (left out of the DOM comparison). */
  volatile?: string[];
  /** The analysis must stop at the text cap and say so. */
  truncated?: boolean;
  /** A top-level document without a page click target of its own (frameset): click by dispatch. */
  dispatchClick?: boolean;
}

/** Every hostile page of the issue. */
export const HOSTILE_PAGES: HostilePage[] = [
  { name: '5 MB article', path: 'generated/big-article.html', highlights: true, truncated: true },
  { name: '20,000 paragraphs', path: 'generated/many-paragraphs.html', highlights: true },
  { name: 'DOM 5,000 levels deep', path: 'generated/deep-nesting.html', highlights: true },
  { name: 'ticker rewriting text every 10 ms', path: 'ticker.html', highlights: true, volatile: ['ticker', 'ticker2'] },
  { name: 'article across shadow roots and an iframe', path: 'shadow-iframes.html', highlights: true },
  { name: 'contenteditable article', path: 'contenteditable.html', highlights: true },
  { name: 'designMode document', path: 'designmode.html', highlights: true },
  { name: 'built-ins overridden by the page', path: 'overrides.html', highlights: true },
  { name: 'strict Content-Security-Policy', path: 'csp.html', highlights: true },
  { name: 'Unicode oddities (RTL, ZWJ, emoji, combining, lone surrogates, NUL)', path: 'unicode.html', highlights: true },
  { name: 'ISO-8859-1 French article', path: 'generated/latin1.html', highlights: true },
  { name: 'empty body', path: 'empty.html', highlights: false },
  { name: 'frameset', path: 'frameset.html', highlights: false, dispatchClick: true },
  { name: 'SVG document', path: 'svg-document.svg', highlights: false },
  { name: 'plain-text document', path: 'plain-text.txt', highlights: 'any' },
];

/** The page's serialised DOM with the text of its self-rewriting elements blanked. */
export function stableDom(html: string, volatile: readonly string[] = []): string {
  let out = html;
  for (const id of volatile) out = out.replace(new RegExp(`(<[^>]+id="${id}"[^>]*>)[^<]*`), '$1');
  return out;
}

/**
 * Installed before any page script (Chromium `addInitScript`): keeps the real highlight registry
 * (the overrides page replaces `window.CSS`), snapshots the DOM at DOMContentLoaded, before the
 * content script runs at `document_idle`, and counts clicks for the responsiveness check.
 */
export function hostileInitScript(): void {
  const w = window as unknown as { __clRegistry?: Map<string, { size: number }>; __clBefore?: string; __clClicks: number };
  w.__clRegistry = (globalThis as unknown as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
  w.__clClicks = 0;
  document.addEventListener('DOMContentLoaded', () => {
    w.__clBefore = document.documentElement.outerHTML;
  });
  window.addEventListener('click', () => {
    w.__clClicks++;
  }, true);
}

/** In the page: the ClaimLens highlights in the real registry, name → range count. */
export function registeredHighlights(): Record<string, number> {
  const reg = (window as unknown as { __clRegistry?: Map<string, { size: number }> }).__clRegistry;
  const out: Record<string, number> = {};
  if (!reg) return out;
  reg.forEach((h, name) => {
    if (name.indexOf('claimlens-') === 0) out[name] = h.size;
  });
  return out;
}
