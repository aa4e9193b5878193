/**
 * Page metadata for the AI-topic score and the report: title, language, the descriptive meta
 * tags and JSON-LD article fields. One pass over `<meta>`, one parse per JSON-LD script (capped).
 * Standard DOM only; the Document is a parameter (the CLI runs this on linkedom).
 */

/** schema.org types that make a page an article. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle',
  'TechArticle', 'ScholarlyArticle', 'LiveBlogPosting', 'Report', 'SatiricalArticle',
]);

/** Cheap textual test for an article type in JSON-LD, without parsing (used by the gate): the types of ARTICLE_TYPES, every *NewsArticle subtype included. */
export const JSON_LD_ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|(?:Tech|Scholarly|Satirical)?Article|(?:Live)?BlogPosting|Report)"/;

/** JSON-LD scripts longer than this are not parsed (some embed a whole site map). */
const MAX_JSON_LD_CHARS = 300_000;

/** What the page says about itself. */
export interface PageMeta {
  title: string;
  htmlLang: string;
  /** Descriptions, keywords, sections, tags, JSON-LD headline/keywords/articleSection, newline-joined. */
  metaText: string;
  /** JSON-LD article type, `og:type=article` or `article:published_time`. */
  declaresArticle: boolean;
}

type Json = unknown;

function asStrings(v: Json): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function typesOf(node: Record<string, Json>): string[] {
  return asStrings(node['@type']).map(t => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Article objects at the top level, in arrays, in `@graph` or as `mainEntity`. */
function collectArticles(value: Json, out: Record<string, Json>[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectArticles(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, Json>;
  if (typesOf(node).some(t => ARTICLE_TYPES.has(t))) out.push(node);
  if (node['@graph']) collectArticles(node['@graph'], out, depth + 1);
  if (node['mainEntity']) collectArticles(node['mainEntity'], out, depth + 1);
}

/** Parses every JSON-LD script and returns its article objects (invalid JSON is ignored). */
export function readJsonLdArticles(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text || text.length > MAX_JSON_LD_CHARS) continue;
    try {
      collectArticles(JSON.parse(text), out, 0);
    } catch {
      // Broken JSON-LD is common in the wild; the page is still readable.
    }
  }
  return out;
}

/** Reads title, language and descriptive metadata. */
export function readPageMeta(doc: Document): PageMeta {
  const parts: string[] = [];
  const add = (s: string | null | undefined) => {
    const v = s?.trim();
    if (v && !parts.includes(v)) parts.push(v);
  };
  let ogTitle = '';
  let ogType = '';
  let locale = '';
  let contentLanguage = '';
  let published = false;
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? '').toLowerCase();
    if (!key) continue;
    const content = meta.getAttribute('content');
    switch (key) {
      case 'description': case 'og:description': case 'twitter:description':
      case 'keywords': case 'news_keywords': case 'article:section': case 'article:tag':
      case 'parsely-section': case 'parsely-tags': case 'sailthru.tags':
        add(content);
        break;
      case 'og:title': ogTitle = content?.trim() ?? ''; break;
      case 'og:type': ogType = content?.trim().toLowerCase() ?? ''; break;
      case 'og:locale': locale = content?.trim() ?? ''; break;
      case 'content-language': contentLanguage = content?.trim() ?? ''; break;
      case 'article:published_time': published = true; break;
    }
  }
  const articles = readJsonLdArticles(doc);
  let headline = '';
  let ldLang = '';
  for (const a of articles) {
    const h = asStrings(a['headline'])[0];
    if (h && !headline) headline = h.trim();
    add(h);
    for (const k of asStrings(a['keywords'])) add(k);
    for (const s of asStrings(a['articleSection'])) add(s);
    if (!ldLang) ldLang = asStrings(a['inLanguage'])[0] ?? '';
  }
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const docTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() || doc.documentElement?.getAttribute('xml:lang')?.trim() || '';
  return {
    title: ogTitle || headline || docTitle || h1,
    // Fallbacks when <html lang> is missing: HTTP-equiv, og:locale ("fr_FR"), JSON-LD inLanguage.
    htmlLang: htmlLang || contentLanguage || locale.replace('_', '-') || ldLang,
    metaText: parts.join('\n'),
    declaresArticle: articles.length > 0 || ogType === 'article' || published,
  };
}
