/**
 * A cheap "can this family match at all?" test in front of each large cue regex. Every phrase has
 * an anchor, its longest plain word, which must stand in the text as a word for the phrase to match;
 * most sentences contain none of a family's anchors, and running a 300-phrase alternation over every
 * position of every sentence is what dominated classification time. The filter only ever says "no"
 * when the regex could not have matched, so results are unchanged.
 */

/** Anchor words of a family's phrases, and anchor prefixes for phrases made only of `word*` words. */
interface FirstWords {
  words: Set<string>;
  prefixes: string[];
  /** Some phrase starts with something we cannot index (punctuation, a symbol): always run. */
  always: boolean;
}

const TOKEN_SPLIT = /[^\p{L}\p{N}'’-]+/u;
const SUB_SPLIT = /['’-]/;
const INDEXABLE = /^[\p{L}\p{N}'’-]+$/u;

function foldToken(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

/** Index a family's phrases (lexicon syntax: words, `*` suffix wildcard, `…` gaps) by their anchors. */
function firstWordsOf(phrases: readonly string[]): FirstWords {
  const fw: FirstWords = { words: new Set(), prefixes: [], always: false };
  for (const p of phrases) {
    const words = p.split('…').flatMap((part) => part.trim().split(/\s+/)).filter(Boolean);
    const plain = words.filter((w) => !w.endsWith('*') && INDEXABLE.test(w));
    const starred = words.filter((w) => w.endsWith('*') && INDEXABLE.test(w.slice(0, -1)) && w.length > 1).map((w) => w.slice(0, -1));
    const byLength = (a: string, b: string) => b.length - a.length;
    if (plain.length) fw.words.add(foldToken(plain.sort(byLength)[0]!));
    else if (starred.length) fw.prefixes.push(foldToken(starred.sort(byLength)[0]!));
    else fw.always = true;
  }
  return fw;
}

let lastText = '';
let lastTokens: string[] = [];
let lastSet = new Set<string>();

/**
 * The words of `text` (lower-cased, ’ folded), including the parts of hyphenated and elided words,
 * since a phrase may start right after a hyphen or an apostrophe ("l'IA", "well-said").
 * One-entry cache: the same sentence is checked by every family in turn.
 */
function tokensOf(text: string): Set<string> {
  if (text === lastText) return lastSet;
  const set = new Set<string>();
  for (const raw of text.split(TOKEN_SPLIT)) {
    if (!raw) continue;
    const t = foldToken(raw);
    set.add(t);
    if (SUB_SPLIT.test(t)) for (const part of t.split(SUB_SPLIT)) if (part) set.add(part);
  }
  lastText = text;
  lastSet = set;
  lastTokens = [...set];
  return set;
}

/** A compiled cue regex that skips its work on texts that contain none of its first words. */
export class PrefilteredRegExp extends RegExp {
  private readonly first: FirstWords;

  constructor(source: string, flags: string, phrases: readonly string[]) {
    super(source, flags);
    this.first = firstWordsOf(phrases);
  }

  /** False only when no phrase of the family can match in `text`. */
  mayMatch(text: string): boolean {
    if (this.first.always) return true;
    const tokens = tokensOf(text);
    for (const w of this.first.words) if (tokens.has(w)) return true;
    if (this.first.prefixes.length) for (const t of lastTokens) for (const p of this.first.prefixes) if (t.startsWith(p)) return true;
    return false;
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.mayMatch(String(text))) {
      this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}
