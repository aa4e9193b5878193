/**
 * The cheap first look, run on every page at `document_idle`: could this be an AI-news article?
 * Recall first — the full score (`scoreAiTopic` after `extractArticle`) decides later; the gate only
 * spares non-articles and pages with no AI vocabulary up front. Its work is bounded like Readability's
 * `isProbablyReaderable`: a few `querySelector(All)` calls, `textContent` of at most a handful of
 * headings and the paragraphs `isProbablyReaderable` would read anyway; no layout, no full-text walk.
 * Standard DOM only; the Document is a parameter (the CLI runs it on linkedom).
 */
import { countAiSignals } from '../core/topic/score';
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
  /** Characters of lead text read for AI vocabulary. */
  maxLeadChars: number;
  /** Headings (h1, h2) read for AI vocabulary. */
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
  maxLeadParagraphs: 8,
  maxLeadChars: 3000,
  maxHeadings: 8,
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

/** Ancestor walk (linkedom's `contains` walks the container's whole subtree instead). */
function isInside(el: Element, container: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e === container) return true;
  return false;
}

/** Everything the gate reads, in one selector of plain tags (attribute selectors cost more). */
const GATE_SELECTOR = 'meta, script, article, h1, h2, p, br';

/** A cheap first look, costing no more than Readability's isProbablyReaderable on the same page. */
export function isProbablyAiArticle(doc: Document, options?: Partial<GateOptions>): GateResult {
  const o: GateOptions = { ...DEFAULT_GATE_OPTIONS, ...options };
  const signalText: string[] = [doc.title ?? ''];

  let declaresArticle = false;
  let article: Element | null = null;
  let headings = 0;
  const paragraphs: Element[] = [];
  const breaks: Element[] = [];
  // One query, one walk of the tree; texts are read afterwards, only as far as needed.
  for (const el of doc.querySelectorAll(GATE_SELECTOR)) {
    switch (el.localName) {
      case 'meta': {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
        if (key === 'og:type') declaresArticle ||= (el.getAttribute('content') ?? '').trim().toLowerCase() === 'article';
        else if (key === 'article:published_time') declaresArticle = true;
        else if (META_KEYS.has(key)) signalText.push(el.getAttribute('content') ?? '');
        break;
      }
      case 'script': {
        if (el.getAttribute('type') !== 'application/ld+json') break;
        const text = (el.textContent ?? '').slice(0, o.maxJsonLdChars);
        if (JSON_LD_ARTICLE_TYPE.test(text)) {
          declaresArticle = true;
          signalText.push(text);
        }
        break;
      }
      case 'h1': case 'h2':
        if (headings++ < o.maxHeadings) signalText.push(el.textContent ?? '');
        break;
      case 'p':
        paragraphs.push(el);
        break;
      case 'br':
        if (breaks.length < o.maxBreaks) breaks.push(el);
        break;
      case 'article': // the first one scopes the lead
        article ??= el;
        break;
    }
  }

  // Paragraph texts, read once each, in order, only while the readerable score or the lead needs them.
  let readerable = 0;
  let next = 0;
  const texts: string[] = [];
  let leadChars = 0;
  const readParagraph = (leadOnly: boolean): boolean => {
    while (next < paragraphs.length) {
      const p = paragraphs[next++]!;
      if (p.hasAttributes() && (isHiddenByMarkup(p) || looksLikeChrome(p))) continue;
      const inScope = article === null || isInside(p, article);
      if (leadOnly && !inScope) continue;
      const text = (p.textContent ?? '').trim();
      if (text.length > o.minContentLength) readerable += Math.sqrt(text.length - o.minContentLength);
      if (text.length >= 40 && inScope) {
        texts.push(text);
        leadChars += text.length;
      }
      return true;
    }
    return false;
  };
  // The readerable score, like isProbablyReaderable: stop as soon as it is reached.
  if (!declaresArticle && article === null) while (readerable < o.minReaderableScore && readParagraph(false));

  // Like isProbablyReaderable's "div > br": old layouts keep paragraphs as <br>-separated text.
  let breakText = '';
  if (!declaresArticle && article === null && readerable < o.minReaderableScore) {
    const seen = new Set<Element>();
    for (const br of breaks) {
      const parent = br.parentElement;
      if (!parent || seen.has(parent) || parent.localName === 'p') continue;
      seen.add(parent);
      const text = (parent.textContent ?? '').trim();
      if (text.length > o.minContentLength) readerable += Math.sqrt(text.length - o.minContentLength);
      if (breakText.length < o.maxLeadChars && text.length >= 40) breakText += `\n${text.slice(0, o.maxLeadChars - breakText.length)}`;
      if (readerable >= o.minReaderableScore && breakText.length >= o.maxLeadChars) break;
    }
  }

  const isArticle = declaresArticle || article !== null || readerable >= o.minReaderableScore;
  if (!isArticle) return { pass: false, isArticle, aiSignals: 0, reason: 'not-article' };
  // Title, metadata and headings first; the lead only when they are not enough.
  let aiSignals = countAiSignals(signalText.join('\n'));
  if (aiSignals < o.minAiSignals) {
    while (texts.length < o.maxLeadParagraphs && leadChars < o.maxLeadChars && readParagraph(true));
    signalText.push(...texts.slice(0, o.maxLeadParagraphs), breakText);
    aiSignals = countAiSignals(signalText.join('\n'));
  }
  const pass = aiSignals >= o.minAiSignals;
  return { pass, isArticle, aiSignals, reason: pass ? 'pass' : 'not-ai' };
}
