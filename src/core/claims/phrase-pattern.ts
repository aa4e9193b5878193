/**
 * Turns lexicon phrases (plain lower-case text, see lexicon/types.ts) into compiled regular expressions
 * and finds their spans in a sentence. Kept separate so every module matches cues the same way:
 * case-insensitive, on word boundaries, with ' ≡ ’ and flexible whitespace.
 */
import type { CueSpan } from '../types';

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
 * Compiles a list of phrases into one global Unicode regex with word boundaries, to run on `lower(text)`
 * (phrases are lower-case, so no `i` flag: V8 runs case-insensitive Unicode regexes several times slower).
 * Longer phrases come first so the alternation prefers "is said to" over "said".
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/gu;
  // Phrases are grouped by the boundaries they need (most need both), so each group carries one plain
  // look-behind and one look-ahead: cheaper for V8 than per-phrase or disjunctive look-arounds.
  const groups = new Map<string, string[]>();
  for (const p of sorted) {
    const bare = p.replace(/\*$/, '');
    const key = `${edgeIsWord(bare[0]) ? 1 : 0}${!p.endsWith('*') && edgeIsWord(bare[bare.length - 1]) ? 1 : 0}`;
    const list = groups.get(key) ?? [];
    list.push(phraseSource(p));
    groups.set(key, list);
  }
  const parts: string[] = [];
  for (const key of ['11', '10', '01', '00']) {
    const alts = groups.get(key);
    if (!alts) continue;
    parts.push(`${key[0] === '1' ? `(?<!${LETTER})` : ''}(?:${alts.join('|')})${key[1] === '1' ? `(?!${LETTER})` : ''}`);
  }
  return new RegExp(parts.join('|'), 'gu');
}

/** True when a phrase starts (or ends) with a letter or digit, so a word boundary applies on that side. */
function edgeIsWord(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Lower-cases a text without changing its length, so offsets found in the result hold in the original
 * (a few characters, like "İ", grow when lower-cased; those are left as they are).
 */
let lastIn = '';
let lastOut = '';

export function lower(text: string): string {
  if (text === lastIn) return lastOut; // every family scans the same sentence in turn
  lastIn = text;
  lastOut = lowerUncached(text);
  return lastOut;
}

function lowerUncached(text: string): string {
  const l = text.toLowerCase();
  if (l.length === text.length) return l;
  let out = '';
  for (const ch of text) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

/** Builds a cue span whose text is exactly `sentence.slice(start, end)`. */
export function span(sentence: string, start: number, end: number): CueSpan {
  return { text: sentence.slice(start, end), start, end };
}

/** All non-overlapping matches of a compiled phrase regex, as cue spans, in reading order. */
export function findSpans(re: RegExp, sentence: string): CueSpan[] {
  const out: CueSpan[] = [];
  re.lastIndex = 0;
  const low = lower(sentence);
  let m: RegExpExecArray | null;
  while ((m = re.exec(low)) !== null) {
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
