/**
 * Turns lexicon phrases (plain lower-case text, see lexicon/types.ts) into compiled regular expressions
 * and finds their spans in a sentence. Kept separate so every module matches cues the same way:
 * case-insensitive, on word boundaries, with ' ≡ ’ and flexible whitespace.
 */
import type { CueSpan } from '../types';
import { PrefilteredRegExp } from './phrase-prefilter';

// Latin letters and digits: enough for French and English word boundaries, and far cheaper for V8 to compile
// under the case-insensitive Unicode flag than \p{L}.
const LETTER = '[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]';
const GAP = '(?:\\s+\\S+){0,6}?\\s+';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for one phrase in lexicon syntax (no boundaries, no flags). */
export function phraseSource(phrase: string): string {
  return phrase
    .split('…')
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .map((word) => {
          const star = word.endsWith('*');
          const core = star ? word.slice(0, -1) : word;
          const esc = escapeRegex(core).replace(/['’]/g, "['’]");
          return star ? `${esc}${LETTER}*` : esc;
        })
        .join('\\s+'),
    )
    .join(GAP);
}

/**
 * Compiles a list of phrases into one global, case-insensitive, Unicode regex with word boundaries.
 * Longer phrases come first so the alternation prefers "is said to" over "said".
 *
 * The boundaries are written once around the whole alternation, not once per phrase: "the first
 * character is not a letter, or the one before it is not" and "the last character is not a letter,
 * or the next one is not". That matches exactly what per-phrase lookarounds matched, but V8 compiles
 * and runs it some 25 times faster (per-phrase lookarounds made each large family cost ~200 ms on
 * its first runs, and kept classification at ~25 sentences per second).
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/gu;
  const alts = sorted.map((p) => phraseSource(p));
  const before = `(?:(?!${LETTER})|(?<!${LETTER}))`;
  const after = `(?:(?<!${LETTER})|(?!${LETTER}))`;
  return new PrefilteredRegExp(`${before}(?:${alts.join('|')})${after}`, 'giu', sorted);
}

/** Builds a cue span whose text is exactly `sentence.slice(start, end)`. */
export function span(sentence: string, start: number, end: number): CueSpan {
  return { text: sentence.slice(start, end), start, end };
}

/** All non-overlapping matches of a compiled phrase regex, as cue spans, in reading order. */
export function findSpans(re: RegExp, sentence: string): CueSpan[] {
  const out: CueSpan[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(span(sentence, m.index, m.index + m[0].length));
  }
  return out;
}

/** Lower-cases and folds the typographic apostrophe, for set look-ups of single words. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
