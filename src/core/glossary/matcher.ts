/**
 * The glossary matcher: a trie over folded spellings, walked from each word start of the folded
 * text. Folding makes matching case- and accent-blind; each candidate is then checked against
 * the spelling as written (capitals required where the alias has them; an accent in the text
 * must be the alias's accent, a missing one is tolerated), against word boundaries, and against
 * its entry's neighbour and context rules.
 * Cost: one folding pass plus a short trie walk per word, whatever the number of entries.
 */
import { child, compileTrie, type CompiledEntry, type CompiledRule, type TrieNode, type Variant } from './compile';
import { foldText, isWordUnit, type FoldedText } from './fold';
import type { GlossaryEntry, GlossaryMatcher, TermMatch } from './types';

const HYPHEN = 45;
const SPACE = 32;
const MARK_RE = /^\p{M}$/u;

interface Candidate {
  start: number; // folded index
  end: number; // folded index, exclusive
  variant: Variant;
}

/** A scanned text: its folding and every candidate that passed the local checks. */
interface Scan {
  text: string;
  f: FoldedText;
  candidates: Candidate[];
}

/** A matcher that can also read an article's blocks with one shared context. */
export interface ArticleGlossaryMatcher extends GlossaryMatcher {
  /**
   * Matches each block; context rules ("Claude" needs "Anthropic") look at the whole article,
   * so a term introduced in one paragraph is still recognised in the next.
   */
  matchBlocks(blocks: readonly string[]): TermMatch[][];
  /**
   * Like `matchBlocks`, plus the shorter terms of other entries nested inside each longest
   * match ("GPU" inside "GPU Nvidia H100"): the glossary explains both, while highlights only
   * use the longest. Nested matches overlap their container; each list is in start order.
   */
  matchBlocksNested(blocks: readonly string[]): TermMatch[][];
  /** `matchBlocks` and `matchBlocksNested` together, from one scan of the blocks. */
  matchBlocksBoth(blocks: readonly string[]): { longest: TermMatch[][]; nested: TermMatch[][] };
}

function isMark(code: number): boolean {
  return code >= 0x300 && MARK_RE.test(String.fromCharCode(code));
}

/** Does the text, from folded index `k`, look like the spelling as written (capitals, accents)? */
function sameSpelling(text: string, f: FoldedText, k: number, v: Variant): boolean {
  for (let i = 0; i < v.upper.length; i++) {
    const at = f.pos[k + i]!;
    const code = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1); // NaN past the end
    if (code < 128 && !(next >= 0x300)) {
      // ASCII fast path: only capitals need checking; an unaccented letter is always tolerated.
      if (v.upper[i] && !(code >= 65 && code <= 90)) return false;
      continue;
    }
    const ch = text.charAt(at);
    if (v.upper[i] && (ch.toUpperCase() !== ch || ch.toLowerCase() === ch)) return false;
    const fc = f.codes[k + i]!;
    if (!isWordUnit(fc)) continue;
    let written = ch;
    for (let j = at + 1; j < text.length && isMark(text.charCodeAt(j)); j++) written += text.charAt(j);
    written = written.normalize('NFC').toLowerCase();
    // An accent in the text must be the alias's accent ("Méta" is not "Meta"); a missing one is tolerated.
    if (written !== String.fromCharCode(fc) && written !== v.lower[i]) return false;
  }
  return true;
}

function wordChar(f: FoldedText, i: number): boolean {
  return i >= 0 && i < f.length && isWordUnit(f.codes[i]!);
}

/** Is `w` at folded index `at`? A trailing `*` makes `w` a prefix ("20*" for years); otherwise it must end a word. */
function wordAt(f: FoldedText, at: number, w: string): boolean {
  const prefix = w.endsWith('*');
  const len = prefix ? w.length - 1 : w.length;
  if (at < 0 || at + len > f.length) return false;
  for (let i = 0; i < len; i++) if (f.codes[at + i] !== w.charCodeAt(i)) return false;
  return prefix || !isWordUnit(w.charCodeAt(len - 1)) || !wordChar(f, at + len);
}

function passesNeighbours(f: FoldedText, start: number, end: number, e: CompiledEntry): boolean {
  const c = f.codes;
  if (e.hyphenJoins) {
    if (start >= 2 && c[start - 1] === HYPHEN && wordChar(f, start - 2)) return false;
    if (end + 1 < f.length && c[end] === HYPHEN && wordChar(f, end + 1)) return false;
  }
  if (e.notFollowedBy.length) {
    let at = end;
    while (at < f.length && (c[at] === SPACE || c[at] === HYPHEN)) at++;
    for (const w of e.notFollowedBy) if (wordAt(f, at, w)) return false;
  }
  if (e.notPrecededBy.length) {
    let at = start;
    while (at > 0 && (c[at - 1] === SPACE || c[at - 1] === HYPHEN)) at--;
    for (const w of e.notPrecededBy) {
      const from = at - w.length;
      if (wordAt(f, from, w) && (!isWordUnit(w.charCodeAt(0)) || !wordChar(f, from - 1))) return false;
    }
  }
  return true;
}

/** Is one of the rule's words, as a whole word, within its window around the candidate? */
function wordsNear(f: FoldedText, start: number, end: number, rule: CompiledRule): boolean {
  const lo = Math.max(0, start - rule.window);
  const hi = Math.min(f.length, end + rule.window);
  for (const w of rule.withWords) {
    const c0 = w.charCodeAt(0);
    for (let at = lo; at + w.length <= hi; at++) {
      if (f.codes[at] !== c0 || (at < end && at + w.length > start) || wordChar(f, at - 1)) continue;
      if (wordAt(f, at, w)) return true;
    }
  }
  return false;
}

