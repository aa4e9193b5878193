/**
 * Public entry of the claim classifier: labels a sentence `rumor`, `reported`, `fact` or `opinion`
 * (DESIGN.md, "Claim categories") from cue lexicons and attribution rules, in French and English.
 * Pure: no browser, DOM or Node APIs; regexes are compiled once at module load.
 */
import type { Classification, ClassifyContext, SupportedLang } from '../types';
import { classifyDetailed, type ClassifyOptions } from './classify-sentence';

/**
 * Classify one sentence on its own words. ctx.previousSource lets "Le rapport indique que..." / "The
 * report says" name an earlier source; options can pass the learned second opinion.
 */
export function classifySentence(text: string, lang: SupportedLang, ctx?: ClassifyContext, options?: ClassifyOptions): Classification {
  try {
    return classifyDetailed(text, lang, ctx, options).classification;
  } catch {
    // A classifier bug must never break a page's analysis: fall back to an unlabelled plain reading.
    return { label: 'fact', confidence: 0.3, cues: [], sourceKind: 'none' };
  }
}

/** Classify an article's sentences in reading order, threading the last named source through the context. */
export function classifySentences(sentences: readonly string[], lang: SupportedLang, options?: ClassifyOptions): Classification[] {
  const out: Classification[] = [];
  let previousSource: string | undefined;
  for (const s of sentences) {
    let detailed;
    try {
      detailed = classifyDetailed(s, lang, previousSource ? { previousSource } : undefined, options);
    } catch {
      detailed = { classification: { label: 'fact', confidence: 0.3, cues: [], sourceKind: 'none' } as Classification };
    }
    out.push(detailed.classification);
    if ('namedSource' in detailed && detailed.namedSource) previousSource = detailed.namedSource;
  }
  return out;
}

export { isConditionalForm } from './conditional-mood';
export type { ClassifyOptions, SecondOpinionReader } from './classify-sentence';
export { shippedSecondOpinion } from './second-opinion';
