/**
 * Builds the scorer's input from an extracted article, so the CLI, the worker and the tests
 * join the body text the same way. Structural type: the core does not import `src/content`.
 */
import type { TopicInput } from './score';

/** The fields of `ExtractedArticle` (src/content/extract.ts) the scorer needs. */
export interface ArticleLike {
  title: string;
  metaText: string;
  headings: readonly string[];
  blocks: readonly { text: string; kind: string }[];
  isArticle: boolean;
}

/**
 * Title, metadata and headings as they are; body = every block joined by newlines (exactly what
 * `core/report/build-report.ts` passes, so tests and the CLI reach the same verdict).
 */
export function topicInputOf(article: ArticleLike): TopicInput {
  return {
    title: article.title,
    metaText: article.metaText,
    headings: article.headings,
    text: article.blocks.map(b => b.text).join('\n'),
    isArticle: article.isArticle,
  };
}
