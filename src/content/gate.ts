/**
 * The cheap first look, run on every page at `document_idle`: could this be an AI-news article?
 * Recall first — the full score (`scoreAiTopic` after `extractArticle`) decides later; the gate only
 * spares non-articles and pages with no AI vocabulary up front. Its work is bounded like Readability's
 * `isProbablyReaderable`: a few `querySelector(All)` calls, `textContent` of at most a handful of
 * headings and the paragraphs `isProbablyReaderable` would read anyway; no layout, no full-text walk.
 * Standard DOM only; the Document is a parameter (the CLI runs it on linkedom).
 */
import { countAiSignals } from '../core/topic/term-matcher';
import { JSON_LD_ARTICLE_TYPE } from './extract-meta';
import { isHiddenByMarkup, looksLikeChrome } from './extract-skip';

/** The gate's named thresholds. */
export interface GateOptions {
  /** A paragraph shorter than this adds nothing to the readerable score (Readability: 140). */
  minContentLength: number;
  /** Readerable score (sum of sqrt(len − minContentLength)) that makes a page without markup an article (Readability: 20). */
  minReaderableScore: number;
  /** AI vocabulary hits needed in title, metadata, headings and lead. */
  minAiSignals: number;
  /** Lead paragraphs read for AI vocabulary. */
  maxLeadParagraphs: number;
  /**
   * Characters of lead text read for AI vocabulary: twice the scorer's lead (`leadChars` in
   * core/topic/thresholds.ts). A story told through another angle (a school's new software, a
   * funding round) may name AI only from its second or third paragraph, and the scorer still
   * calls it AI news (`minBodyAnchorHitsWithoutProminence`); a 600-character look missed 4 of the
   * 24 pages of blind probe 4, 1,200 characters none. The cost, measured in Chromium over the 130
   * corpus pages: the gate's median time +13%, its ratio to `isProbablyReaderable` 0.56 → 0.63.
   */
  maxLeadChars: number;
  /** Headings (h1) read for AI vocabulary. */
  maxHeadings: number;
  /** `<br>` elements looked at when paragraphs are missing (text kept as <br>-separated lines). */
  maxBreaks: number;
  /** Characters of each JSON-LD script read (headline, keywords and section come first in practice). */
  maxJsonLdChars: number;
}

/** Defaults for the extension and the CLI. */
export const DEFAULT_GATE_OPTIONS: GateOptions = {
  minContentLength: 140,
  minReaderableScore: 20,
  minAiSignals: 1,
  maxLeadParagraphs: 6,
  maxLeadChars: 1200,
  maxHeadings: 3,
  maxBreaks: 200,
  maxJsonLdChars: 4000,
};

/** The gate's answer and the reason for it. */
export interface GateResult {
  pass: boolean;
  isArticle: boolean;
  aiSignals: number;
  reason: 'not-article' | 'not-ai' | 'pass';
}

const META_KEYS = new Set([
  'og:title', 'description', 'og:description', 'twitter:title', 'keywords', 'news_keywords',
  'article:section', 'article:tag', 'parsely-section', 'parsely-tags',
]);

/** The JSON-LD fields that say what an article is about (their string values). */
const JSON_LD_TOPIC_FIELD = /"(?:headline|name|description|keywords|articleSection|about)"\s*:\s*"((?:[^"\\]|\\.){0,400})"/g;

