/**
 * AI told through the tool that uses it: a story about a hospital's triage software, a police
 * camera contract or breast-screening software often names artificial intelligence once, early, as
 * what the system is or uses ("an artificial intelligence tool", "un logiciel d'intelligence
 * artificielle", "cameras that use artificial intelligence"), and then calls it "the tool", "the
 * system", "le logiciel" throughout. Vocabulary counts miss such stories (one anchor hit); four
 * blind probes missed nine of 96 AI pages, most of them this way (README, Detection).
 *
 * The reading: an anchor hit within the lead (`earlyLeadChars`) with a tool word or a verb of use
 * within `TOOL_CONTEXT_CHARS` of it, then definite references to a tool after it. Non-AI pages that
 * mention AI once do it late and never refer back to it (measured on the corpus and the probes'
 * non-AI pages: README). The word lists are data, validated by `tests/unit/topic-vocabulary.test.ts`.
 * Pure: no browser, DOM or Node APIs.
 */
import { wordAlternation, type TermHit } from './term-matcher';

/** Words that, near the anchor, say AI is what a system is or uses (lowercase; a trailing `*` is any ending). */
export const AI_TOOL_CONTEXT_WORDS: readonly string[] = [
  // English: what it is, and how it is used
  'tool*', 'system*', 'software', 'algorithm*', 'platform*', 'program*', 'technology', 'app', 'apps', 'camera*',
  'use', 'uses', 'used', 'using', 'powered', 'driven', 'based on', 'relies on', 'relying on', 'built on', 'trained',
  // French
  'outil*', 'système*', 'logiciel*', 'algorithme*', 'plateforme*', 'programme*', 'technologie*', 'application*',
  'caméra*', 'dispositif*', 'utilise*', 'utilisant', 'utilisé*', 'repose sur', 'reposent sur', "s'appuie sur",
  "s'appuient sur", 'grâce à', 'fondé sur', 'fondée sur', 'basé sur', 'basée sur', 'dopé à', 'dopée à', 'entraîné*',
];

/** Nouns a story uses to refer back to that tool, after a definite article or a demonstrative. */
export const AI_TOOL_REFERENCE_NOUNS: readonly string[] = [
  'tool', 'system', 'software', 'algorithm', 'technology', 'program', 'assistant', 'feature',
  'outil', 'logiciel', 'algorithme', 'système', 'technologie', 'dispositif', 'programme', 'fonction', 'fonctionnalité',
];

/** How near the anchor a context word must be, in characters, either side. */
export const TOOL_CONTEXT_CHARS = 60;

/** Compiled on first use (the content script imports this module's neighbours, never this reading). */
let compiled: { context: RegExp; reference: RegExp } | undefined;

function patterns(): { context: RegExp; reference: RegExp } {
  compiled ??= {
    context: new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(AI_TOOL_CONTEXT_WORDS)})(?![\\p{L}\\p{N}])`, 'iu'),
    reference: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:the|this|that|its)\\s+(?:new\\s+)?|l['’]|(?:le|la|ce|cet|cette)\\s+)(?:${wordAlternation(AI_TOOL_REFERENCE_NOUNS)})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  };
  return compiled;
}

/**
 * How many times the body refers back to a tool after introducing AI, within its first
 * `leadChars`, as what a tool is or uses; 0 when it never does. `anchors` are the body's
 * counted anchor hits.
 */
export function aiToolReferences(text: string, anchors: readonly TermHit[], leadChars: number): number {
  const { context, reference } = patterns();
  for (const h of anchors) {
    if (h.start >= leadChars) continue;
    const near = text.slice(Math.max(0, h.start - TOOL_CONTEXT_CHARS), h.end + TOOL_CONTEXT_CHARS);
    if (!context.test(near)) continue;
    reference.lastIndex = h.end;
    let n = 0;
    while (reference.exec(text)) n++;
    return n;
  }
  return 0;
}
