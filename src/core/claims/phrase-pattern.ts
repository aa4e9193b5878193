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

/** A literal string as regex source, every special character escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One phrase in lexicon syntax as a list of regex units (a literal character, an apostrophe class, a
 * whitespace run, a gap, a word-ending wildcard): the alphabet of the trie built by `compilePhrases`.
 */
function phraseUnits(phrase: string): string[] {
  const units: string[] = [];
  phrase.split('…').forEach((part, pi) => {
    if (pi > 0) units.push(GAP);
    part
      .trim()
      .split(/\s+/)
      .forEach((word, wi) => {
        if (wi > 0) units.push('\\s+');
        const star = word.endsWith('*');
        const core = star ? word.slice(0, -1) : word;
        for (const ch of core) units.push(/['’]/.test(ch) ? "['’]" : escapeRegex(ch));
        if (star) units.push(`${LETTER}*`);
      });
  });
  return units;
}

/** Regex source for one phrase in lexicon syntax (no boundaries, no flags). */
export function phraseSource(phrase: string): string {
  return phraseUnits(phrase).join('');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Regex source of a trie of phrases. V8 tries the alternatives of a flat alternation one by one at every
 * position; with shared prefixes factored ("it\s+(?:is|was)…") it rejects most positions after one
 * character test, which is what keeps scanning a sentence against hundreds of phrases cheap. Longer
 * continuations are tried before a phrase may end here (greedy `?`), as the old longest-first ordering did.
 */
function trieSource(node: TrieNode): string {
  const alts: string[] = [];
  for (const [unit, child] of node.next) alts.push(unit + trieSource(child));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function phrasesTrie(sources: readonly string[][]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const units of sources) {
    let n = root;
    for (const u of units) {
      let c = n.next.get(u);
      if (!c) {
        c = { end: false, next: new Map() };
        n.next.set(u, c);
      }
      n = c;
    }
    n.end = true;
  }
  return trieSource(root);
}

/**
 * The end of a phrase's last word: no letter next, nor a hyphen that joins it into a compound ("d'après"
 * is not in "d'après-midi", "worst" not in "worst-affected"), but for French subject inversion
 * ("disait-il", "précise-t-elle"), where the hyphen ends the verb.
 */
const WORD_END = `(?!${LETTER}|-(?!(?:t-)?(?:il|elle|ils|elles|on)(?!${LETTER}))${LETTER})`;

/** What an empty phrase list compiles to: matches nothing, and `findSpans` does not even scan it. */
const NEVER = /(?!)/gu;

/** `LETTER` as a table of UTF-16 code units, for the word-start scan of `PhraseRegExp`. */
const IS_LETTER = (() => {
  const t = new Uint8Array(0x10000);
  for (const [a, b] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]] as const) t.fill(1, a, b + 1);
  return t;
})();

/** Below this length a string is scanned by the plain regex: listing its word starts would cost more. */
const MIN_PREFILTERED_LENGTH = 24;

/** A word's first two code units hashed to 12 bits (ASCII letters stay distinct); 0 stands for "none". */
const pairBucket = (c0: number, c1: number): number => ((c0 & 63) << 6) | (c1 & 63);
/** Bits of the whole-word hash. */
const WORD_BUCKETS = 8192;
/** One step of the whole-word hash (FNV-like, kept in 31 bits). */
const wordStep = (h: number, c: number): number => (Math.imul(h ^ c, 16777619) >>> 1) & 0x3fffffff;
const WORD_SEED = 2166136261 >>> 2;

/** The word starts of the last string a `PhraseRegExp` looked at, with the buckets of their first letters. */
let startsOf = '';
let startCount = 0;
let startPos = new Int32Array(64);
let startPair = new Int32Array(64);
let startFirst = new Int32Array(64);
let startWord = new Int32Array(64);

