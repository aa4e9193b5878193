/**
 * Finds the element holding the article body: `itemprop=articleBody`, else the largest `<article>`,
 * else the densest cluster of paragraphs, else `<main>`/`[role=main]`, else `<body>`. Semantic
 * candidates must hold at least half the paragraph text of the densest cluster, so a teaser
 * `<article>` in a sidebar does not win over the real body. One `querySelectorAll('p')` with a
 * `textContent` per paragraph — the same work as Readability's `isProbablyReaderable`.
 * Standard DOM only.
 */
import { SKIP_TAGS, isHiddenByMarkup, looksLikeChrome } from './extract-skip';

/** How the root was found (for tests and debugging). */
export type RootKind = 'articleBody' | 'article' | 'cluster' | 'main' | 'body';

/** The chosen root and the paragraph-text measure used to choose it. */
export interface ArticleRoot {
  root: Element;
  kind: RootKind;
  /** Paragraph characters (outside chrome) under each element that has any. */
  paragraphText: Map<Element, number>;
  /** Paragraph characters under the root. */
  rootParagraphText: number;
  /** Paragraph characters under each element, chrome included (to spot page wrappers). */
  rawParagraphText: Map<Element, number>;
  /** The root is, or is inside, an `<article>` / `articleBody`. */
  inArticle: boolean;
  /**
   * Where to read, in document order: the root, plus — for a cluster — other containers with the
   * same tag and class holding a fair share of text (a CMS that splits the body into sections
   * around images and ads: `div.post__content` × 3).
   */
  sections: Element[];
}

/** Tuning of the root search, named like Readability's options. */
export const ROOT_OPTIONS = {
  /** Paragraphs shorter than this are ignored when measuring density (labels, datelines). */
  minParagraphChars: 25,
  /** A semantic candidate needs this share of the densest cluster's paragraph text. */
  minShareOfCluster: 0.5,
  /** A cluster needs this much paragraph text to be trusted over `<main>`. */
  minClusterChars: 200,
  /** The cluster's parent is read instead when its own paragraphs make this share of the cluster's. */
  minParentShare: 0.2,
  /** A sibling section (same tag and class as the cluster) needs this share of the cluster's score. */
  minSectionShare: 0.1,
  /** Without paragraphs, a semantic candidate needs this much text. */
  minCandidateTextWithoutParagraphs: 200,
  /**
   * Paragraphs measured, in document order: a news article has a few dozen, and a page of tens of
   * thousands (a 5 MB dump, an endless feed) must not cost a pass over all of them.
   */
  maxParagraphs: 3000,
} as const;

/**
 * A class/id that looks like chrome is ignored on an element holding nearly all paragraph text:
 * that is a page wrapper with an unlucky class ("site social-enabled"), not a share box.
 */
export const WRAPPER_SHARE = 0.95;

/** True when the element sits inside chrome (nav, aside, footer, comments...), cached per element. */
function inChrome(el: Element | null, cache: Map<Element, boolean>, rawText: Map<Element, number>, total: number): boolean {
  const path: Element[] = [];
  let verdict = false;
  for (let e = el; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined) { verdict = known; break; }
    path.push(e);
    const tag = e.localName;
    if (SKIP_TAGS.has(tag) || tag === 'header' ||
        (e.hasAttributes() && (isHiddenByMarkup(e) || ((rawText.get(e) ?? 0) < WRAPPER_SHARE * total && looksLikeChrome(e))))) {
      verdict = true;
      break;
    }
  }
  // Everything on the path below a chrome element is chrome; above it we only know "not yet".
  for (const e of path) cache.set(e, verdict);
  return verdict;
}

/**
 * Climbs from the densest cluster to its parent when the parent has paragraphs of its own and
 * little else: the start of a story sits directly in `div.articleContent`, the rest in a nested
 * `div.toggle-group`. At most two levels; never to `<body>`.
 */
function climbToOwnParagraphs(best: Element, text: Map<Element, number>, direct: Map<Element, number>): Element {
  let el = best;
  for (let i = 0; i < 2; i++) {
    const parent = el.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    const own = direct.get(parent) ?? 0;
    const mine = text.get(el) ?? 0;
    const total = text.get(parent) ?? 0;
    if (own < ROOT_OPTIONS.minParentShare * mine || total > 1.5 * (mine + own)) break;
    el = parent;
  }
  return el;
}

