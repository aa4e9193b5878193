/**
 * Public face of the glossary: the data, a matcher built once and shared, and the per-article
 * summary the report, the popup and the CLI show. Pure TypeScript: no browser, no DOM, no Node.
 */
import { GLOSSARY_ENTRIES } from './entries';
import { createMatcher, type ArticleGlossaryMatcher } from './matcher';
import { summarizeMatches, summarizeWith } from './summary';
import type { GlossaryEntry, GlossaryHit, TermMatch } from './types';

export type { ContextRule, GlossaryCategory, GlossaryEntry, GlossaryHit, GlossaryMatcher, TermMatch } from './types';
export type { ArticleGlossaryMatcher } from './matcher';

/** Every glossary entry, in a stable order (the CLI's `glossary` command prints them). */
export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_ENTRIES;

/** Builds a matcher over `entries` (default: the whole glossary); prefer `getGlossaryMatcher` in the extension. */
export function createGlossaryMatcher(entries: readonly GlossaryEntry[] = GLOSSARY): ArticleGlossaryMatcher {
  return createMatcher(entries);
}

let shared: ArticleGlossaryMatcher | undefined;

/** The shared matcher, built on first use so pages that never need the glossary never pay for it. */
export function getGlossaryMatcher(): ArticleGlossaryMatcher {
  return (shared ??= createMatcher(GLOSSARY));
}

let byId: Map<string, GlossaryEntry> | undefined;

function entriesById(): Map<string, GlossaryEntry> {
  return (byId ??= new Map(GLOSSARY.map((e) => [e.id, e])));
}

/** Looks an entry up by id (the popup and the highlighter only carry ids around). */
export function findEntry(id: string): GlossaryEntry | undefined {
  return entriesById().get(id);
}

/**
 * Terms found across an article's text blocks, in order of first appearance, with counts;
 * term and definition in `lang`. Context rules see the whole article, not one block.
 */
export function summarizeGlossary(blocks: readonly string[], lang: 'fr' | 'en'): GlossaryHit[] {
  return summarizeWith(getGlossaryMatcher(), entriesById(), blocks, lang);
}

/**
 * An article's glossary summary (as `summarizeGlossary`) and every longest occurrence per block (as
 * `getGlossaryMatcher().matchBlocks`), from one scan of the blocks: what a report needs.
 */
export function readArticleGlossary(blocks: readonly string[], lang: 'fr' | 'en'): { hits: GlossaryHit[]; longest: TermMatch[][] } {
  const { longest, nested } = getGlossaryMatcher().matchBlocksBoth(blocks);
  return { hits: summarizeMatches(nested, entriesById(), lang), longest };
}
