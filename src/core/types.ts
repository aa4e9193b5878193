/**
 * Vocabulary shared by every part of ClaimLens: the claim labels, the languages we read,
 * and the shapes that cross from the core to the worker, the popup and the CLI.
 * Pure types and constants: no browser, no DOM, no Node.
 */

/** The four readings of a sentence: who says so, and how sure (see DESIGN.md). */
export type ClaimLabel = 'rumor' | 'reported' | 'fact' | 'opinion';

/** Label order used everywhere a list of labels is shown or counted. */
export const CLAIM_LABELS: readonly ClaimLabel[] = ['rumor', 'reported', 'fact', 'opinion'];

/** Languages the classifier and glossary read first-class. */
export type SupportedLang = 'fr' | 'en';

/** True for the languages we classify; anything else is reported as not yet supported. */
export function isSupportedLang(lang: string): lang is SupportedLang {
  return lang === 'fr' || lang === 'en';
}

/** A cue that decided a label, with its offsets inside the classified sentence. */
export interface CueSpan {
  text: string;
  start: number;
  end: number;
}

/** Who stands behind a claim: a named source, an anonymous one, or nobody. */
export type SourceKind = 'named' | 'anonymous' | 'none';

/** The classifier's answer for one sentence. */
export interface Classification {
  label: ClaimLabel;
  /** In [0, 1]. */
  confidence: number;
  /** The cue spans that decided the label (empty only for a plain `fact`). */
  cues: CueSpan[];
  /** For `reported`: the source's name as written ("Wall Street Journal", "Reuters", "le rapport"). */
  source?: string;
  sourceKind: SourceKind;
}

/** Running context while reading an article in order (for "Le rapport indique que ..." continuations). */
export interface ClassifyContext {
  /** The most recent named source in the article, if any. */
  previousSource?: string;
}
