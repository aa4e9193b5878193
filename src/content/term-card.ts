/**
 * The small explanation card shown next to a glossary term or a highlighted claim. It lives in the
 * shadow root of ONE host element that exists only while a card is open, appended to
 * `<html>` and removed on close: page styles cannot reach the card, the card's styles cannot leak
 * out, and the page's own DOM is never touched. Text goes in through `textContent` only.
 */

/** What a card says: a title, a small tag (category or "why"), and a few lines of plain text. */
export interface CardContent {
  title: string;
  tag: string;
  lines: string[];
  /** Language of the lines, when known (definitions are in the article's language). */
  lang?: string;
}

// `all: initial !important` on the host wins over any page rule (important declarations of a
// shadow tree beat the outer document's); the card follows the reader's colour scheme.
const STYLE = `:host{all:initial!important}
.c{position:fixed;z-index:2147483647;box-sizing:border-box;max-width:min(340px,calc(100vw - 8px));padding:8px 11px;border-radius:8px;
font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:#fff;color:#1b1b1f;border:1px solid #c9c9d3;box-shadow:0 4px 18px rgba(0,0,0,.2)}
.h{display:flex;gap:8px;align-items:baseline;justify-content:space-between;margin-bottom:3px}
.t{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#55555f}
p{margin:2px 0}
.c:empty{opacity:0}
@media (prefers-color-scheme:dark){.c{background:#1f1f26;color:#ececf1;border-color:#44444f}.t{color:#b4b4c0}}`;

function el(doc: Document, tag: string, cls: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** One card at a time, anchored to a `Range` of the page, following it while the page scrolls. */
export class TermCard {
  #host: HTMLElement | null = null;
  #box: HTMLElement | null = null;
  #range: Range | null = null;
  #rectIndex = 0;
  #frame = 0;
  /** True when the keyboard opened the card: the mouse moving elsewhere does not close it. */
  byKey = false;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** The range the open card explains, or null when closed. */
  get anchor(): Range | null {
    return this.#range;
  }

  /** True when `node` is our host (events from inside the card are retargeted to it). */
  isHost(node: EventTarget | null): boolean {
    return node !== null && node === this.#host;
  }

  /** Open the card for `range` (replacing any open card), next to its line `rectIndex`. */
  open(range: Range, content: CardContent, byKey: boolean, rectIndex = 0): void {
    this.close();
    const doc = this.#doc;
    const host = doc.createElement('claimlens-card');
    // Test builds keep the root open so end-to-end tests can read the card; shipped builds close it.
    const root = host.attachShadow({ mode: __TEST__ ? 'open' : 'closed' });
    const box = el(doc, 'div', 'c');
    box.setAttribute('role', 'tooltip');
    box.setAttribute('aria-live', 'polite');
    const head = el(doc, 'div', 'h');
    head.append(el(doc, 'strong', '', content.title), el(doc, 'span', 't', content.tag));
    const lines = content.lines.map((line) => {
      const p = el(doc, 'p', '', line);
      if (content.lang) p.lang = content.lang;
      return p;
    });
    root.append(el(doc, 'style', '', STYLE), box);
    doc.documentElement.append(host);
    this.#host = host;
    this.#box = box;
    this.#range = range;
    this.#rectIndex = rectIndex;
    this.byKey = byKey;
    addEventListener('keydown', this.#onKey, true);
    addEventListener('scroll', this.#onMove, { capture: true, passive: true });
    addEventListener('resize', this.#onMove, { passive: true });
    // The text arrives one frame after the (still empty, invisible) live region: screen readers
    // announce a change to a live region already on the page, rarely one inserted with its text.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      box.append(head, ...lines);
      this.#place();
    });
  }

  /** Close the card and remove our host from the page; harmless when already closed. */
  close(): void {
    if (!this.#host) return;
    this.#host.remove();
    this.#host = this.#box = this.#range = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    removeEventListener('keydown', this.#onKey, true);
    removeEventListener('scroll', this.#onMove, true);
    removeEventListener('resize', this.#onMove);
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.close();
  };

  readonly #onMove = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  };

  /** Below the anchored line, or above it when there is no room below, kept inside the viewport. */
  #place(): void {
    const range = this.#range;
    const box = this.#box;
    if (!range || !box) return;
    const rects = range.getClientRects();
    const r = rects[this.#rectIndex] ?? rects[0];
    if (!r) return this.close(); // the page removed the text
    const { width, height } = box.getBoundingClientRect();
    let top = r.bottom + 6;
    if (top + height > innerHeight - 4 && r.top - height - 6 >= 4) top = r.top - height - 6;
    box.style.top = `${top}px`;
    box.style.left = `${Math.max(4, Math.min(r.left, innerWidth - width - 4))}px`;
  }
}
