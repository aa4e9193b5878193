import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';
import type { HighlightPrefs } from '../shared/protocol';
import { t } from '../shared/i18n';
import type { HighlightPainter } from './highlight-painter';
import { HoverWatcher, targetAtPoint } from './hover-terms';
import { TermCard, type CardContent } from './term-card';

/**
 * What the reader can reach on a painted page besides looking: hovering a glossary term or a
 * highlighted claim opens a card that explains it, and the keyboard commands step through the
 * highlights in document order, flashing each and opening the same card.
 */

/** A highlight the reader can hover or step to. */
export type PageTarget = { kind: 'claim'; index: number; range: Range } | { kind: 'term'; id: string; range: Range };

/** The card of a target: a term's name, category and definition in the article's language; a claim's label and why. */
export function cardContent(target: PageTarget, report: Report): CardContent | null {
  if (target.kind === 'term') {
    const g = report.glossary.find((x) => x.id === target.id);
    if (!g) return null;
    const lang = report.lang === 'fr' ? 'fr' : 'en';
    return { title: g.term, tag: t(`termCategory_${g.category}`), lines: [g.definitions[lang] || g.definition], lang };
  }
  const c = report.claims[target.index];
  if (!c) return null;
  const lines = [c.cues.length ? t('cuesAre', [c.cues.map((q) => t('cardCue', [q])).join(', ')]) : t('cardNoCue')];
  if (c.source) lines.push(t('sourceIs', [c.source]));
  return { title: t(`label_${c.label}`), tag: t('cardWhy'), lines };
}

function byDocumentOrder(a: PageTarget, b: PageTarget): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // text the page has since removed
  }
}

function onScreen(range: Range): boolean {
  const r = range.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}

/** Holds the hover watcher, the card and the step cursor of one page session. */
export class HighlightNavigator {
  private painter: HighlightPainter | null = null;
  /** Shown targets, terms first: the hover priority (a term inside a claim wins). */
  private hoverable: PageTarget[] = [];
  private ordered: PageTarget[] | null = null;
  private current: PageTarget | null = null;
  private readonly card: TermCard;
  private readonly hover = new HoverWatcher((x, y, over) => this.onHover(x, y, over));

  constructor(private readonly doc: Document) {
    this.card = new TermCard(doc);
  }

  /** Follow a new painter or new prefs: recompute what is shown, close the card, (un)register hover. */
  update(painter: HighlightPainter | null, prefs: HighlightPrefs): void {
    this.card.close();
    this.painter = painter;
    this.ordered = null;
    const claims: PageTarget[] = [];
    const terms: PageTarget[] = [];
    if (painter && prefs.enabled) {
      painter.report.claims.forEach((c, index) => {
        const range = painter.claimRanges[index];
        if (range && !prefs.hidden.includes(c.label)) claims.push({ kind: 'claim', index, range });
      });
      if (prefs.terms) for (const h of painter.termHits) terms.push({ kind: 'term', id: h.id, range: h.range });
    }
    this.hoverable = [...terms, ...claims];
    this.hover.setActive(this.hoverable.length > 0);
  }

  /** Go to the next or previous shown highlight (wrapping), flash it and open its card; false when none. */
  step(direction: 'next' | 'prev'): boolean {
    const list = (this.ordered ??= [...this.hoverable].sort(byDocumentOrder));
    if (!list.length || !this.painter) return false;
    // Go on from the last highlight visited while it is still what the reader sees (its card open,
    // or on screen); after the reader has scrolled away, start from where they now are.
    const cur = this.current;
    const at = cur && (this.card.anchor === cur.range || onScreen(cur.range)) ? list.indexOf(cur) : -1;
    let i: number;
    if (at >= 0) i = (at + (direction === 'next' ? 1 : list.length - 1)) % list.length;
    else {
      // No cursor yet: start from the reader's place, the first highlight at or below the top of the view.
      const below = list.findIndex((x) => x.range.getBoundingClientRect().top >= 0);
      i = direction === 'next' ? Math.max(0, below) : (below <= 0 ? list.length : below) - 1;
    }
    const target = list[i]!;
    this.current = target;
    this.painter.focus(target.range);
    this.show(target, true, 0);
    return true;
  }

  private show(target: PageTarget, byKey: boolean, line: number): void {
    const content = this.painter && cardContent(target, this.painter.report);
    if (content) this.card.open(target.range, content, byKey, line);
  }

  private onHover(x: number, y: number, over: EventTarget | null): void {
    if (this.card.isHost(over)) return; // reading the card itself
    const hit = targetAtPoint(this.doc, x, y, this.hoverable);
    if (hit) {
      if (this.card.anchor === hit.target.range) return;
      this.current = hit.target;
      this.show(hit.target, false, hit.line);
    } else if (!this.card.byKey) this.card.close();
  }
}

/**
 * Test builds only: a page may ask (`postMessage({ claimlensTest: 'command', name })`) for a
 * keyboard command to run in its tab through the worker's `commands.onCommand` path, because
 * headless browsers cannot press extension shortcuts. Answers `{ claimlensTestReply: 'command', answer }`.
 */
export function installCommandTestRelay(): void {
  addEventListener('message', (e) => {
    const data = e.data as { claimlensTest?: string; name?: unknown } | null;
    if (e.source !== window || data?.claimlensTest !== 'command') return;
    void browser.runtime.sendMessage({ claimlensTest: 'command', name: String(data.name) }).then((answer: unknown) => postMessage({ claimlensTestReply: 'command', answer }, '*'));
  });
}
