/**
 * Features of one sentence for the learned second opinion (see `second-opinion.ts`): hashed lowercased
 * word unigrams and bigrams, the first word, a few shape flags (question, exclamation, first and second
 * person, quotes, digits, share of capitalised words, length) and the rule evidence that was found but
 * did not decide the label. The training script (`scripts/train-claims.mjs`) bundles this very module,
 * so training and classification cannot disagree on what a feature is.
 * Pure: no browser, DOM or Node APIs.
 */
import type { SupportedLang } from '../types';

/** A word of the sentence with its offsets (for the cue span that names it). */
export interface WordToken {
  start: number;
  end: number;
}

/**
 * Hashed features of one sentence. `slots[k]` is a weight index and `signs[k]` its sign (signed feature
 * hashing halves the bias of collisions); `firstWord[k]`/`lastWord[k]` are the words that fired feature
 * k, or -1 for a sentence-level feature (shape, rule evidence, bias).
 */
export interface SentenceFeatures {
  words: WordToken[];
  slots: number[];
  signs: number[];
  firstWord: number[];
  lastWord: number[];
}

/** Rule evidence that can be present in a sentence the rules still call a plain fact. */
export type RuleCueType = 'modal' | 'writerConditional' | 'evaluative' | 'inference' | 'frame';

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const QUOTES = /["“”«»]/u;
const FIRST_PERSON: Record<SupportedLang, ReadonlySet<string>> = {
  en: new Set(['i', 'me', 'my', 'we', 'us', 'our', 'ours', 'myself', 'ourselves']),
  fr: new Set(['je', 'j', 'me', 'moi', 'nous', 'notre', 'nos', 'mon', 'ma', 'mes']),
};
const SECOND_PERSON: Record<SupportedLang, ReadonlySet<string>> = {
  en: new Set(['you', 'your', 'yours']),
  fr: new Set(['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes']),
};

/** 32-bit FNV-1a over UTF-16 code units: fast, dependency-free and identical in Node and the worker. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function lengthBucket(n: number): string {
  return n <= 8 ? 'short' : n <= 16 ? 'medium' : n <= 28 ? 'long' : 'very-long';
}

/** Extracts the hashed features of `text`; `bits` is the log2 of the weight vector's dimension. */
export function extractFeatures(text: string, lang: SupportedLang, ruleCues: readonly RuleCueType[], bits: number): SentenceFeatures {
  const mask = (1 << bits) - 1;
  const f: SentenceFeatures = { words: [], slots: [], signs: [], firstWord: [], lastWord: [] };
  const add = (key: string, first: number, last: number): void => {
    const h = fnv1a(key);
    f.slots.push(h & mask);
    f.signs.push(h >>> 31 ? -1 : 1);
    f.firstWord.push(first);
    f.lastWord.push(last);
  };

  const terms: string[] = [];
  let capitalised = 0;
  let firstPerson = false;
  let secondPerson = false;
  let numbers = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const i = f.words.length;
    f.words.push({ start: m.index, end: m.index + raw.length });
    let term = raw.toLowerCase();
    if (HAS_DIGIT.test(raw)) {
      term = '<num>';
      numbers++;
    } else if (i > 0 && UPPER_START.test(raw)) capitalised++;
    if (FIRST_PERSON[lang].has(term)) firstPerson = true;
    if (SECOND_PERSON[lang].has(term)) secondPerson = true;
    terms.push(term);
    add(`w ${term}`, i, i);
    if (i > 0) add(`b ${terms[i - 1]} ${term}`, i - 1, i);
  }
  const n = terms.length;
  if (n > 0) add(`first ${terms[0]}`, 0, 0);

  add(`bias ${lang}`, -1, -1);
  add(`len ${lengthBucket(n)}`, -1, -1);
  const trimmed = text.trimEnd();
  if (trimmed.endsWith('?')) add('shape question', -1, -1);
  if (trimmed.endsWith('!')) add('shape exclamation', -1, -1);
  if (firstPerson) add('shape first-person', -1, -1);
  if (secondPerson) add('shape second-person', -1, -1);
  if (QUOTES.test(text)) add('shape quote', -1, -1);
  if (/[:;]/.test(text)) add('shape colon', -1, -1);
  if (numbers > 0) add(numbers > 1 ? 'shape numbers' : 'shape number', -1, -1);
  const capsShare = n > 1 ? capitalised / (n - 1) : 0;
  add(capsShare === 0 ? 'caps none' : capsShare < 0.15 ? 'caps few' : 'caps many', -1, -1);
  for (const cue of ruleCues) add(`rule ${cue}`, -1, -1);
  return f;
}
