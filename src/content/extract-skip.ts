/**
 * Which elements are not article text: page chrome (nav, aside, footer), interactive widgets,
 * media and captions, hidden nodes, and boxes whose class or id says comments, sharing, related
 * links, newsletter, cookie banner, byline, ads. Attribute and inline-style checks only: no
 * `getComputedStyle`, no layout. Standard DOM only.
 */

/** Tags whose whole subtree is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input', 'label', 'option',
  'figure', 'figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe',
  'frame', 'frameset', 'canvas', 'video', 'audio', 'object', 'embed', 'picture', 'img', 'pre',
  'dialog', 'menu', 'address', 'head', 'title', 'meta', 'link', 'source', 'track', 'map', 'area',
]);

/** ARIA roles of page chrome and widgets. */
const SKIP_ROLES = /^(navigation|complementary|banner|contentinfo|search|dialog|alertdialog|menu|menubar|toolbar|button|tablist|note|figure|img|marquee|timer)$/i;

/**
 * Class/id words that mark non-article boxes regardless of anything else ("comment-content" is
 * still a comment). Matched as substrings: "commentlist", "sharebar", "socialShare".
 */
export const STRONG_NEGATIVE =
  /comment|disqus|respond|replies|share|sharing|social|related|recommend|recirc|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|byline|author|promo|sponsor|outbrain|reaction|taboola|breadcrumb|lire-aussi|a-lire|alire|see-also|gallery|slideshow|carousel|lightbox|more-stories|popup|modal|sr-only|visually-hidden|screen-reader|skip-link|donate|jp-relatedposts|trending|most-popular|mostpopular|also-read|paywall-prompt/i;

/**
 * Class/id words that usually mark chrome, matched as whole words (between start/end, space, `-`,
 * `_`), unless the same class/id also says it is content (`POSITIVE`): "article-body has-ads" stays.
 */
export const WEAK_NEGATIVE =
  /(?:^|[\s_-])(?:ads?|adv|advert\w*|advertisement|adslot|ad-slot|pub|publicite|banner|meta|metadata|dateline|date|timestamp|time|sidebar|widget|menu|nav|navbar|navigation|header|footer|masthead|caption|credits?|tags?|tagline|keywords|pagination|pager|legends?|legende|tools|toolbar|utility|rail|teaser|signature|bio|print-only|dropdown)(?:$|[\s_-])/i;

/**
 * Classes that hide an element outright ("hidden", "is-hidden"), as opposed to responsive
 * utilities such as Bootstrap's "hidden-xs", which hide it only on some screens.
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|display-none)(?:$|\s)/i;

/** Class/id words that mark the article itself. */
export const POSITIVE = /article|body|content|entry|main|post|story|text|prose|chapo|lede|standfirst/i;

/** Inline styles that hide an element (computed styles are deliberately not consulted). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element is hidden by attribute or inline style. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The class and id of an element as one string ("" for SVG-like className objects). */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/** Screen-reader-only and hidden-class text: skipped even inside a sentence. */
const HIDDEN_INLINE = /sr-only|visually-hidden|screen-reader|(?:^|\s)(?:hidden|is-hidden|u-hidden)(?:$|\s)/i;

/**
 * True when class/id/role mark the element as page chrome rather than article text. For inline
 * elements only hidden-text classes count: `<a class="meta-loc">Sudan</a>` is part of a sentence.
 */
export function looksLikeChrome(el: Element, inline = false): boolean {
  if (inline) return HIDDEN_INLINE.test(classAndId(el));
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  const names = classAndId(el);
  if (!names) return false;
  if (STRONG_NEGATIVE.test(names)) return true;
  return (WEAK_NEGATIVE.test(names) || HIDDEN_CLASS.test(names)) && !POSITIVE.test(names);
}

/**
 * True when an element and its subtree should be left out of the article text.
 * `inArticle`: a `<header>` inside an article holds the headline and standfirst, so it is kept;
 * a page-level header is chrome.
 */
export function shouldSkipElement(el: Element, tag: string, inArticle: boolean): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'header' && !inArticle) return true;
  if (!el.hasAttributes()) return false;
  return isHiddenByMarkup(el) || looksLikeChrome(el);
}

const BYLINE_START = /^(?:by|par|de)\s+(?:la rédaction|the editors|\p{Lu})/iu;
const DATELINE_START = /^(?:published|updated|posted|last updated|publié|mis à jour|modifié|actualisé)\b/iu;
const DATE_IN_TEXT =
  /\b\d{1,2}(?:er)?\s+(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\p{L}*\.?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/iu;
const SENTENCE_END = /[.!?…»"”]$/u;
const BOILERPLATE =
  /^(?:advertisement|advertising|publicité|sponsored|sponsorisé|annonce|read more|lire la suite|lire aussi|à lire aussi|related|share|partager|share this article|partager cet article)\s*:?$/iu;

/**
 * True for text that is a byline, dateline or ad label rather than a statement
 * ("Par la rédaction · 11 septembre 2023", "By Jane Doe | Reuters", "Published March 3, 2024").
 */
export function isBylineText(text: string): boolean {
  if (text.length > 160) return false;
  if (BOILERPLATE.test(text)) return true;
  if (SENTENCE_END.test(text)) return false;
  if (BYLINE_START.test(text) || DATELINE_START.test(text)) return true;
  return text.length <= 100 && DATE_IN_TEXT.test(text);
}