/** A cheap first look, costing no more than Readability's isProbablyReaderable on the same page. */
export function isProbablyAiArticle(doc: Document, options?: Partial<GateOptions>): GateResult {
  const o: GateOptions = { ...DEFAULT_GATE_OPTIONS, ...options };
  const { minContentLength, minReaderableScore, minAiSignals, maxLeadParagraphs, maxLeadChars } = o;
  const signalText: string[] = [doc.title ?? ''];

  // Metadata: read from <head> only (a query over the whole page walks every node), and from
  // JSON-LD only the fields that name the topic, so the vocabulary scan reads a short text.
  let declaresArticle = false;
  const head = doc.head ?? doc.documentElement;
  if (head) {
    // A live collection read by index: no static list built, no selector matched per element.
    const metas = head.getElementsByTagName('meta');
    for (let i = 0, el: Element | undefined; (el = metas[i]); i++) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === 'og:type') declaresArticle ||= (el.getAttribute('content') ?? '').trim().toLowerCase() === 'article';
      else if (key === 'article:published_time') declaresArticle = true;
      else if (META_KEYS.has(key)) signalText.push(el.getAttribute('content') ?? '');
    }
  }
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = (el.textContent ?? '').slice(0, o.maxJsonLdChars);
    if (!JSON_LD_ARTICLE_TYPE.test(text)) continue;
    declaresArticle = true;
    for (const m of text.matchAll(JSON_LD_TOPIC_FIELD)) signalText.push(m[1] ?? '');
  }
  // The first <article> with paragraphs that is not chrome: news sites also wrap the cards of their
  // rails, and each reader's comment, in <article> (a comment first in the page was read as the lead).
  const article = [...doc.querySelectorAll('article')].find((a) => a.getElementsByTagName('p')[0] && !looksLikeChrome(a));
  // Live collections are walked only as far as they are read: the first headings, the first paragraphs.
  const headings = (article ?? doc).getElementsByTagName('h1');
  for (let i = 0; i < headings.length && i < o.maxHeadings; i++) signalText.push(headings[i]!.textContent ?? '');

  // The lead: paragraphs of the first <article>, else of the page, read once each and only as needed.
  const paragraphs = (article ?? doc).getElementsByTagName('p');
  let next = 0;
  let readerable = 0;
  let leadChars = 0;
  const lead: string[] = [];
  // Consecutive paragraphs mostly share their box: its verdict is read once.
  let lastBox: Element | null = null;
  let lastBoxIsChrome = false;
  const readParagraph = (): boolean => {
    while (next < paragraphs.length) {
      const p = paragraphs[next++]!;
      const box = p.parentElement;
      if (box !== lastBox) {
        lastBox = box;
        lastBoxIsChrome = !!box?.hasAttributes() && looksLikeChrome(box);
      }
      // Skip hidden or chrome paragraphs, and those of a chrome box ("<div class=cookie-consent><p>").
      if (lastBoxIsChrome || (p.hasAttributes() && (isHiddenByMarkup(p) || looksLikeChrome(p)))) continue;
      const text = (p.textContent ?? '').trim();
      if (text.length > minContentLength) readerable += Math.sqrt(text.length - minContentLength);
      if (text.length >= 40) {
        lead.push(text);
        leadChars += text.length;
      }
      return true;
    }
    return false;
  };

  let isArticle = declaresArticle || !!article;
  if (!isArticle) {
    // The readerable score, like isProbablyReaderable: stop as soon as it is reached.
    while (readerable < minReaderableScore && readParagraph());
    if (readerable < minReaderableScore) readerable += readBreakLayout(doc, o, lead);
    isArticle = readerable >= minReaderableScore;
  }
  if (!isArticle) return { pass: false, isArticle, aiSignals: 0, reason: 'not-article' };

  // Title, metadata and headings first; the lead only when they are not enough.
  let aiSignals = countAiSignals(signalText.join('\n'));
  if (aiSignals < minAiSignals) {
    while (lead.length < maxLeadParagraphs && leadChars < maxLeadChars && readParagraph());
    aiSignals = countAiSignals(lead.slice(0, maxLeadParagraphs).join('\n').slice(0, maxLeadChars));
  }
  const pass = aiSignals >= minAiSignals;
  return { pass, isArticle, aiSignals, reason: pass ? 'pass' : 'not-ai' };
}

/**
 * Like isProbablyReaderable's "div > br" (any parent but <p>): old layouts keep paragraphs as
 * <br>-separated text.
 * Adds the lines' text to `lead` and returns their readerable score; looked at only when the page
 * has too little paragraph text to count as an article.
 */
function readBreakLayout(doc: Document, o: GateOptions, lead: string[]): number {
  let score = 0;
  let chars = 0;
  const seen = new Set<Element>();
  const breaks = doc.querySelectorAll('br');
  for (let i = 0; i < breaks.length && i < o.maxBreaks; i++) {
    const parent = breaks[i]!.parentElement;
    if (!parent || seen.has(parent) || parent.localName === 'p') continue;
    seen.add(parent);
    const text = (parent.textContent ?? '').trim();
    if (text.length > o.minContentLength) score += Math.sqrt(text.length - o.minContentLength);
    if (chars < o.maxLeadChars && text.length >= 40) {
      lead.push(text.slice(0, o.maxLeadChars - chars));
      chars += text.length;
    }
    if (score >= o.minReaderableScore && chars >= o.maxLeadChars) break;
  }
  return score;
}
