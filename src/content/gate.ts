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

/** A cheap first look, costing no more than Readability's isProbablyReaderable on the same page. */
export function isProbablyAiArticle(doc: Document, options?: Partial<GateOptions>): GateResult {
  const o: GateOptions = { ...DEFAULT_GATE_OPTIONS, ...options };
  const signalText: string[] = [doc.title ?? ''];

  let declaresArticle = false;
  for (const meta of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type') declaresArticle ||= (meta.getAttribute('content') ?? '').trim().toLowerCase() === 'article';
    else if (key === 'article:published_time') declaresArticle = true;
    else if (META_KEYS.has(key)) signalText.push(meta.getAttribute('content') ?? '');
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = (script.textContent ?? '').slice(0, o.maxJsonLdChars);
    if (JSON_LD_ARTICLE_TYPE.test(text)) {
      declaresArticle = true;
      signalText.push(text);
    }
  }
  const article = doc.querySelector('article, [itemprop~="articleBody"]');

  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < o.maxHeadings; i++) signalText.push(headings[i]!.textContent ?? '');

  // Paragraphs: the readerable score over the page and, in the same loop, the lead of the article.
  let readerable = 0;
  let leadParagraphs = 0;
  let leadChars = 0;
  const leadScope = article ?? doc;
  const inLeadScope = (p: Element) => article === null || article.contains(p);
  for (const p of doc.querySelectorAll('p')) {
    const readerDone = readerable >= o.minReaderableScore;
    const leadDone = leadParagraphs >= o.maxLeadParagraphs || leadChars >= o.maxLeadChars;
    if (readerDone && leadDone) break;
    if (p.hasAttributes() && (isHiddenByMarkup(p) || looksLikeChrome(p))) continue;
    const text = (p.textContent ?? '').trim();
    if (!readerDone && text.length > o.minContentLength) readerable += Math.sqrt(text.length - o.minContentLength);
    if (!leadDone && text.length >= 40 && leadScope && inLeadScope(p)) {
      signalText.push(text);
      leadParagraphs++;
      leadChars += text.length;
    }
  }

  // Like isProbablyReaderable's "div > br": old layouts keep paragraphs as <br>-separated text.
  if (readerable < o.minReaderableScore || leadChars === 0) {
    const seen = new Set<Element>();
    const brs = doc.querySelectorAll('br');
    for (let i = 0; i < brs.length && i < o.maxBreaks; i++) {
      const parent = brs[i]!.parentElement;
      if (!parent || seen.has(parent) || parent.localName === 'p') continue;
      seen.add(parent);
      const text = (parent.textContent ?? '').trim();
      if (text.length > o.minContentLength) readerable += Math.sqrt(text.length - o.minContentLength);
      if (leadChars < o.maxLeadChars && text.length >= 40) {
        const lead = text.slice(0, o.maxLeadChars - leadChars);
        signalText.push(lead);
        leadChars += lead.length;
      }
      if (readerable >= o.minReaderableScore && leadChars >= o.maxLeadChars) break;
    }
  }

  const isArticle = declaresArticle || article !== null || readerable >= o.minReaderableScore;
  if (!isArticle) return { pass: false, isArticle, aiSignals: 0, reason: 'not-article' };
  const aiSignals = countAiSignals(signalText.join('\n'));
  const pass = aiSignals >= o.minAiSignals;
  return { pass, isArticle, aiSignals, reason: pass ? 'pass' : 'not-ai' };
}
