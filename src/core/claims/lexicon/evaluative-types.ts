/**
 * Shape of a per-language evaluative lexicon: the words with which a writer judges rather than
 * reports (DESIGN.md: "the writer's own forecast, hope or judgement → opinion"). Kept apart from the
 * claim lexicon because it is large, and plain data so it can be reviewed and tested family by family.
 */
import type { CueFamily } from './types';

/** A family of evaluative single words (adjectives or adverbs) with sentences that use them as judgements. */
export interface WordFamily {
  id: string;
  /** Lower-case base forms; French forms are matched with their feminine and plural endings. */
  words: readonly string[];
  /** Sentences in which a word of this family is read as the writer's judgement. */
  examples: readonly string[];
}

/** Everything the evaluative reading needs for one language. */
export interface EvaluativeLexicon {
  lang: 'en' | 'fr';
  /** Evaluative adjectives: opinion when predicated of a subject or raised by an intensifier. */
  adjectives: readonly WordFamily[];
  /** Degree words that raise an adjective ("very", "so", "vraiment"); opinion only with an evaluative word. */
  intensifiers: readonly string[];
  /**
   * Comment adverbs of degree that carry the writer's evaluation by themselves, so they make any
   * following adjective or participle a judgement ("surprisingly large", "remarkably quick",
   * "étonnamment sobre"), unlike plain degree words ("very large").
   */
  evaluativeDegrees: readonly string[];
  /** Degree adverbs that judge the predicate by themselves after a copula ("is deeply a political entity"). */
  predicateAdverbs: readonly string[];
  /** Copulas and perception verbs that predicate an adjective of a subject ("is", "looks", "reste"). */
  copulas: readonly string[];
  /** Words skipped between a copula and its adjective (negation, "also", "still", articles are not). */
  copulaBridges: readonly string[];
  /** Excess words ("too", "trop"): opinion before an adjective or a quantity, not as "also". */
  excess: readonly string[];
  /** Words after an excess word that show it means "also" or is a fixed phrase ("too," "me too"). */
  excessStops: readonly string[];
  /**
   * Phrase families that state the writer's judgement wherever they stand (outside quotes): stance
   * adverbs ("sadly"), evaluative nouns ("a shame", "must-have"), second-person advice ("you should"),
   * first-person mental verbs ("I don't think"), worth-judgements, rhetorical frames.
   */
  phrases: readonly CueFamily[];
  /**
   * Readings of an evaluative-looking word that are neutral (statistics, technique, set names):
   * "statistically significant", "best practices", "a great deal of". A match inside one is ignored.
   */
  neutralUses: readonly string[];
}