/** The cluster and its same-signature siblings, in document order, none inside another. */
function sectionsLike(best: Element, bestScore: number, cluster: Map<Element, number>): Element[] {
  const cls = best.getAttribute('class');
  if (!cls) return [best];
  const out: Element[] = [];
  // Map insertion order follows the first paragraph of each container: document order.
  for (const [el, score] of cluster) {
    if (el !== best && (el.localName !== best.localName || el.getAttribute('class') !== cls)) continue;
    if (el !== best && score < ROOT_OPTIONS.minSectionShare * bestScore) continue;
    if (out.some(o => o.contains(el) || el.contains(o))) continue;
    out.push(el);
  }
  return out;
}

/** Chooses the article root of a page. */
export function findArticleRoot(doc: Document): ArticleRoot {
  const body = doc.body ?? doc.documentElement;
  // Pass 1: paragraph text under every ancestor, chrome included (to recognise page wrappers).
  const rawText = new Map<Element, number>();
  const paras: { parent: Element; len: number }[] = [];
  let total = 0;
  const all = doc.querySelectorAll('p');
  for (let i = 0; i < all.length && i < ROOT_OPTIONS.maxParagraphs; i++) {
    const p = all[i]!;
    const len = (p.textContent ?? '').trim().length;
    const parent = p.parentElement;
    if (len < ROOT_OPTIONS.minParagraphChars || !parent) continue;
    paras.push({ parent, len });
    total += len;
    for (let e: Element | null = parent; e; e = e.parentElement) rawText.set(e, (rawText.get(e) ?? 0) + len);
  }
  // Pass 2: the same, chrome excluded, plus Readability-style cluster scores (parent + half to grandparent).
  const paragraphText = new Map<Element, number>();
  const cluster = new Map<Element, number>();
  const direct = new Map<Element, number>();
  const chrome = new Map<Element, boolean>();
  for (const { parent, len } of paras) {
    if (inChrome(parent, chrome, rawText, total)) continue;
    for (let e: Element | null = parent; e; e = e.parentElement) paragraphText.set(e, (paragraphText.get(e) ?? 0) + len);
    cluster.set(parent, (cluster.get(parent) ?? 0) + len);
    direct.set(parent, (direct.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) cluster.set(grand, (cluster.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of cluster) if (score > bestScore) { best = el; bestScore = score; }
  best = best && climbToOwnParagraphs(best, paragraphText, direct);
  const clusterText = best ? (paragraphText.get(best) ?? 0) : 0;
  const textOf = (el: Element) => paragraphText.get(el) ?? 0;
  const accept = (el: Element | null | undefined): el is Element => {
    if (!el) return false;
    if (clusterText === 0) return (el.textContent ?? '').trim().length >= ROOT_OPTIONS.minCandidateTextWithoutParagraphs;
    return textOf(el) >= ROOT_OPTIONS.minShareOfCluster * clusterText;
  };
  const largest = (selector: string): Element | null => {
    let pick: Element | null = null;
    let pickText = -1;
    for (const el of doc.querySelectorAll(selector)) {
      const t = clusterText === 0 ? (el.textContent ?? '').length : textOf(el);
      if (t > pickText) { pick = el; pickText = t; }
    }
    return pick;
  };
  const make = (root: Element, kind: RootKind, inArticle: boolean): ArticleRoot => ({
    root, kind, paragraphText, rawParagraphText: rawText, rootParagraphText: textOf(root), inArticle,
    sections: kind === 'cluster' ? sectionsLike(root, bestScore, cluster) : [root],
  });

  const articleBody = largest('[itemprop~="articleBody"], [itemprop~="articlebody"]');
  if (accept(articleBody)) return make(articleBody, 'articleBody', true);
  const article = largest('article');
  if (accept(article)) return make(article, 'article', true);
  if (best && clusterText >= ROOT_OPTIONS.minClusterChars) return make(best, 'cluster', best.closest('article') !== null);
  const main = doc.querySelector('main, [role="main"]');
  if (accept(main)) return make(main, 'main', false);
  // Too few paragraphs to trust a cluster: the text is probably in <div>s; read the whole body.
  return make(body, 'body', false);
}
