/**
 * Shapes of the glossary data and of the matcher's answers. Pure types: the data files in
 * `entries/` are checked against them at compile time and by `tests/unit/glossary-data.test.ts`.
 */

/** What kind of thing a term names; the popup groups and colours terms by it. */
export type GlossaryCategory = 'concept' | 'hardware' | 'model' | 'company' | 'policy' | 'media' | 'event';

/**
 * Extra spellings that are also ordinary words or names ("Claude", "tokens", "prompt",
 * "entraîner"): they only count as the glossary term when the context says so, because a term
 * firing on an unrelated meaning is worse than a missed one.
 */
export interface ContextRule {
  /** Spellings (any language) that need the context below; same case rules as `names`. */
  aliases: readonly string[];
  /** At least one of these entries is found, by an unconditional spelling, in the same text (article). */
  withIds?: readonly string[];
  /** Or at least one of these words (compared without case or accents) within `window` characters. */
  withWords?: readonly string[];
  /** Characters on each side searched for `withWords`; default 160. */
  window?: number;
}

/** One glossary term: how it is written in French and English, and what it means in plain words. */
export interface GlossaryEntry {
  /** Kebab-case, unique, stable: the CLI, the popup and the tests refer to terms by it. */
  id: string;
  category: GlossaryCategory;
  /**
   * Spellings that always count. The first of each list is the display term in that language.
   * Letters written in capitals must be capitals in the text ("AI" matches "AI", never "ai");
   * letters written in lower case match either case. Elided French articles ("l'IA") need no alias.
   */
  names: { fr: string[]; en: string[] };
  /** Plain-language definition, written for this project, at most 220 characters. */
  definition: { fr: string; en: string };
  /** Ids of entries worth reading next. */
  related?: string[];
  /** Spellings that only count in context (see {@link ContextRule}). */
  contextual?: ContextRule[];
  /** A hyphen glued to a letter continues the word: "Meta-analysis" is not the company Meta. */
  hyphenJoins?: boolean;
  /** Words right after the term that reveal another sense ("Meta tags"); compared without case or accents. */
  notFollowedBy?: string[];
  /** Words or signs right before the term that reveal another use ("©" before "Copyright"). */
  notPrecededBy?: string[];
}

/** One occurrence of a glossary term in a text, as UTF-16 offsets into that text. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

/** Finds glossary terms in a text: ordered, non-overlapping, longest match first. */
export interface GlossaryMatcher {
  match(text: string): TermMatch[];
}

/** Terms found across an article's text blocks, in order of first appearance, with counts. */
export interface GlossaryHit {
  id: string;
  /** Display term in the requested language. */
  term: string;
  definition: string;
  count: number;
  category: GlossaryCategory;
  first: { block: number; start: number; end: number };
}
