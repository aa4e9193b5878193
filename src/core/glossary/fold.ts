/**
 * Text folding for the glossary matcher: one pass that lower-cases, strips accents, unifies
 * apostrophes, hyphens and spaces, and remembers where each folded unit came from, so matches
 * found in the folded text map back to exact offsets in the original text.
 */

/** Folded text plus, for each folded UTF-16 unit, the index of the original unit it came from. */
export interface FoldedText {
  /** Folded units: lower case, no accents, `'` for every apostrophe, one space per whitespace run. */
  codes: Uint16Array;
  /** `pos[i]` is the index in the original text of folded unit `i`. */
  pos: Int32Array;
  /** Number of folded units (`codes` and `pos` may be longer). */
  length: number;
}

const DROP = -1;
const SPACE = 32;
const APOSTROPHE = 39;
const HYPHEN = 45;

// Fold cache for the BMP: 0 = not computed yet, -1 = drop, otherwise the folded code unit.
const foldCache = new Int32Array(0x10000);
const wordCache = new Int8Array(0x10000); // 0 unknown, 1 word, 2 not word
const MARK_RE = /^\p{M}$/u;
const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

function computeFold(code: number): number {
  // Surrogates (emoji, rare scripts, unpaired halves) are kept as they are: no alias contains them.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  // Invisible formatting: soft hyphen, zero-width joiners, direction marks and embeddings, BOM.
  if (code === 0xad || (code >= 0x200c && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) return DROP;
  if ((code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff) return DROP;
  if (code === 0x200b) return SPACE; // zero-width space still separates words
  const ch = String.fromCharCode(code);
  if (MARK_RE.test(ch)) return DROP; // combining accents: "e\u0301" folds like "é"
  if (SPACE_RE.test(ch)) return SPACE;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032 || code === 0x60) return APOSTROPHE;
  if (code === 0x2010 || code === 0x2011) return HYPHEN;
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  if (base.length === 1) return base.charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** The folded code unit for `code`, or -1 when the unit is invisible and dropped. */
export function foldUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let f = foldCache[code]!;
  if (f === 0) {
    f = computeFold(code);
    foldCache[code] = f;
  }
  return f;
}

/** True for letters and digits (a folded unit): the characters a word is made of. */
export function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let w = wordCache[code]!;
  if (w === 0) {
    w = WORD_RE.test(String.fromCharCode(code)) ? 1 : 2;
    wordCache[code] = w;
  }
  return w === 1;
}

/** True for a combining mark, which belongs to the character before it. */
export function isMarkUnit(code: number): boolean {
  return code >= 0x300 && code < 0xd800 && foldUnit(code) === DROP && MARK_RE.test(String.fromCharCode(code));
}

/**
 * Folds `text` in one pass (see {@link FoldedText}). `into`: zero-filled arrays of at least
 * `text.length` units to fold into (views of one buffer for many texts: a typed array of its own
 * per text cost more than folding it).
 */
export function foldText(text: string, into?: { codes: Uint16Array; pos: Int32Array }): FoldedText {
  const n = text.length;
  const out = into ? into.codes : new Uint16Array(n);
  const pos = into ? into.pos : new Int32Array(n);
  let m = 0;
  let lastSpace = true; // leading whitespace is dropped too
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 128) {
      f = c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 13 || c === 12 || c === 11 ? SPACE : c === 96 ? APOSTROPHE : c;
    } else {
      f = foldUnit(c);
      if (f === DROP) continue;
    }
    if (f === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    out[m] = f;
    pos[m] = i;
    m++;
  }
  return { codes: out, pos, length: m };
}

/** The folded units as a string (for short texts: aliases, context words). */
export function foldedToString(f: FoldedText): string {
  let s = '';
  for (let i = 0; i < f.length; i++) s += String.fromCharCode(f.codes[i]!);
  return s;
}

/** Folds a short string (an alias or a context word) without keeping positions. */
export function foldString(s: string): string {
  return foldedToString(foldText(s.normalize('NFC'))).trim();
}
