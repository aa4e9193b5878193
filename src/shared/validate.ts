import type { ArticleInput } from '../core/report/types';

/**
 * Receiver-side validation of message payloads: a message that does not have the shape its
 * method promises is refused before any work is done with it.
 */

const BLOCK_KINDS = new Set(['heading', 'paragraph', 'list-item', 'quote']);

/** True when `v` is an {@link ArticleInput} as the content script builds it. */
export function isArticleInput(v: unknown): v is ArticleInput {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.htmlLang === 'string' &&
    typeof a.metaText === 'string' &&
    typeof a.isArticle === 'boolean' &&
    Array.isArray(a.headings) &&
    a.headings.every((h) => typeof h === 'string') &&
    Array.isArray(a.blocks) &&
    a.blocks.every(
      (b) =>
        typeof b === 'object' && b !== null && typeof (b as { text?: unknown }).text === 'string' && BLOCK_KINDS.has((b as { kind?: string }).kind ?? ''),
    )
  );
}
