/**
 * Finds AI vocabulary in text. The vocabulary (`ai-vocabulary.ts`) is compiled once into two
 * regular expressions — one case-sensitive, one not — each an alternation of every form, longest
 * first, wrapped in Unicode word boundaries so "AI" never matches inside "Mail" and "IA" never
 * inside "IAM" or "via". A match is mapped back to its term by a normalised-text lookup, so the
 * regexes carry no capture groups (fast in V8 and SpiderMonkey alike).
 * Pure: no browser, no DOM, no Node.
 */
import { AI_VOCABULARY, ANCHOR, type AiTermSpec } from './ai-vocabulary';
import { CASE_SENSITIVE, findFirstWords, INSENSITIVE_ANYWHERE, INSENSITIVE_AT_WORD } from './first-words';

/** One occurrence of a vocabulary term in a text. */
export interface TermHit {
  /** Index into the vocabulary. */
  term: number;
  start: number;
  end: number;
  /** The text as written on the page ("l'IA" gives "IA", "GPT‑4" stays "GPT‑4"). */
  surface: string;
}

const WORD_BEFORE = /[\p{L}\p{N}_]$/u;

/** A word character ends right before `index` (a letter outside the BMP counts whole, as in a `u` regex). */
function wordEndsAt(text: string, index: number): boolean {
  return WORD_BEFORE.test(text.slice(Math.max(0, index - 2), index));
}

/**
 * The next match of `regex` (global) in `text` that starts a word. The regexes carry no lookbehind
 * for that boundary: a lookbehind ahead of the alternation ran a Unicode class test at every
 * position of the text and cost about half the scan; here it is checked only where an alternative
 * matched, which finds the same matches (no alternative matches anywhere before the first match,
 * and one refused for the boundary is retried from the next position, as the lookbehind would).
 */
function execAtWordStart(regex: RegExp, text: string): RegExpExecArray | null {
  let r: RegExpExecArray | null;
  while ((r = regex.exec(text)) !== null) {
    const k = r.index;
    if (!wordEndsAt(text, k)) return r;
    regex.lastIndex = k + 1;
  }
  return null;
}
const AFTER = '(?![\\p{L}\\p{N}_])';

