/**
 * Turns lexicon phrases (plain lower-case text, see lexicon/types.ts) into compiled regular expressions
 * and finds their spans in a sentence. Kept separate so every module matches cues the same way:
 * case-insensitive, on word boundaries, with ' ≡ ’ and flexible whitespace.
 */
import type { CueSpan } from '../types';

const LETTER = '[\\p{L}\\p{N}]';
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

/** True when a phrase starts (or ends) with a letter or digit, so a word boundary applies on that side. */
function edgeIsWord(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Compiles a list of phrases into one global, case-insensitive, Unicode regex with word boundaries.
 * Longer phrases come first so the alternation prefers "is said to" over "said".
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/gu;
  const alts = sorted.map((p) => {
    const bare = p.replace(/\*$/, '');
    const pre = edgeIsWord(bare[0]) ? `(?<!${LETTER})` : '';
    const post = p.endsWith('*') || !edgeIsWord(bare[bare.length - 1]) ? '' : `(?!${LETTER})`;
    return `${pre}${phraseSource(p)}${post}`;
  });
  return new RegExp(alts.join('|'), 'giu');
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
