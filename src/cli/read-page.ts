import { parseHTML } from 'linkedom';
import { buildReport } from '../core/report/build-report';
import type { Report } from '../core/report/types';
import { toArticleInput } from '../content/article-input';
import { extractArticle } from '../content/extract';

/**
 * The CLI's reading of an HTML file: the same extractor as the content script, run on a linkedom
 * document, and the same core report as the worker, so the CLI and the extension agree.
 */

/** Parse `html` as if served from `url` and build its report. */
export function readPage(html: string, url: string, force = false): Report {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  return buildReport(toArticleInput(url, article), { force });
}

/** The report as DESIGN.md's CLI contract spells it. */
export function toCliReport(r: Report) {
  return {
    url: r.url,
    title: r.title,
    lang: r.lang,
    isArticle: r.isArticle,
    isAiNews: r.isAiNews,
    aiScore: r.aiScore,
    aiTerms: r.aiDrivers,
    status: r.status,
    counts: r.counts,
    claims: r.claims.map((c) => ({ text: c.text, label: c.label, confidence: c.confidence, cues: c.cues, ...(c.source ? { source: c.source } : {}) })),
    sources: r.sources,
    glossary: r.glossary.map((g) => ({ id: g.id, term: g.term, definition: g.definition, count: g.count })),
  };
}
