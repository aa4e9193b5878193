/**
 * Search over the whole glossary for the popup's search box: the reader types a few letters in
 * either language, with or without accents or capitals, and finds the entry whatever spelling
 * (name or alias, French or English) it is known by. Pure: the worker builds it once and answers.
 */
import { foldString } from './fold';
import type { GlossaryCategory, GlossaryEntry } from './types';

/** One search answer, with the display term and definition in the requested language. */
export interface GlossarySearchHit {
  id: string;
  term: string;
  definition: string;
  category: GlossaryCategory;
}

/** A prepared search: `(query, lang, limit?)` to the best hits first. */
export type GlossarySearch = (query: string, lang: 'fr' | 'en', limit?: number) => GlossarySearchHit[];

/** Longest query we fold; a longer one cannot match any spelling anyway. */
export const MAX_QUERY_LENGTH = 80;
/** Default number of hits: more than a popup can show without scrolling a lot. */
export const DEFAULT_LIMIT = 30;

interface Indexed {
  entry: GlossaryEntry;
  /** Every spelling (names and contextual aliases, both languages) and the id, normalised. */
  keys: string[];
  /** The same without spaces, so "gpt4" finds "GPT-4" and "open source" finds "opensource". */
  compact: string[];
}

/** Folded, with hyphens, dots and underscores read as spaces ("open-source" = "open source"). */
function normalise(s: string): string {
  return foldString(s).replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const squeeze = (s: string): string => s.replace(/ /g, '');

/** How well a folded key answers a folded query: lower is better, -1 is no match. */
function rank(key: string, q: string): number {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  const at = key.indexOf(q);
  if (at < 0) return -1;
  // A match at the start of a later word ("h100" in "nvidia h100") beats one inside a word.
  return /[\s'(/-]/.test(key.charAt(at - 1)) ? 2 : 3;
}

/** Display term and definition of an entry in `lang`, falling back to the other language. */
function inLang(entry: GlossaryEntry, lang: 'fr' | 'en'): { term: string; definition: string } {
  const other = lang === 'fr' ? 'en' : 'fr';
  return {
    term: entry.names[lang][0] ?? entry.names[other][0] ?? entry.id,
    definition: entry.definition[lang] || entry.definition[other],
  };
}

/**
 * Prepares a search over `entries`: every spelling is folded once (lower case, no accents, one
 * kind of apostrophe and space, as the page matcher does), so each query costs one fold and a
 * scan of a few hundred short strings. An empty query finds nothing.
 */
export function createGlossarySearch(entries: readonly GlossaryEntry[]): GlossarySearch {
  const index: Indexed[] = entries.map((entry) => {
    const spellings = [entry.id, ...entry.names.fr, ...entry.names.en, ...(entry.contextual ?? []).flatMap((r) => r.aliases)];
    const keys = [...new Set(spellings.map(normalise))];
    return { entry, keys, compact: keys.map(squeeze) };
  });
  return (query, lang, limit = DEFAULT_LIMIT) => {
    const q = normalise(String(query).slice(0, MAX_QUERY_LENGTH));
    if (!q) return [];
    const qc = squeeze(q);
    const scored: { score: number; hit: GlossarySearchHit }[] = [];
    for (const { entry, keys, compact } of index) {
      let best = -1;
      for (let i = 0; i < keys.length; i++) {
        let r = rank(keys[i]!, q);
        if (r < 0) r = rank(compact[i]!, qc);
        if (r >= 0 && (best < 0 || r < best)) best = r;
      }
      if (best >= 0) scored.push({ score: best, hit: { id: entry.id, category: entry.category, ...inLang(entry, lang) } });
    }
    scored.sort((a, b) => a.score - b.score || a.hit.term.localeCompare(b.hit.term, lang, { sensitivity: 'base' }));
    return scored.slice(0, Math.max(0, limit)).map((s) => s.hit);
  };
}
