import { classifySentences } from '../claims/index';
import { findEntry, readArticleGlossary } from '../glossary/index';
import { detectLanguage } from '../lang/detect-language';
import { isArticleFurniture } from '../text/article-furniture';
import { segmentSentences } from '../text/segment-sentences';
import { scoreAiTopic } from '../topic/index';
import { isSupportedLang, type ClaimLabel, type SupportedLang } from '../types';
import type { ArticleInput, ClaimItem, GlossaryItem, Report, ReportStatus, TermOccurrence } from './types';

/** Options for {@link buildReport}. */
export interface BuildReportOptions {
  /** Classify even when the page is not recognised as AI news (the popup's "analyse anyway"). */
  force?: boolean;
}

/** Zero counts for every label, in label order. */
function emptyCounts(): Record<ClaimLabel, number> {
  return { rumor: 0, reported: 0, fact: 0, opinion: 0 };
}

/** Classify every sentence of the non-heading blocks, in reading order, but the page's furniture. */
function readClaims(input: ArticleInput, lang: SupportedLang): ClaimItem[] {
  // Plain object literals throughout: spreading (`{ block, ...s }`) took V8's slow generic path
  // (in a profile, about as long as segmenting the sentences).
  const located: { block: number; start: number; end: number; text: string }[] = [];
  const texts: string[] = [];
  const blocks = input.blocks;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.kind === 'heading') continue;
    for (const s of segmentSentences(b.text, lang)) {
      // "Heba Habib contributed to this report.": the page's furniture, not a claim of the article.
      if (isArticleFurniture(s.text)) continue;
      located.push({ block, start: s.start, end: s.end, text: s.text });
      texts.push(s.text);
    }
  }
  const labels = classifySentences(texts, lang);
  return located.map((s, i) => {
    const c = labels[i]!;
    const item: ClaimItem = {
      block: s.block,
      start: s.start,
      end: s.end,
      text: s.text,
      label: c.label,
      confidence: c.confidence,
      cues: c.cues.map((q) => q.text),
      cueSpans: c.cues,
      sourceKind: c.sourceKind,
    };
    if (c.source) item.source = c.source;
    return item;
  });
}

/** Glossary terms in order of first appearance, and every (longest) occurrence for underlining. */
function readGlossary(input: ArticleInput, lang: SupportedLang): { glossary: GlossaryItem[]; terms: TermOccurrence[] } {
  const texts = input.blocks.map((b) => b.text);
  const { hits, longest } = readArticleGlossary(texts, lang);
  const glossary: GlossaryItem[] = [];
  for (const hit of hits) {
    const entry = findEntry(hit.id);
    if (!entry) continue;
    glossary.push({ ...hit, definitions: { fr: entry.definition.fr, en: entry.definition.en } });
  }
  const terms: TermOccurrence[] = [];
  longest.forEach((matches, block) => {
    for (const m of matches) terms.push({ id: m.id, block, start: m.start, end: m.end });
  });
  return { glossary, terms };
}

/** Named sources of `reported` claims with how often each frames a claim, most frequent first. */
function countSources(claims: readonly ClaimItem[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.label === 'reported' && c.source) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Read one article: language, AI-topic verdict, claims, sources and glossary. The single place
 * where the worker and the CLI turn extracted text into a report, so both always agree.
 */
export function buildReport(input: ArticleInput, options: BuildReportOptions = {}): Report {
  const body = input.blocks.map((b) => b.text).join('\n');
  const { lang } = detectLanguage(body || input.title, input.htmlLang);
  const topic = scoreAiTopic({
    title: input.title,
    metaText: input.metaText,
    headings: input.headings,
    text: body,
    isArticle: input.isArticle,
  });
  const langSupported = isSupportedLang(lang);
  let status: ReportStatus = 'ok';
  if (!input.isArticle && !options.force) status = 'not-article';
  else if (!topic.isAiNews && !options.force) status = 'not-ai';
  else if (!langSupported) status = 'unsupported-language';
  else if (!input.blocks.some((b) => b.kind !== 'heading')) status = 'empty';

  const claims = status === 'ok' && isSupportedLang(lang) ? readClaims(input, lang) : [];
  const counts = emptyCounts();
  for (const c of claims) counts[c.label]++;
  const { glossary, terms } =
    status === 'ok' || status === 'empty' ? readGlossary(input, isSupportedLang(lang) ? lang : 'en') : { glossary: [], terms: [] };
  return {
    url: input.url,
    title: input.title,
    lang,
    langSupported,
    isArticle: input.isArticle,
    isAiNews: topic.isAiNews,
    aiScore: topic.aiScore,
    aiDrivers: topic.drivers,
    status,
    truncated: input.truncated ?? false,
    counts,
    claims,
    sources: countSources(claims),
    glossary,
    terms,
  };
}
