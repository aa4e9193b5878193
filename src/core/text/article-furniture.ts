/**
 * Sentences that belong to a news page's furniture rather than to its article, and that extraction
 * still lets through because they sit inside the article's own paragraphs: credit lines ("Heba Habib
 * contributed to this report."), syndication and correction notes, follow-us and newsletter prompts,
 * all-capital kickers. They make no claim about the world, so the report does not list them as claims.
 * Data, one family per kind, each with examples that must match (tests/unit/article-furniture.test.ts).
 */

/** One kind of furniture line: whole-sentence patterns and sentences of real pages that they match. */
export interface FurnitureFamily {
  id: string;
  patterns: readonly RegExp[];
  examples: readonly string[];
}

/** The families, English and French together: none of them reads as prose in the other language. */
export const FURNITURE_FAMILIES: readonly FurnitureFamily[] = [
  {
    id: 'credit-line',
    patterns: [
      /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))/u,
      /^(?:propos\s+recueillis|avec\s+l['’]?AFP|avec\s+AFP)/iu,
    ],
    examples: ['Heba Habib contributed to this report.', 'Jane Doe and Li Wei contributed reporting from Beijing.', 'Propos recueillis par Marie Dupont.'],
  },
  {
    id: 'syndication-note',
    patterns: [
      /^this\s+(?:article|story|post|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published)/iu,
      /^cet\s+article\s+a\s+(?:été\s+)?(?:initialement|originellement|d['’]abord)\s+(?:paru|publié)/iu,
    ],
    examples: ['This article originally appeared on The Atlantic.', 'This story was first published by ProPublica.', 'Cet article a été initialement publié sur The Conversation.'],
  },
  {
    id: 'correction-note',
    patterns: [/^(?:this|an\s+earlier)\s+version\s+(?:of\s+this\s+(?:article|story)\s+)?(?:corrects|misstated|incorrectly|misidentified)/iu, /^correction\s*:/iu],
    examples: ['This version corrects the spelling of the region to Tuva, not Tyva.', 'An earlier version of this story misstated the date.'],
  },
  {
    id: 'follow-prompt',
    patterns: [
      /^follow\s+(?:him|her|them|us|me|the\s+author)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)/iu,
      /^(?:suivez|retrouvez)[-\s](?:nous|-nous|le|la|les)\s+sur\s+(?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)/iu,
      /^\[[^\]]*(?:sign\s+up|in\s+your\s+inbox|newsletter|inscrivez-vous)[^\]]*\]$/iu,
    ],
    examples: ['Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com', 'Suivez-nous sur Twitter.', '[What you need to know to start the day: Get New York Today in your inbox.]'],
  },
  {
    id: 'capital-kicker',
    // Four words or more, not one lower-case letter, no "!" or "?": a byline or kicker set in capitals
    // (a writer shouting "HOW IS THAT CONFUSING?" is still the article).
    patterns: [/^(?=(?:\S+\s+){3})[^\p{Ll}!?]+$/u],
    examples: ['LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', 'SIGN UP FOR OUR NEWSLETTER'],
  },
];

const ALL_PATTERNS = FURNITURE_FAMILIES.flatMap((f) => f.patterns);

/** Whether a sentence is page furniture rather than a claim of the article. */
export function isArticleFurniture(sentence: string): boolean {
  for (const p of ALL_PATTERNS) if (p.test(sentence)) return true;
  return false;
}
