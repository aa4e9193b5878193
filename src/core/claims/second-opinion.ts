/**
 * The learned second opinion on rule facts (issue #3): a logistic regression, trained by
 * `scripts/train-claims.mjs` and shipped as data in `model/opinion-model.ts`, that reads a sentence
 * the rules call a plain fact (no cue at all) and says whether it is the writer's judgement made with
 * ordinary words ("It was the wrong call."). It can only turn such a fact into `opinion`, never touch
 * a rule decision that has a cue, and it always names the words that weighed most as the cue, so an
 * opinion it adds is explained like any other.
 * Pure: no browser, DOM or Node APIs; the weights are decoded once, on first use.
 */
import type { CueSpan, SupportedLang } from '../types';
import { extractFeatures, type RuleCueType, type SentenceFeatures } from './learned-features';
import { OPINION_MODEL } from './model/opinion-model';
import { span } from './phrase-pattern';
import type { SecondOpinionReader } from './classify-sentence';

/** The shipped form of a model: int8 weights in base64 with one scale, and the decision threshold. */
export interface OpinionModelData {
  /** log2 of the number of hashed weights. */
  bits: number;
  /** A stored weight w means w * scale. */
  scale: number;
  intercept: number;
  /** Minimum probability of `opinion` for the model to overrule a rule fact. */
  threshold: number;
  /** Whether classification consults the model at all (off: the rules alone decide). */
  enabled: boolean;
  /** 2^bits signed bytes, base64. */
  weights: string;
}

/** The model's reading of one rule fact. */
export interface SecondOpinion {
  probability: number;
  /** The strongest words for `opinion` (empty when no word pushed that way). */
  cues: CueSpan[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 into signed bytes (no `atob`: the core compiles without DOM types). */
export function decodeInt8(b64: string): Int8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let nbits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = BASE64.indexOf(clean[i]!);
    if (v < 0) throw new Error(`invalid base64 character at ${i}`);
    acc = (acc << 6) | v;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (acc >> nbits) & 0xff;
    }
  }
  return out;
}

/** A model ready to score: its weights as numbers. */
export interface LoadedModel {
  data: OpinionModelData;
  weights: Float64Array;
}

/** Decodes a model's weights; throws when the data does not match its declared dimension. */
export function loadModel(data: OpinionModelData): LoadedModel {
  const bytes = decodeInt8(data.weights);
  if (bytes.length !== 1 << data.bits) throw new Error(`model has ${bytes.length} weights, expected ${1 << data.bits}`);
  const weights = new Float64Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * data.scale;
  return { data, weights };
}

let shipped: LoadedModel | undefined;

function shippedModel(): LoadedModel {
  shipped ??= loadModel(OPINION_MODEL);
  return shipped;
}


/** Probability of `opinion` for already extracted features. */
export function opinionProbability(model: LoadedModel, f: SentenceFeatures): number {
  let z = model.data.intercept;
  for (let k = 0; k < f.slots.length; k++) z += f.signs[k]! * model.weights[f.slots[k]!]!;
  return 1 / (1 + Math.exp(-z));
}

/** The words that pushed most towards `opinion`: the best word, joined to a neighbour that also pushed. */
function strongestWords(text: string, model: LoadedModel, f: SentenceFeatures): CueSpan[] {
  const push = new Float64Array(f.words.length);
  for (let k = 0; k < f.slots.length; k++) {
    const first = f.firstWord[k]!;
    if (first < 0) continue;
    const last = f.lastWord[k]!;
    const share = (f.signs[k]! * model.weights[f.slots[k]!]!) / (last - first + 1);
    for (let i = first; i <= last; i++) push[i] = push[i]! + share;
  }
  let best = -1;
  for (let i = 0; i < push.length; i++) if (push[i]! > 0 && (best < 0 || push[i]! > push[best]!)) best = i;
  if (best < 0) return [];
  let from = best;
  let to = best;
  const left = best - 1;
  const right = best + 1;
  if (left >= 0 && push[left]! > 0 && (right >= push.length || push[left]! >= push[right]!)) from = left;
  else if (right < push.length && push[right]! > 0) to = right;
  return [span(text, f.words[from]!.start, f.words[to]!.end)];
}

/**
 * Reads a sentence the rules call a plain fact. `ruleCues` is the rule evidence found in it that did
 * not decide the label. Returns the model's probability of `opinion` and the words behind it.
 */
export function readRuleFact(
  text: string,
  lang: SupportedLang,
  ruleCues: readonly RuleCueType[],
  model: LoadedModel = shippedModel(),
): SecondOpinion {
  const f = extractFeatures(text, lang, ruleCues, model.data.bits);
  const probability = opinionProbability(model, f);
  return { probability, cues: probability >= model.data.threshold ? strongestWords(text, model, f) : [] };
}

/** The shipped model as a `ClassifyOptions.secondOpinion` reader, for eval, the bench and the tests. */
export const shippedSecondOpinion: SecondOpinionReader = (text, lang, ruleCues) => readRuleFact(text, lang, ruleCues);
