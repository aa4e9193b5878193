/**
 * The named, injectable numbers behind the AI-news verdict, in the spirit of Readability's
 * `isProbablyReaderable(doc, { minContentLength, minScore })`. Calibrated on the shared corpus
 * (130 real non-AI pages) against `tests/fixtures/pages` (AI news in French and English); see
 * `tests/unit/gate-detection.test.ts`, which prints the score margins.
 */
import { CHEAP_CHECK_THRESHOLDS } from './cheap-check-thresholds';

/** Every condition `isAiNews` needs; a page must meet all of them. */
export interface TopicThresholds {
  /** Minimum combined score in [0, 1] (see `scoreAiTopic` for how it is made). */
  minScore: number;
  /** Minimum number of distinct vocabulary terms over title, metadata, headings and body. One: a
   *  short report about an AI assistant may say "AI" and nothing else of the field; a passing
   *  mention is kept out by the body hits, the density and the score instead. */
  minDistinctTerms: number;
  /** Minimum counted vocabulary hits in the body text itself: metadata alone is not an article about
   *  AI. Two: a 300-word brief names its subject two or three times. */
  minBodyHits: number;
  /** Minimum hits of unambiguous (anchor) terms in the body: one "uses AI" in a graphics-card review
   *  must not let six "Nvidia" make it AI news. */
  minBodyAnchorHits: number;
  /** Minimum weighted vocabulary hits per 1000 body words: a long page that mentions AI in passing stays below. */
  minBodyDensity: number;
  /** Minimum weighted hits in the title, metadata, headings or lead together: an article *about* AI says so early. */
  minProminentWeight: number;
  /** How many leading characters of the body count as its lead (≈ the first two paragraphs). */
  leadChars: number;
  /**
   * The other way to AI news, for a story told through another angle (a funding round, job cuts,
   * a hospital's new software) whose headline and lead say nothing of AI: this many unambiguous hits
   * in the body, at `minBodyDensityWithoutProminence` or more, make an article AI news whatever its
   * score and prominence. Two (was three): a second blind probe of 24 AI stories (README, Detection)
   * had many that name AI twice or so, in the body only; the 130 corpus pages and 8 non-AI tech pages
   * that mention AI once stay out.
   */
  minBodyAnchorHitsWithoutProminence: number;
  /** Weighted hits per 1000 body words that way: two or three mentions in a 600-word story, not in 2,000 words. */
  minBodyDensityWithoutProminence: number;
  /**
   * AI introduced early: the third and fourth ways below need an unambiguous hit within this many
   * leading characters of the body (≈ the first three paragraphs).
   */
  earlyLeadChars: number;
  /**
   * A third way, for a story told through the tool that uses AI (`ai-as-tool.ts`): AI named early
   * (`earlyLeadChars`) as what a tool is or uses ("an artificial intelligence tool", "cameras that use
   * AI"), and then this many references back to a tool ("the system", "le logiciel").
   */
  minToolReferences: number;
  /**
   * A fourth way, for a story that names AI once, early, and then tells what the machines do
   * (`machine-vocabulary.ts`): the first unambiguous hit within `earlyLeadChars` and within this share
   * of the body (non-AI pages that name AI once do it past half-way)...
   */
  earlyAnchorShare: number;
  /** ...and at least this many families of machine words in the body ("model", "software", "generated"). */
  minMachineWordFamilies: number;
}

/** Defaults used by the extension and the CLI alike. */
export const DEFAULT_TOPIC_THRESHOLDS: TopicThresholds = {
  ...CHEAP_CHECK_THRESHOLDS,
  minScore: 0.45,
  minDistinctTerms: 1,
  minBodyHits: 2,
  minBodyDensity: 4,
  minProminentWeight: 2,
  leadChars: 600,
  minBodyDensityWithoutProminence: 5,
  minToolReferences: 2,
  earlyAnchorShare: 0.45,
  minMachineWordFamilies: 2,
};

/**
 * How each signal saturates and how much it weighs in `aiScore` (weights sum to 1).
 * A signal reaches 1 at its `full` value: e.g. weighted title hits of 3 = one unambiguous term.
 */
export const SCORE_SHAPE = {
  title: { full: 3, weight: 0.25 },
  meta: { full: 4, weight: 0.1 },
  headings: { full: 4, weight: 0.05 },
  lead: { full: 4, weight: 0.15 },
  /** weighted hits per 1000 body words; scaled down below `minWords` (a density over 16 words is noise) */
  density: { full: 25, weight: 0.3, minWords: 150 },
  /** distinct terms in the body beyond the first */
  distinct: { full: 4, weight: 0.15 },
} as const;
