/**
 * The cheap test that runs before the vocabulary regexes (`term-matcher.ts`), and where it lets
 * them run: most texts (every non-AI page the gate looks at) contain no complete form, and the
 * alternation regexes cost tens of microseconds per 1,000 characters.
 *
 * A form's parts are the pieces between the separators the regex makes flexible (space, hyphen,
 * apostrophe); every part occurs in a matching text, and since a match starts at a word boundary,
 * its first plain word ("gen" of "gen AI") occurs as a whole word. So a form is possible only when
 * its first word is one of the text's words and all its parts are substrings of the text: "gen"
 * of "general" or "chat" of "chateau" never make it true. When that first word also starts the
 * form, a match can only start where that word does: the case-insensitive regex is then tried at
 * those words alone instead of at every position of the text.
 * Pure: no browser, no DOM, no Node.
 */
import { AI_VOCABULARY } from './ai-vocabulary';

/** What every match of a form must contain. */
interface FormNeed {
  /** As written (case-sensitive terms) or lower-cased. */
  parts: string[];
  caseSensitive: boolean;
  /** The indexed first word is the form's first part: a match starts where that word does. */
  startsForm?: boolean;
}

/** A case-sensitive form is possible: run the case-sensitive regex over the text. */
export const CASE_SENSITIVE = 1;
/** A case-insensitive form is possible where one of the words reported in `starts` begins. */
export const INSENSITIVE_AT_WORD = 2;
/** A case-insensitive form is possible anywhere: run the case-insensitive regex over the text. */
export const INSENSITIVE_ANYWHERE = 4;

/**
 * What to do when the text's words cannot be read from their lower case letter by letter (see
 * `lowerOfNonAscii`): run both regexes over the whole text.
 */
const EVERYWHERE = CASE_SENSITIVE | INSENSITIVE_ANYWHERE;

/** What {@link findFirstWords} found: which regexes may match, and from where. */
export interface FirstWords {
  /** Bits of CASE_SENSITIVE, INSENSITIVE_AT_WORD, INSENSITIVE_ANYWHERE; 0 when no form can match. */
  kinds: number;
  /** Offsets of the words where a case-insensitive form may start, ascending. */
  starts: number[];
}

/** Needs by their first plain word, lower-cased; under '' the few without one ("A.I.", a pattern's lead). */
let needIndex: Map<string, FormNeed[]> | undefined;
/**
 * Hashes of the index's first words, as a 4,096-bit filter: a word of the
 * text is sliced out and looked up only when its bit is set, which rules out most words of prose
 * for the price of a multiply per character.
 */
let firstWordBits: Int32Array | undefined;

const PLAIN_WORD = /^[\p{L}\p{N}_]+$/u;

function buildNeedIndex(): Map<string, FormNeed[]> {
  const index = new Map<string, FormNeed[]>();
  const add = (key: string, need: FormNeed) => index.set(key, [...(index.get(key) ?? []), need]);
  for (const { forms, patterns = [], caseSensitive = false } of AI_VOCABULARY) {
    for (const form of forms) {
      const parts = form.split(/[\s\-'\u2019]+/).filter(Boolean);
      const first = parts.find(w => PLAIN_WORD.test(w));
      const lowered = parts.map(w => (caseSensitive ? w : w.toLowerCase()));
      add(first?.toLowerCase() ?? '', { parts: lowered, caseSensitive, startsForm: first !== undefined && form.startsWith(first) });
    }
    // A pattern's leading letters ("GPT", "Llama", "Claude") start every match ("Llama3" too), as written.
    for (const p of patterns) add('', { parts: [/^[A-Za-z\u00C0-\u024F]{2,}/.exec(p)?.[0] ?? ''], caseSensitive });
  }
  firstWordBits = new Int32Array(128);
  for (const key of index.keys()) {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0; // as in findFirstWords
    firstWordBits[(h >>> 5) & 127]! |= 1 << (h & 31);
  }
  return index;
}

/** The kinds of regex run a need calls for. */
function kindOf(need: FormNeed): number {
  if (need.caseSensitive) return CASE_SENSITIVE;
  return need.startsForm ? INSENSITIVE_AT_WORD : INSENSITIVE_ANYWHERE;
}

/** The kinds of the needs among `needs` that hold in the text (every part a substring). */
function holdingKinds(needs: readonly FormNeed[], text: string, lowerText: string): number {
  let kinds = 0;
  for (const need of needs) {
    const kind = kindOf(need);
    if (kinds & kind) continue;
    const haystack = need.caseSensitive ? text : lowerText;
    if (need.parts.every(w => haystack.includes(w))) kinds |= kind;
  }
  return kinds;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** For each ASCII code: 1 + its lower case when it is a word character (letter, digit, `_`), else 0 (A-Z are 65-90: lower = +32). */
const ASCII_WORD_LOWER = new Uint8Array(128).map((_, c) => (/\w/.test(String.fromCharCode(c)) ? (c > 64 && c < 91 ? c + 32 : c) + 1 : 0));
/**
 * Non-ASCII code units seen so far: their lower case when they are `\p{L}\p{N}_` characters that
 * lower-case to one code unit, -1 for separators, -2 for the letters after which the text's words
 * are read from its lower case instead: those that lower-case to two code units ("İ"), which would
 * shift offsets, and "ſ", which a case-insensitive regex reads as "s" but `toLowerCase` keeps.
 */
const nonAsciiLower = new Map<number, number>();

function lowerOfNonAscii(c: number): number {
  let v = nonAsciiLower.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    v = !WORD_CHAR.test(ch) ? -1 : lower.length === 1 && c !== 0x17f ? lower.charCodeAt(0) : -2;
    nonAsciiLower.set(c, v);
  }
  return v;
}

/**
 * Walks the text's words once, by hand (a Unicode-aware regex tokenizer cost twice the regex scan
 * it spares), hashing each word's lower case as it goes, and looks a word up among the forms'
 * first words only when its hash may be one of theirs: no slice, no lower-cased copy of the text
 * for the words of plain prose. Surrogates count as separators: no first word holds one, and
 * splitting more often never hides a word. The words are those of `text.toLowerCase()`, as the
 * index's keys are.
 */
export function findFirstWords(text: string): FirstWords {
  const index = (needIndex ??= buildNeedIndex());
  const bits = firstWordBits!;
  let lowerText: string | undefined;
  const starts: number[] = [];
  let kinds = holdingKinds(index.get('') ?? [], text, (lowerText = text.toLowerCase()));
  /** Holding kinds by needs list: whether a need holds depends on the text only, so once each. */
  const known = new Map<FormNeed[], number>();
  let start = 0;
  let h = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    let c = i < length ? text.charCodeAt(i) : 32; // past the end: a separator
    if (c < 128) c = ASCII_WORD_LOWER[c]! - 1;
    else if (c < 0xd800 || c > 0xdfff) {
      c = lowerOfNonAscii(c);
      if (c === -2) return { kinds: EVERYWHERE, starts };
    } else c = -1; // a surrogate
    if (c >= 0) {
      h = (Math.imul(h, 31) + c) | 0; // the word's hash, one step per lower-cased character
      continue;
    }
    if (i > start && (bits[(h >>> 5) & 127]! & (1 << (h & 31))) !== 0) {
      const needs = index.get(lowerText.slice(start, i));
      if (needs) {
        let k = known.get(needs);
        if (k === undefined) known.set(needs, (k = holdingKinds(needs, text, lowerText)));
        kinds |= k;
        if (k & INSENSITIVE_AT_WORD) starts.push(start);
      }
    }
    start = i + 1;
    h = 0;
  }
  return { kinds, starts };
}