function wordStarts(s: string): void {
  if (s === startsOf) return;
  startsOf = s;
  if (startPos.length < s.length) {
    startPos = new Int32Array(s.length);
    startPair = new Int32Array(s.length);
    startFirst = new Int32Array(s.length);
    startWord = new Int32Array(s.length);
  }
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (IS_LETTER[c] === 1) {
      if (!inWord) {
        const c1 = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        startPos[n] = i;
        startPair[n] = pairBucket(c, IS_LETTER[c1] === 1 ? c1 : 0);
        startFirst[n] = c & 511;
        n++;
        h = WORD_SEED;
        inWord = true;
      }
      h = wordStep(h, c);
    } else if (inWord) {
      startWord[n - 1] = h % WORD_BUCKETS;
      inWord = false;
    }
  }
  if (inWord) startWord[n - 1] = h % WORD_BUCKETS;
  startCount = n;
}

/** A set of small integers as bits. */
const hasBit = (bits: Uint8Array, i: number): boolean => (bits[i >> 3]! & (1 << (i & 7))) !== 0;
const setBit = (bits: Uint8Array, i: number): void => {
  bits[i >> 3]! |= 1 << (i & 7);
};

/**
 * A compiled phrase list that tries its pattern only where a phrase can begin. Every phrase of it starts
 * with a word (the look-behind boundary), so a match can only start where a word does, and only at a word
 * whose first two letters begin one of the phrases (`pairs`, hashed, so a few other words are tried too;
 * a phrase whose first word is one letter and a wildcard is keyed by that letter alone, `firsts`). There
 * the sticky twin of the pattern is run, and the first match found is what the global scan would have
 * found: the same pattern tried at the same place. V8 cannot skip ahead in a trie that begins with most
 * letters, so scanning every position of a sentence was most of the classifier's time. It behaves as the
 * plain global regex it extends, for `exec`, `test` and `lastIndex`, and falls back to it on short strings.
 */
class PhraseRegExp extends RegExp {
  private readonly at: RegExp;
  constructor(
    source: string,
    private readonly words: Uint8Array,
    private readonly pairs: Uint8Array,
    private readonly firsts: Uint8Array,
  ) {
    super(source, 'gu');
    this.at = new RegExp(source, 'uy');
  }

