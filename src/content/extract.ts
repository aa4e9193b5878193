/**
 * Article extraction: the body's headings, paragraphs, list items and quotes as normalised text
 * blocks, each with a map back to its text nodes (see `text-map.ts`) so sentences can later be
 * highlighted without touching the page. One recursive pass over the chosen root, reading
 * `Text.data` only: no cloning, no `innerText`, no layout. Standard DOM only, the Document is a
 * parameter, so the Node CLI runs the very same code on linkedom.
 *
 * TODO(2025-01): same-origin iframes are not entered; the content script runs once per frame.
 */
import { findArticleRoot, WRAPPER_SHARE } from './extract-root';
import { readPageMeta } from './extract-meta';
import { isBylineText, looksLikeChrome, isHiddenByMarkup, SKIP_TAGS } from './extract-skip';
import { inSlices, nextTask } from './slices';
import { BlockTextBuilder, type TextPiece } from './text-map';

export { blockRangeToDom, normalizeBlockText, type TextPiece } from './text-map';

/** What a block is on the page; the classifier may treat headings differently. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** One block of article text and its map back to the DOM. */
export interface ExtractedBlock {
  /** Whitespace-collapsed, trimmed text. */
  text: string;
  kind: BlockKind;
  /** Cover `text` in order; see `TextPiece`. */
  pieces: TextPiece[];
}

/** Everything the analysis needs from a page. */
export interface ExtractedArticle {
  title: string;
  /** `<html lang>`, else content-language / og:locale / JSON-LD inLanguage; '' when none. */
  htmlLang: string;
  metaText: string;
  /** The page's h1 and the headings of the body, in order. */
  headings: string[];
  blocks: ExtractedBlock[];
  /** Article markup (JSON-LD, og:type, `<article>`) with some text, or enough long paragraphs. */
  isArticle: boolean;
  /** True when extraction stopped at `maxChars`. */
  truncated?: boolean;
}

/** Caller's knobs. */
export interface ExtractOptions {
  /**
   * Visibility of a candidate block element (called once per block, not per node). The content
   * script passes `el => el.checkVisibility?.() ?? true`; by default only attributes and inline
   * styles are consulted.
   */
  isVisible?: (el: Element) => boolean;
  /** Cap on the total block text, in characters; extraction stops at the block that would cross it. */
  maxChars?: number;
}

/** Named limits of the extraction. */
export const EXTRACT_LIMITS = {
  /** Default `maxChars`: ~30 000 words, far above any news article. */
  maxChars: 200_000,
  /** Text sitting directly in a `<div>` needs this many characters to count (drops "Advertisement", labels). */
  minAnonymousChars: 40,
  /** A block whose link text exceeds this share of its text is navigation. */
  maxLinkDensity: 0.5,
  /** Readability's `isProbablyReaderable` numbers: paragraphs above `minContentLength` add sqrt(len − min). */
  minContentLength: 140,
  minReaderableScore: 20,
  /** With article markup, this much block text is enough to call the page an article. */
  minArticleCharsWithMarkup: 400,
  /** Deeper subtrees are ignored (malformed pages). */
  maxDepth: 400,
} as const;

const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'big', 'sub', 'sup', 'code', 'kbd', 'samp',
  'var', 'mark', 'abbr', 'acronym', 'cite', 'q', 'dfn', 'time', 'font', 'bdi', 'bdo', 'data', 'del',
  'ins', 'tt', 'strike', 'output', 'ruby', 'rb', 'rt', 'rp', 'nobr', 'wbr',
]);

class Walker {
  readonly builder = new BlockTextBuilder();
  readonly blocks: ExtractedBlock[] = [];
  total = 0;
  done = false;
  headingDepth = 0;
  quoteDepth = 0;
  listDepth = 0;
  blockDepth = 0;
  linkDepth = 0;
  readerable = 0;
  anonymousOwner: Element | null = null;

  constructor(
    private readonly maxChars: number,
    private readonly isVisible: ((el: Element) => boolean) | undefined,
    private inArticle: boolean,
    /** Elements holding at least this much paragraph text are never skipped for their class. */
    private readonly wrapperText: number,
    private readonly rawText: Map<Element, number>,
  ) {}

  private skip(el: Element, tag: string): boolean {
    if (SKIP_TAGS.has(tag)) return true;
    if (tag === 'header' && !this.inArticle) return true;
    if (!el.hasAttributes()) return false;
    if (isHiddenByMarkup(el)) return true;
    return (this.rawText.get(el) ?? 0) < this.wrapperText && looksLikeChrome(el, INLINE_TAGS.has(tag));
  }

  walk(parent: Node, depth: number): void {
    if (depth > EXTRACT_LIMITS.maxDepth) return;
    for (let child = parent.firstChild; child && !this.done; child = child.nextSibling) this.visit(child, depth);
  }

