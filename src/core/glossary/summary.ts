/**
 * The glossary section of an article's report: which terms appear, how often, where first,
 * with the display term and definition in the article's language.
 */
import type { GlossaryEntry, GlossaryHit, TermMatch } from './types';
import type { ArticleGlossaryMatcher } from './matcher';

/** Summarises the matches of `matcher` over `blocks` (see `summarizeGlossary` in index.ts). */
export function summarizeWith(
  matcher: ArticleGlossaryMatcher,
  byId: ReadonlyMap<string, GlossaryEntry>,
  blocks: readonly string[],
  lang: 'fr' | 'en',
): GlossaryHit[] {
  return summarizeMatches(matcher.matchBlocksNested(blocks), byId, lang);
}

/** The same summary from matches already found (`matchBlocksNested`'s, or `matchBlocksBoth`'s `nested`). */
export function summarizeMatches(
  perBlock: readonly (readonly TermMatch[])[],
  byId: ReadonlyMap<string, GlossaryEntry>,
  lang: 'fr' | 'en',
): GlossaryHit[] {
  const hits = new Map<string, GlossaryHit>();
  perBlock.forEach((matches, block) => {
    for (const m of matches) {
      const hit = hits.get(m.id);
      if (hit) {
        hit.count++;
        continue;
      }
      const entry = byId.get(m.id);
      if (!entry) continue;
      const other = lang === 'fr' ? 'en' : 'fr';
      hits.set(m.id, {
        id: m.id,
        term: entry.names[lang][0] ?? entry.names[other][0] ?? m.id,
        definition: entry.definition[lang] || entry.definition[other],
        count: 1,
        category: entry.category,
        first: { block, start: m.start, end: m.end },
      });
    }
  });
  // Map keeps insertion order, which is the order of first appearance.
  return [...hits.values()];
}