/** Case-insensitive key used to map a matched text back to its form. */
function formKey(s: string, caseSensitive: boolean): string {
  const k = s.replace(/[\s\u00a0\u2011-]+/g, ' ').replace(/\u2019/g, '\'');
  return caseSensitive ? k : k.toLowerCase();
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a literal form into regex source: flexible whitespace, hyphens and apostrophes. */
export function formSource(form: string): string {
  let out = '';
  for (const ch of form) {
    if (ch === ' ') out += '[\\s\\u00a0]+';
    else if (ch === '-') out += '[-\\u2011\\s]';
    else if (ch === '\'') out += '[\'\\u2019]';
    else out += escapeRegex(ch);
  }
  return out;
}

/** Words as one regex alternation, each as `formSource` reads a form; a trailing `*` is any ending. */
export function wordAlternation(words: readonly string[]): string {
  return words.map(w => (w.endsWith('*') ? `${formSource(w.slice(0, -1))}\\p{L}*` : formSource(w))).join('|');
}

interface Alternative { source: string; sortLength: number }

interface CompiledMatcher {
  regex: RegExp;
  byKey: Map<string, number>;
  patterns: { term: number; regex: RegExp }[];
  caseSensitive: boolean;
  /** `regex` made sticky, to try it at given offsets only (built on first use). */
  sticky?: RegExp;
}

function compile(caseSensitive: boolean): CompiledMatcher {
  const alternatives: Alternative[] = [];
  const byKey = new Map<string, number>();
  const patterns: { term: number; regex: RegExp }[] = [];
  AI_VOCABULARY.forEach((spec, term) => {
    if (Boolean(spec.caseSensitive) !== caseSensitive) return;
    const tail = spec.notFollowedBy ? `(?!${spec.notFollowedBy})` : '';
    for (const form of spec.forms) {
      alternatives.push({ source: formSource(form) + tail, sortLength: form.length });
      byKey.set(formKey(form, caseSensitive), term);
    }
    for (const p of spec.patterns ?? []) {
      // Versioned forms are tried before the bare name ("Llama 2" before "Llama").
      alternatives.push({ source: p + tail, sortLength: 1000 + p.length });
      patterns.push({ term, regex: new RegExp(`^(?:${p})$`, caseSensitive ? 'u' : 'iu') });
    }
  });
  alternatives.sort((a, b) => b.sortLength - a.sortLength);
  const body = alternatives.map(a => a.source).join('|');
  const regex = new RegExp(`(?:${body})${AFTER}`, caseSensitive ? 'gu' : 'giu');
  return { regex, byKey, patterns, caseSensitive };
}

/** False only when no vocabulary form can match in `text` (see `first-words.ts`). */
export function mayContainTerm(text: string): boolean {
  return findFirstWords(text).kinds !== 0;
}

let matchers: CompiledMatcher[] | undefined;
let vetoRegex: RegExp | undefined;
const vetoByPhrase = new Map<string, number[]>();

function getMatchers(): CompiledMatcher[] {
  if (!matchers) {
    matchers = [compile(true), compile(false)];
    const phrases: string[] = [];
    AI_VOCABULARY.forEach((spec, term) => {
      for (const phrase of spec.vetoPhrases ?? []) {
        const key = formKey(phrase, false);
        const list = vetoByPhrase.get(key) ?? [];
        list.push(term);
        vetoByPhrase.set(key, list);
        phrases.push(phrase);
      }
    });
    phrases.sort((a, b) => b.length - a.length);
    vetoRegex = new RegExp(`(?:${phrases.map(formSource).join('|')})${AFTER}`, 'giu');
  }
  return matchers;
}

function termOf(m: CompiledMatcher, surface: string): number {
  const direct = m.byKey.get(formKey(surface, m.caseSensitive));
  if (direct !== undefined) return direct;
  for (const p of m.patterns) if (p.regex.test(surface)) return p.term;
  return -1;
}

/**
 * Every vocabulary occurrence in `text`, left to right, overlaps resolved in favour of the longer
 * match ("IA générative" is one hit, not "IA" plus "IA générative"). Context rules (`needs`,
 * `vetoPhrases`) are applied separately by `applyContextRules`, because context spans fields.
 * The same hits as {@link scanTermHits}, found cheaper: only the regexes a possible form calls
 * for run, the case-insensitive one only at the words where such a form may start.
 */
export function findTermHits(text: string): TermHit[] {
  const { kinds, starts } = findFirstWords(text);
  if (kinds === 0) return [];
  const [sensitive, insensitive] = getMatchers() as [CompiledMatcher, CompiledMatcher];
  const raw: TermHit[] = [];
  if (kinds & CASE_SENSITIVE) collectAll(sensitive, text, raw);
  if (kinds & INSENSITIVE_ANYWHERE) collectAll(insensitive, text, raw);
  else if (kinds & INSENSITIVE_AT_WORD) collectAt(insensitive, text, starts, raw);
  return resolveOverlaps(raw);
}

/** Every vocabulary occurrence, every regex run over the whole text: what {@link findTermHits} must equal. */
export function scanTermHits(text: string): TermHit[] {
  const raw: TermHit[] = [];
  for (const m of getMatchers()) collectAll(m, text, raw);
  return resolveOverlaps(raw);
}

function collectAll(m: CompiledMatcher, text: string, raw: TermHit[]): void {
  m.regex.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = execAtWordStart(m.regex, text)) !== null) push(m, r, raw);
}

/**
 * The matches of a global regex that start at `starts` (ascending word offsets): as a scan of the
 * whole text would find them when no match can start elsewhere, a start inside the previous match
 * is skipped.
 */
function collectAt(m: CompiledMatcher, text: string, starts: readonly number[], raw: TermHit[]): void {
  const sticky = (m.sticky ??= new RegExp(m.regex.source, m.regex.flags.replace('g', 'y')));
  let end = 0;
  for (const k of starts) {
    if (k < end) continue;
    sticky.lastIndex = k;
    const r = sticky.exec(text);
    if (r === null || wordEndsAt(text, k)) continue;
    push(m, r, raw);
    end = k + r[0].length;
  }
}

