/**
 * Finds AI vocabulary in text. The vocabulary (`ai-vocabulary.ts`) is compiled once into two
 * regular expressions — one case-sensitive, one not — each an alternation of every form, longest
 * first, wrapped in Unicode word boundaries so "AI" never matches inside "Mail" and "IA" never
 * inside "IAM" or "via". A match is mapped back to its term by a normalised-text lookup, so the
 * regexes carry no capture groups (fast in V8 and SpiderMonkey alike).
 * Pure: no browser, no DOM, no Node.
 */
import { AI_VOCABULARY, ANCHOR, type AiTermSpec } from './ai-vocabulary';

/** One occurrence of a vocabulary term in a text. */
export interface TermHit {
  /** Index into the vocabulary. */
  term: number;
  start: number;
  end: number;
  /** The text as written on the page ("l'IA" gives "IA", "GPT‑4" stays "GPT‑4"). */
  surface: string;
}

const BEFORE = '(?<![\\p{L}\\p{N}_])';
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
function formSource(form: string): string {
  let out = '';
  for (const ch of form) {
    if (ch === ' ') out += '[\\s\\u00a0]+';
    else if (ch === '-') out += '[-\\u2011\\s]';
    else if (ch === '\'') out += '[\'\\u2019]';
    else out += escapeRegex(ch);
  }
  return out;
}

interface Alternative { source: string; sortLength: number }

interface CompiledMatcher {
  regex: RegExp;
  byKey: Map<string, number>;
  patterns: { term: number; regex: RegExp }[];
  caseSensitive: boolean;
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
  const regex = new RegExp(`${BEFORE}(?:${body})${AFTER}`, caseSensitive ? 'gu' : 'giu');
  return { regex, byKey, patterns, caseSensitive };
}

/**
 * What every match of a form must contain, for a cheap test before the regexes run: most texts
 * (every non-AI page the gate looks at) contain no complete form, and the two alternation regexes
 * cost ~0.1 ms per 1,000 characters. A form's parts are the pieces between the separators the
 * regex makes flexible (space, hyphen, apostrophe); every part occurs in a matching text, and since
 * a match starts at a word boundary, its first plain word ("gen" of "gen AI") occurs as a whole
 * word. So a form is possible only when its first word is one of the text's words and all its
 * parts are substrings of the text: "gen" of "general" or "chat" of "chateau" never make it true.
 */
interface FormNeed {
  /** As written (case-sensitive terms) or lower-cased. */
  parts: string[];
  caseSensitive: boolean;
}

/** Needs by their first plain word, lower-cased; under '' the few without one ("A.I.", a pattern's lead). */
let needIndex: Map<string, FormNeed[]> | undefined;

function buildNeedIndex(): Map<string, FormNeed[]> {
  const index = new Map<string, FormNeed[]>();
  const add = (key: string, parts: string[], caseSensitive: boolean) =>
    index.set(key, [...(index.get(key) ?? []), { parts: parts.map(w => (caseSensitive ? w : w.toLowerCase())), caseSensitive }]);
  for (const { forms, patterns = [], caseSensitive = false } of AI_VOCABULARY) {
    for (const form of forms) {
      const parts = form.split(/[\s\-'\u2019]+/).filter(Boolean);
      add(parts.find(w => /^[\p{L}\p{N}_]+$/u.test(w))?.toLowerCase() ?? '', parts, caseSensitive);
    }
    // A pattern's leading letters ("GPT", "Llama", "Claude") start every match ("Llama3" too), as written.
    for (const p of patterns) add('', [/^[A-Za-z\u00C0-\u024F]{2,}/.exec(p)?.[0] ?? ''], caseSensitive);
  }
  return index;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Non-ASCII code units seen so far and whether they are `\p{L}\p{N}_` characters. */
const nonAsciiWord = new Map<number, boolean>();

/**
 * False only when no vocabulary form can match in `text` (see {@link FormNeed}). Walks the text's
 * words once, by hand (a Unicode-aware regex tokenizer cost twice the regex scan it spares), and
 * looks each up among the forms' first words. Surrogates count as separators: no first word holds
 * one, and splitting more often never hides a word.
 */
export function mayContainTerm(text: string): boolean {
  const index = (needIndex ??= buildNeedIndex());
  const lowerText = text.toLowerCase();
  const holds = (need: FormNeed): boolean => need.parts.every(w => (need.caseSensitive ? text : lowerText).includes(w));
  if (index.get('')?.some(holds)) return true;
  let start = 0;
  for (let i = 0; i <= lowerText.length; i++) {
    const c = lowerText.charCodeAt(i); // NaN past the end: a separator
    let word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
    if (c > 127 && (c < 0xd800 || c > 0xdfff)) {
      word = nonAsciiWord.get(c) ?? WORD_CHAR.test(String.fromCharCode(c));
      nonAsciiWord.set(c, word);
    }
    if (word) continue;
    if (i > start && index.get(lowerText.slice(start, i))?.some(holds)) return true;
    start = i + 1;
  }
  return false;
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
    vetoRegex = new RegExp(`${BEFORE}(?:${phrases.map(formSource).join('|')})${AFTER}`, 'giu');
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
 */
export function findTermHits(text: string): TermHit[] {
  return mayContainTerm(text) ? scanTermHits(text) : [];
}

/** {@link findTermHits} without the cheap first test: what that test must never contradict. */
export function scanTermHits(text: string): TermHit[] {
  const raw: TermHit[] = [];
  for (const m of getMatchers()) {
    m.regex.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = m.regex.exec(text)) !== null) {
      const term = termOf(m, r[0]);
      if (term >= 0) raw.push({ term, start: r.index, end: r.index + r[0].length, surface: r[0] });
    }
  }
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
    while ((r = re.exec(text)) !== null) {
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
  const vetoed = findVetoedTerms(texts);
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