  override exec(s: string): RegExpExecArray | null {
    if (s.length < MIN_PREFILTERED_LENGTH) return super.exec(s);
    wordStarts(s);
    const from = this.lastIndex;
    const { words, pairs, firsts, at } = this;
    for (let i = 0; i < startCount; i++) {
      const p = startPos[i]!;
      if (p < from || (!hasBit(words, startWord[i]!) && !hasBit(pairs, startPair[i]!) && !hasBit(firsts, startFirst[i]!))) continue;
      at.lastIndex = p;
      const m = at.exec(s);
      if (m !== null) {
        this.lastIndex = p + m[0].length;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/**
 * The start buckets of a phrase list for `PhraseRegExp`, or undefined when a phrase may begin elsewhere
 * than at a word of `LETTER`s (a quotation mark, a letter outside the table).
 */
function phraseStarts(phrases: readonly string[]): { words: Uint8Array; pairs: Uint8Array; firsts: Uint8Array } | undefined {
  const words = new Uint8Array(WORD_BUCKETS / 8);
  const pairs = new Uint8Array(4096 / 8);
  const firsts = new Uint8Array(512 / 8);
  for (const p of phrases) {
    let end = 0;
    let h = WORD_SEED;
    while (end < p.length && IS_LETTER[p.charCodeAt(end)] === 1) h = wordStep(h, p.charCodeAt(end++));
    if (end === 0) return undefined;
    const after = p[end] ?? '';
    if (after !== '*' && /[\p{L}\p{N}]/u.test(after)) return undefined;
    const c0 = p.charCodeAt(0);
    // The first word is the text's whole word unless a wildcard lets it go on: then its first letters key it.
    if (after !== '*') setBit(words, h % WORD_BUCKETS);
    else if (end === 1) setBit(firsts, c0 & 511);
    else setBit(pairs, pairBucket(c0, p.charCodeAt(1)));
  }
  return { words, pairs, firsts };
}

/**
 * Compiles a list of phrases into one global Unicode regex with word boundaries, to run on `lower(text)`
 * (phrases are lower-case, so no `i` flag: V8 runs case-insensitive Unicode regexes several times slower).
 * Phrases sharing a prefix share one branch of a trie, and a longer phrase wins over its prefix
 * ("is said to" over "said").
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return NEVER;
  // Phrases are grouped by the boundaries they need (most need both), so each group carries one plain
  // look-behind and one look-ahead: cheaper for V8 than per-phrase or disjunctive look-arounds.
  const groups = new Map<string, string[][]>();
  for (const p of sorted) {
    const bare = p.replace(/\*$/, '');
    const key = `${edgeIsWord(bare[0]) ? 1 : 0}${!p.endsWith('*') && edgeIsWord(bare[bare.length - 1]) ? 1 : 0}`;
    const list = groups.get(key) ?? [];
    list.push(phraseUnits(p));
    groups.set(key, list);
  }
  const parts: string[] = [];
  for (const key of ['11', '10', '01', '00']) {
    const units = groups.get(key);
    if (!units) continue;
    parts.push(`${key[0] === '1' ? `(?<!${LETTER})` : ''}(?:${phrasesTrie(units)})${key[1] === '1' ? WORD_END : ''}`);
  }
  const source = parts.join('|');
  const starts = phraseStarts(sorted);
  return starts ? new PhraseRegExp(source, starts.words, starts.pairs, starts.firsts) : new RegExp(source, 'gu');
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
// The one before: the sentence, while a phrase inside it is looked at several times in turn.
let olderIn = '';
let olderOut = '';

export function lower(text: string): string {
  if (text === lastIn) return lastOut; // every family scans the same sentence in turn
  if (text === olderIn) {
    olderIn = lastIn;
    lastIn = text;
    const out = olderOut;
    olderOut = lastOut;
    return (lastOut = out);
  }
  olderIn = lastIn;
  olderOut = lastOut;
  lastIn = text;
  lastOut = lowerPart(text);
  return lastOut;
}

/**
 * `lower` without its one-sentence memory, for a piece of a sentence looked at once: going through
 * `lower` would evict the sentence that the next family scans again.
 */
export function lowerPart(text: string): string {
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
  if (re === NEVER) return out;
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

/**
 * The quotations of a sentence that leave part of it outside them, as [start, end) pairs: words inside
 * are a quoted speaker's, not the sentence's own frame or stance. A sentence that is one quotation from
 * end to end has none (its words are then all there is). `quotes` is the caller's global pattern of a
 * quotation (which marks, how short).
 */
export function partQuotations(sentence: string, quotes: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (sentence.indexOf('«') < 0 && sentence.indexOf('“') < 0 && sentence.indexOf('"') < 0) return out;
  quotes.lastIndex = 0;
  for (let m = quotes.exec(sentence); m; m = quotes.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  if (out.length === 1 && sentence.slice(0, out[0]![0]).trim() === '' && /^[\s.!?,]*$/u.test(sentence.slice(out[0]![1]))) return [];
  return out;
}

/** Lower-cases and folds the typographic apostrophe, for set look-ups of single words. */
export function fold(word: string): string {
  const l = word.toLowerCase();
  return l.indexOf('’') < 0 ? l : l.replace(/’/g, "'");
}

const WORD_OR_APOSTROPHE = /[\p{L}'’-]/u;
const SPACE = /\s/u;

/**
 * Where the word that ends `text.slice(0, end)` (trailing white space allowed) begins and ends: what
 * `/([\p{L}'’-]+)\s*$/u` finds there, without that regex's attempt at every earlier position.
 * Letters outside the Basic Multilingual Plane count, as `\p{L}` counts them. Undefined when no
 * word ends there.
 */
export function lastWordBefore(text: string, end: number): { start: number; end: number } | undefined {
  let j = end;
  while (j > 0 && SPACE.test(charBefore(text, j))) j -= charBefore(text, j).length;
  let i = j;
  while (i > 0 && WORD_OR_APOSTROPHE.test(charBefore(text, i))) i -= charBefore(text, i).length;
  return i < j ? { start: i, end: j } : undefined;
}

/** The code point that ends at `i` (two code units for a surrogate pair). */
function charBefore(text: string, i: number): string {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}
