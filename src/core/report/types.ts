import type { ClaimLabel, CueSpan, SourceKind } from '../types';

/**
 * The shapes of an analysis: what the content script sends (an article as text blocks) and what
 * comes back (the report the popup, the badge, the highlighter and the CLI all read).
 */

/** Kinds of text block the extractor produces; headings are read for topic and glossary, not classified. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** One block of article text, as plain text: the DOM map stays in the page. */
export interface ArticleBlock {
  text: string;
  kind: BlockKind;
}

/** Everything the core needs to read one page, free of any DOM object. */
export interface ArticleInput {
  url: string;
  title: string;
  /** The page's declared `lang` attribute ('' when absent). */
  htmlLang: string;
  /** Description, keywords, section and JSON-LD text: strong topic evidence. */
  metaText: string;
  headings: string[];
  blocks: ArticleBlock[];
  isArticle: boolean;
  /** True when the extractor stopped at its text cap. */
  truncated?: boolean;
}

/** One classified sentence, located by block index and offsets in that block's text. */
export interface ClaimItem {
  block: number;
  start: number;
  end: number;
  text: string;
  label: ClaimLabel;
  confidence: number;
  /** The cue words, as written, for display. */
  cues: string[];
  /** Cue offsets inside `text`. */
  cueSpans: CueSpan[];
  source?: string;
  sourceKind: SourceKind;
}

/** A glossary term found in the article, with both definitions so the popup can switch language. */
export interface GlossaryItem {
  id: string;
  term: string;
  definition: string;
  definitions: { fr: string; en: string };
  category: string;
  count: number;
  first: { block: number; start: number; end: number };
}

/** Every occurrence of a glossary term, for on-page underlining. */
export interface TermOccurrence {
  id: string;
  block: number;
  start: number;
  end: number;
}

/** Why a report holds no claims, or 'ok' when it does hold the article's reading. */
export type ReportStatus = 'ok' | 'not-article' | 'not-ai' | 'unsupported-language' | 'empty';

/** The reading of one page. */
export interface Report {
  url: string;
  title: string;
  lang: string;
  langSupported: boolean;
  isArticle: boolean;
  isAiNews: boolean;
  aiScore: number;
  /** The terms that drove the AI-topic verdict ("LLM ×3, Meta, GPT-4"). */
  aiDrivers: { term: string; count: number }[];
  status: ReportStatus;
  truncated: boolean;
  counts: Record<ClaimLabel, number>;
  claims: ClaimItem[];
  sources: { name: string; count: number }[];
  glossary: GlossaryItem[];
  terms: TermOccurrence[];
}