/** Leftmost-longest selection: candidates in start order, the longest at each start, no overlaps. */
function longestFirst(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let covered = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.start < covered) continue;
    let best = c;
    for (let j = i + 1; j < cands.length && cands[j]!.start === c.start; j++) if (cands[j]!.end > best.end) best = cands[j]!;
    out.push(best);
    covered = best.end;
  }
  return out;
}

class TrieMatcher implements ArticleGlossaryMatcher {
  private readonly first: Map<number, TrieNode>;

  constructor(entries: readonly GlossaryEntry[]) {
    this.first = compileTrie(entries).first;
  }

  match(text: string): TermMatch[] {
    return this.run([text], false)[0]!;
  }

  matchBlocks(blocks: readonly string[]): TermMatch[][] {
    return this.run(blocks, false);
  }

  matchBlocksNested(blocks: readonly string[]): TermMatch[][] {
    return this.run(blocks, true);
  }

  matchBlocksBoth(blocks: readonly string[]): { longest: TermMatch[][]; nested: TermMatch[][] } {
    const { scans, present } = this.scanAll(blocks);
    const longest: TermMatch[][] = [];
    const nested: TermMatch[][] = [];
    for (const sc of scans) {
      const ok = this.accepted(sc, present);
      longest.push(this.resolve(sc, ok, false));
      nested.push(this.resolve(sc, ok, true));
    }
    return { longest, nested };
  }

  private run(blocks: readonly string[], nested: boolean): TermMatch[][] {
    const { scans, present } = this.scanAll(blocks);
    return scans.map((sc) => this.resolve(sc, this.accepted(sc, present), nested));
  }

  private scanAll(blocks: readonly string[]): { scans: Scan[]; present: Set<string> } {
    const texts = blocks.map((b) => (typeof b === 'string' ? b : String(b ?? '')));
    // Every block folds into its own stretch of one pair of arrays (see `foldText`).
    let total = 0;
    for (const t of texts) total += t.length;
    const codes = new Uint16Array(total);
    const pos = new Int32Array(total);
    let at = 0;
    const scans = texts.map((t) => {
      const into = { codes: codes.subarray(at, at + t.length), pos: pos.subarray(at, at + t.length) };
      at += t.length;
      return this.scan(t, into);
    });
    const present = new Set<string>();
    for (const sc of scans) for (const c of sc.candidates) if (!c.variant.rule) present.add(c.variant.id);
    return { scans, present };
  }

  private scan(text: string, into: { codes: Uint16Array; pos: Int32Array }): Scan {
    const f = foldText(text, into);
    const codes = f.codes;
    const n = f.length;
    const first = this.first;
    const candidates: Candidate[] = [];
    let prevWord = false;
    for (let k = 0; k < n; k++) {
      const c0 = codes[k]!;
      const atWordStart = !prevWord;
      prevWord = c0 < 128 ? (c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57) : isWordUnit(c0);
      if (!atWordStart) continue;
      let node = first.get(c0);
      let e = k + 1;
      while (node) {
        if (node.variants && (e >= n || !isWordUnit(codes[e]!) || !isWordUnit(codes[e - 1]!))) {
          for (const v of node.variants) {
            if (sameSpelling(text, f, k, v) && passesNeighbours(f, k, e, v.entry)) candidates.push({ start: k, end: e, variant: v });
          }
        }
        if (e >= n || node.keys.length === 0) break;
        node = child(node, codes[e]!);
        e++;
      }
    }
    return { text, f, candidates };
  }

  /** The candidates of a scan whose context rule, if any, is met in the article. */
  private accepted(sc: Scan, present: ReadonlySet<string>): Candidate[] {
    return sc.candidates.filter((c) => {
      const r = c.variant.rule;
      if (!r) return true;
      for (const id of r.withIds) if (present.has(id)) return true;
      return wordsNear(sc.f, c.start, c.end, r);
    });
  }

  private resolve(sc: Scan, ok: readonly Candidate[], nested: boolean): TermMatch[] {
    const top = longestFirst(ok);
    if (!nested) return top.map((c) => this.toMatch(sc, c));
    const out: TermMatch[] = [];
    let from = 0;
    for (const c of top) {
      out.push(this.toMatch(sc, c));
      while (from < ok.length && ok[from]!.start < c.start) from++;
      const inside: Candidate[] = [];
      for (let j = from; j < ok.length && ok[j]!.start < c.end; j++) {
        const o = ok[j]!;
        if (o !== c && o.end <= c.end && o.variant.id !== c.variant.id) inside.push(o);
      }
      for (const o of longestFirst(inside)) out.push(this.toMatch(sc, o));
    }
    return out;
  }

  private toMatch(sc: Scan, c: Candidate): TermMatch {
    const start = sc.f.pos[c.start]!;
    let end = sc.f.pos[c.end - 1]! + 1;
    while (end < sc.text.length && isMark(sc.text.charCodeAt(end))) end++;
    return { id: c.variant.id, start, end, text: sc.text.slice(start, end) };
  }
}

/** Builds a matcher over `entries` (tests and tools pass their own; the extension uses the shared one). */
export function createMatcher(entries: readonly GlossaryEntry[]): ArticleGlossaryMatcher {
  return new TrieMatcher(entries);
}
