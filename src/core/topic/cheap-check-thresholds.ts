/**
 * The thresholds of the AI-news verdict that the content script's cheap check (`mayBeAiNews`) reads
 * too, in a module of their own so that the content script (40 KB budget) carries only these. Their
 * meaning is documented on `TopicThresholds` (`thresholds.ts`), whose defaults include them.
 */
export const CHEAP_CHECK_THRESHOLDS = {
  minBodyAnchorHits: 2,
  minBodyAnchorHitsWithoutProminence: 2,
  earlyLeadChars: 1200,
} as const;