  /** One child of a node at `depth` (the body of `walk`, callable on its own for sliced extraction). */
  visit(child: Node, depth: number): void {
    if (child.nodeType === 3) {
      if (this.blockDepth === 0 && this.builder.length === 0) this.anonymousOwner = child.parentElement;
      this.builder.append(child as Text, this.linkDepth > 0);
      return;
    }
    if (child.nodeType !== 1) return;
    const el = child as Element;
    const tag = el.localName;
    if (tag === 'br' || tag === 'hr') { this.flush(); return; }
    if (this.skip(el, tag)) return;
    if (INLINE_TAGS.has(tag)) {
      if (tag === 'a') this.linkDepth++;
      this.walkElement(el, depth);
      if (tag === 'a') this.linkDepth--;
    } else if (BLOCK_TAGS.has(tag)) {
      if (this.isVisible && !this.isVisible(el)) return;
      this.flush();
      this.enter(tag, 1);
      this.walkElement(el, depth);
      this.flush();
      this.enter(tag, -1);
    } else {
      this.flush();
      const wasInArticle = this.inArticle;
      if (tag === 'article') this.inArticle = true;
      this.walkElement(el, depth);
      this.flush();
      this.inArticle = wasInArticle;
    }
  }

  /** Light children, and the open shadow tree first when there is one. */
  private walkElement(el: Element, depth: number): void {
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) this.walk(shadow, depth + 1);
    this.walk(el, depth + 1);
  }

  private enter(tag: string, delta: 1 | -1): void {
    this.blockDepth += delta;
    if (HEADING_TAGS.has(tag)) this.headingDepth += delta;
    else if (tag === 'blockquote') this.quoteDepth += delta;
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') this.listDepth += delta;
  }

  private kind(): BlockKind {
    if (this.headingDepth > 0) return 'heading';
    if (this.quoteDepth > 0) return 'quote';
    if (this.listDepth > 0) return 'list-item';
    return 'paragraph';
  }

  /** Closes the current block, keeping it if it reads like article text. */
  flush(): void {
    const b = this.builder;
    if (b.length === 0) { if (b.pieces.length) b.reset(); return; }
    const text = b.text();
    const anonymous = this.blockDepth === 0;
    const keep =
      b.linkChars / text.length <= EXTRACT_LIMITS.maxLinkDensity &&
      /[\p{L}\p{N}]/u.test(text) &&
      !(anonymous && text.length < EXTRACT_LIMITS.minAnonymousChars) &&
      !(anonymous && this.isVisible && this.anonymousOwner && !this.isVisible(this.anonymousOwner)) &&
      !isBylineText(text);
    if (keep) {
      if (this.total + text.length > this.maxChars) {
        this.done = true;
      } else {
        const kind = this.kind();
        this.blocks.push({ text, kind, pieces: b.pieces });
        this.total += text.length + 1;
        if (kind !== 'heading' && text.length > EXTRACT_LIMITS.minContentLength) this.readerable += Math.sqrt(text.length - EXTRACT_LIMITS.minContentLength);
      }
    }
    b.reset();
    this.anonymousOwner = null;
  }
}

/**
 * Drops trailing headings: a "Related" or "More on this story" title whose link list was dropped
 * as navigation has no text after it.
 */
function dropOrphanHeadings(blocks: ExtractedBlock[]): ExtractedBlock[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === 'heading') end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/** Page metadata, the chosen root and a walker ready to read it. */
function begin(doc: Document, options: ExtractOptions) {
  const meta = readPageMeta(doc);
  const found = findArticleRoot(doc);
  const walker = new Walker(
    options.maxChars ?? EXTRACT_LIMITS.maxChars,
    options.isVisible,
    found.inArticle,
    WRAPPER_SHARE * (found.rawParagraphText.get(found.root) ?? 0) || Infinity,
    found.rawParagraphText,
  );
  return { meta, found, walker };
}

/**
 * Extracts the article of a page as text blocks mapped to the DOM, plus the metadata the AI-topic
 * score reads. Never throws on odd markup; a page without an article yields `isArticle: false`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const job = begin(doc, options);
  for (const root of job.found.sections) {
    const shadow = (root as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) job.walker.walk(shadow, 0);
    job.walker.walk(root, 0);
    job.walker.flush();
  }
  return finish(doc, job);
}

/**
 * The same extraction for the live page, in slices (see slices.ts): the root search is a task of
 * its own, then the root's children are read a slice at a time with the page's tasks in between, so a huge
 * article never holds the main thread for long. Same result as {@link extractArticle} on a page
 * that does not change meanwhile.
 */
export async function extractArticleInSlices(doc: Document, options: ExtractOptions = {}): Promise<ExtractedArticle> {
  await nextTask();
  const job = begin(doc, options);
  const walker = job.walker;
  for (const root of job.found.sections) {
    await nextTask();
    const shadow = (root as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) walker.walk(shadow, 0);
    let child = root.firstChild; // read lazily: no copy of a 20,000-child list
    await inSlices(() => {
      if (!child || walker.done) return false;
      walker.visit(child, 0);
      child = child.nextSibling;
      return true;
    });
    walker.flush();
  }
  return finish(doc, job);
}

function finish(doc: Document, { meta, found, walker }: ReturnType<typeof begin>): ExtractedArticle {
  const blocks = dropOrphanHeadings(walker.blocks);
  const headings = blocks.filter(b => b.kind === 'heading').map(b => b.text);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1 && !headings.includes(h1)) headings.unshift(h1);
  const semantic = meta.declaresArticle || found.kind === 'article' || found.kind === 'articleBody';
  const isArticle =
    walker.readerable >= EXTRACT_LIMITS.minReaderableScore ||
    (semantic && walker.total >= EXTRACT_LIMITS.minArticleCharsWithMarkup);
  return {
    title: meta.title,
    htmlLang: meta.htmlLang,
    metaText: meta.metaText,
    headings,
    blocks,
    isArticle,
    truncated: walker.done,
  };
}
