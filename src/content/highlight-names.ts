import type { ClaimLabel } from '../core/types';

/**
 * The names ClaimLens registers in `CSS.highlights`: a public contract (DESIGN.md) that the
 * stylesheet, the tests and the tools rely on.
 */

/** One highlight per claim category. */
export const CLAIM_HIGHLIGHT: Record<ClaimLabel, string> = {
  rumor: 'claimlens-rumor',
  reported: 'claimlens-reported',
  fact: 'claimlens-fact',
  opinion: 'claimlens-opinion',
};

/** Glossary terms underlined on the page. */
export const TERM_HIGHLIGHT = 'claimlens-term';

/** The short-lived flash on a claim or term the reader asked to see. */
export const FOCUS_HIGHLIGHT = 'claimlens-focus';
