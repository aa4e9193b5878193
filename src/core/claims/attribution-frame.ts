/**
 * The shape every attribution frame takes (attribution.ts) and the small text helpers that frame
 * finders share: where a source object or a comma segment ends, and how a source reading becomes a frame.
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { type SourceAnalysis, type Token } from './source-phrase';

/** One attribution found in a sentence. */
export interface AttributionFrame {
  kind: 'named' | 'anonymous';
  /** What shaped the frame: a preposition, a subject + verb, a "has learned" verb, a passive agent, a container. */
  type: 'prep' | 'subject' | 'learned' | 'passive' | 'container';
  /** True when the subject follows its verb ("..., said a person familiar"), which frames the whole sentence. */
  inverted: boolean;
  cue: CueSpan;
  /** Offset of the verb or preposition that makes the frame (for "is it inside a hedge?" checks). */
  anchor: number;
  source?: string;
  /** The source is a pointer ("le rapport", "he") that an earlier named source can complete. */
  needsContext?: boolean;
  /** A participle tag (", arguing that"): the main clause's subject speaks in a subordinate part only. */
  participle?: boolean;
}

/** Punctuation that closes a comma/quote-delimited segment (a subject, an incise, an apposition). */
export const SEGMENT_BREAK = /[,;:«»"“”()\[\]—–]/u;
const OBJECT_END = /[,;:.!?—–]|\s[-–]\s/u;
/** Text ending in a comma, a quote or a dash: what comes next may be an inverted tag ("», précise X"). */
export const QUOTE_OR_COMMA_BEFORE = /[,«»"“”:—–]\s*$/u;

/** A frame from a source reading, or nothing when the reading names no one and hides no one. */
export function frameFrom(
  a: SourceAnalysis,
  type: AttributionFrame['type'],
  inverted: boolean,
  cue: CueSpan,
  anchor: number,
): AttributionFrame | undefined {
  if (a.reading !== 'named' && a.reading !== 'anonymous') return undefined;
  const f: AttributionFrame = { kind: a.reading, type, inverted, cue, anchor };
  if (a.name !== undefined) f.source = a.name;
  if (a.needsContext) f.needsContext = true;
  return f;
}

/** "Robert M. Danin": a single capital letter and a period inside a name, followed by a capitalised word. */
function isInitial(sentence: string, dot: number): boolean {
  return /(?:^|\s)\p{Lu}$/u.test(sentence.slice(Math.max(0, dot - 2), dot)) && /^\s\p{Lu}/u.test(sentence.slice(dot + 1, dot + 3));
}

/** End offset of a source object that starts at `from`: the next clause punctuation, keeping "(...)". */
export function objectEnd(sentence: string, from: number, maxWords = 12): number {
  let depth = 0;
  let words = 0;
  for (let i = from; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && OBJECT_END.test(ch) && !(ch === '.' && (/\p{L}/u.test(sentence[i + 1] ?? '') || isInitial(sentence, i)))) return i;
    if (ch === ' ' && /\S/.test(sentence[i + 1] ?? '')) {
      words++;
      if (words >= maxWords) return i;
    }
  }
  return sentence.length;
}

/** `frameFrom` for an inverted subject frame, as the zero-or-one list the frame finders return. */
export function frameFromList(a: SourceAnalysis, cue: CueSpan, anchor: number): AttributionFrame[] {
  const f = frameFrom(a, 'subject', true, cue, anchor);
  return f ? [f] : [];
}

/** Index of the first token after `pos` that is not a filler (time words, adverbs), or -1. */
export function nextContentToken(tokens: readonly Token[], c: CompiledLexicon, maxSkip = 4): number {
  let skipped = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((c.fillers.has(t.lower) || /^\d+$/.test(t.text)) && skipped < maxSkip) {
      skipped++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Start of the comma/quote-delimited segment that ends at `end`. */
export function segmentStart(sentence: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    // "40,000 employees": a comma between digits groups thousands, it does not end a segment.
    if (sentence[i] === ',' && /\d/u.test(sentence[i - 1] ?? '') && /\d/u.test(sentence[i + 1] ?? '')) continue;
    if (SEGMENT_BREAK.test(sentence[i]!)) return i + 1;
  }
  return 0;
}