function push(m: CompiledMatcher, r: RegExpExecArray, raw: TermHit[]): void {
  const term = termOf(m, r[0]);
  if (term >= 0) raw.push({ term, start: r.index, end: r.index + r[0].length, surface: r[0] });
}

function resolveOverlaps(raw: TermHit[]): TermHit[] {
  if (raw.length < 2) return raw;
  raw.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: TermHit[] = [];
  let lastEnd = -1;
  for (const h of raw) {
    if (h.start >= lastEnd) {
      out.push(h);
      lastEnd = h.end;
    }
  }
  return out;
}

/** Vocabulary indices vetoed by another meaning present in any of the texts. */
export function findVetoedTerms(texts: readonly string[]): Set<number> {
  getMatchers();
  const vetoed = new Set<number>();
  const re = vetoRegex!;
  for (const text of texts) {
    re.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = execAtWordStart(re, text)) !== null) {
      for (const term of vetoByPhrase.get(formKey(r[0], false)) ?? []) vetoed.add(term);
    }
  }
  return vetoed;
}

/**
 * Applies the context rules across all fields of one input: drops vetoed terms, then terms whose
 * `needs` are not met by a counted term in the same input. Returns the filtered hits per field.
 */
export function applyContextRules(fields: readonly TermHit[][], texts: readonly string[]): TermHit[][] {
  const vocabulary: readonly AiTermSpec[] = AI_VOCABULARY;
  const present = new Set<number>();
  for (const hits of fields) for (const h of hits) present.add(h.term);
  if (present.size === 0) return fields.map(() => []);
  // The veto phrases are looked for only when a present term has some (most hits have none).
  let vetoable = false;
  for (const t of present) vetoable ||= vocabulary[t]!.vetoPhrases !== undefined;
  const vetoed = vetoable ? findVetoedTerms(texts) : new Set<number>();
  const counted = new Set<number>();
  for (const t of present) if (!vetoed.has(t) && !vocabulary[t]!.needs) counted.add(t);
  // Two rounds let a chain resolve (H100 needs Nvidia, which needs an anchor).
  for (let round = 0; round < 2; round++) {
    const labels = new Set<string>();
    let anchor = false;
    for (const t of counted) {
      labels.add(vocabulary[t]!.label);
      if (!vocabulary[t]!.needs) anchor = true;
    }
    for (const t of present) {
      const needs = vocabulary[t]!.needs;
      if (!needs || counted.has(t) || vetoed.has(t)) continue;
      if (needs.some(n => (n === ANCHOR ? anchor : labels.has(n)))) counted.add(t);
    }
  }
  return fields.map(hits => hits.filter(h => counted.has(h.term)));
}

/** The vocabulary entry of a hit. */
export function termSpec(term: number): AiTermSpec {
  return AI_VOCABULARY[term]!;
}

/** Labels of the anchor terms, built on first use (by `isAnchorLike`). */
let anchorLabels: Set<string> | undefined;

/**
 * Whether a counted hit is as good as an unambiguous one: an anchor, or a name of the field (weight
 * 2: Gemini, Claude, Llama, Copilot, Grok...) whose context can only be AI itself (an anchor, or an
 * anchor's label such as "Anthropic"), since `needs` then decided which meaning it has ("Gemini"
 * beside "grand modèle de langage" is Google's model, not the zodiac). Hardware named beside a
 * supporting word ("H100" needs "Nvidia" or an anchor) and supporting words (weight 1: GPU,
 * Nvidia, data centre, speech recognition) stay support.
 */
export function isAnchorLike(spec: AiTermSpec): boolean {
  anchorLabels ??= new Set(AI_VOCABULARY.filter(v => !v.needs).map(v => v.label));
  const labels = anchorLabels;
  return !spec.needs || (spec.weight > 1 && spec.needs.every(n => n === ANCHOR || labels.has(n)));
}

/** Cheap: counted AI vocabulary hits in a short string (title, metadata, lead) — used by the gate. */
export function countAiSignals(text: string): number {
  if (!text) return 0;
  const [hits] = applyContextRules([findTermHits(text)], [text]);
  return hits!.length;
}
