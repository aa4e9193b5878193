import type { Report } from '../core/report/types';
import { CLAIM_LABELS, type ClaimLabel } from '../core/types';
import type { HighlightPrefs } from '../shared/protocol';
import { blockRangeToDom, type ExtractedBlock } from './extract';
import { CLAIM_HIGHLIGHT, FOCUS_HIGHLIGHT, TERM_HIGHLIGHT } from './highlight-names';
import { inSlices } from './slices';

/**
 * Paints a report on the page through the CSS Custom Highlight API: sentence offsets become
 * `Range`s over the page's own text nodes and are registered under our highlight names. The page's
 * DOM is never touched; switching off only removes our entries from `CSS.highlights`.
 */

type HighlightRegistryLike = Map<string, Highlight>;

/** The page's highlight registry, read once from our isolated world (page scripts cannot swap it). */
function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

/** Every highlight name we may register, to clear or report them all. */
const OUR_NAMES = [...Object.values(CLAIM_HIGHLIGHT), TERM_HIGHLIGHT, FOCUS_HIGHLIGHT];

/** Build a DOM Range for `[start, end)` of a block, or null when the text moved away. */
function toRange(doc: Document, block: ExtractedBlock | undefined, start: number, end: number): Range | null {
  if (!block) return null;
  const pts = blockRangeToDom(block, start, end);
  if (!pts) return null;
  try {
    const r = doc.createRange();
    r.setStart(pts.startNode, pts.startOffset);
    r.setEnd(pts.endNode, pts.endOffset);
    return r;
  } catch {
    return null;
  }
}

type Spans = readonly { block: number; start: number; end: number }[];

/** The ranges of `spans`, built in slices (see slices.ts): thousands of sentences never hold the page up. */
async function slicedRanges(doc: Document, blocks: readonly ExtractedBlock[], spans: Spans): Promise<(Range | null)[]> {
  const out: (Range | null)[] = [];
  await inSlices(() => {
    const s = spans[out.length];
    if (s) out.push(toRange(doc, blocks[s.block], s.start, s.end));
    return !!s;
  });
  return out;
}

/** Holds the ranges of one analysed page and registers the ones the reader's prefs allow. */
export class HighlightPainter {
  /** One range per claim, by claim index in the report (null when it could not be mapped). */
  readonly claimRanges: (Range | null)[];
  /** Every mapped term occurrence with its glossary id, in report order (hover and keyboard stepping). */
  readonly termHits: { id: string; range: Range }[] = [];
  readonly #firstTermRange = new Map<string, Range>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every `apply` and `clear`, so an unfinished `apply` knows it is stale. */
  #generation = 0;

  /** `ranges`: built beforehand by {@link HighlightPainter.build}; when absent they are built here at once. */
  constructor(
    private readonly doc: Document,
    blocks: readonly ExtractedBlock[],
    readonly report: Report,
    ranges?: { claims: (Range | null)[]; terms: (Range | null)[] },
  ) {
    const at = (s: Spans[number]) => toRange(doc, blocks[s.block], s.start, s.end);
    this.claimRanges = ranges?.claims ?? report.claims.map(at);
    const terms = ranges?.terms ?? report.terms.map(at);
    report.terms.forEach((t, i) => {
      const r = terms[i];
      if (!r) return;
      this.termHits.push({ id: t.id, range: r });
      if (!this.#firstTermRange.has(t.id)) this.#firstTermRange.set(t.id, r);
    });
  }

  /** A painter whose ranges were built in slices (see `slicedRanges`), for the live page. */
  static async build(doc: Document, blocks: readonly ExtractedBlock[], report: Report): Promise<HighlightPainter> {
    const claims = await slicedRanges(doc, blocks, report.claims);
    const terms = await slicedRanges(doc, blocks, report.terms);
    return new HighlightPainter(doc, blocks, report, { claims, terms });
  }

  /**
   * Register or remove our highlights so that the page shows exactly what `prefs` ask for. Ranges
   * are added to the registered highlights in slices: thousands at once (a 20,000-paragraph page)
   * held Firefox's main thread for ~100 ms. A later call or `clear` stops an unfinished one.
   */
  async apply(prefs: HighlightPrefs): Promise<void> {
    const reg = registry();
    if (!reg) return;
    const generation = ++this.#generation;
    const work: [Highlight, Range[]][] = [];
    const show = (name: string, ranges: Range[]) => {
      if (!ranges.length) return void reg.delete(name);
      const h = new Highlight();
      reg.set(name, h);
      work.push([h, ranges]);
    };
    for (const label of CLAIM_LABELS) show(CLAIM_HIGHLIGHT[label], prefs.enabled && !prefs.hidden.includes(label) ? this.#rangesOf(label) : []);
    show(TERM_HIGHLIGHT, prefs.enabled && prefs.terms ? this.termHits.map((h) => h.range) : []);
    let next = 0;
    await inSlices(() => {
      const [h, ranges] = work[0] ?? [];
      if (!h || generation !== this.#generation) return false;
      h.add(ranges![next++]!);
      if (next === ranges!.length) (work.shift(), (next = 0));
      return true;
    });
  }

  /** Remove everything we registered. */
  clear(): void {
    this.#generation++;
    const reg = registry();
    if (!reg) return;
    for (const name of OUR_NAMES) reg.delete(name);
    clearTimeout(this.#flashTimer);
  }

  /** Scroll a claim or a term's first occurrence into view and flash it; false when it is not on the page. */
  reveal(target: { kind: 'claim'; index: number } | { kind: 'term'; id: string }): boolean {
    const range = target.kind === 'claim' ? this.claimRanges[target.index] : this.#firstTermRange.get(target.id);
    if (!range) return false;
    this.focus(range);
    return true;
  }

  /** Scroll a range into view and flash it with the focus highlight. */
  focus(range: Range): void {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const reg = registry();
    if (reg) {
      reg.set(FOCUS_HIGHLIGHT, new Highlight(range));
      clearTimeout(this.#flashTimer);
      this.#flashTimer = setTimeout(() => reg.delete(FOCUS_HIGHLIGHT), 1600);
    }
  }

  /** Names of our highlights currently registered on the page. */
  registered(): string[] {
    const reg = registry();
    if (!reg) return [];
    return OUR_NAMES.filter((n) => reg.has(n));
  }

  #rangesOf(label: ClaimLabel): Range[] {
    const out: Range[] = [];
    this.report.claims.forEach((c, i) => {
      const r = this.claimRanges[i];
      if (c.label === label && r) out.push(r);
    });
    return out;
  }
}
