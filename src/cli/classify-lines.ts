import { franc } from 'franc';
import { classifySentence } from '../core/claims/index';
import type { SupportedLang } from '../core/types';

/**
 * `classify`: JSON Lines in, JSON Lines out, one answer per valid input line in the same order;
 * a bad line is named on stderr with its line number and the others are still answered.
 */

/** A problem with one input line, reported but never fatal to the others. */
export interface LineProblem {
  line: number;
  message: string;
}

/** French or English for a sentence without a declared language: the classifier reads only these two. */
export function guessFrOrEn(text: string): SupportedLang {
  return franc(text, { only: ['fra', 'eng'], minLength: 1 }) === 'fra' ? 'fr' : 'en';
}

/** Classify every line of `input`; returns the output lines and the problems met. */
export function classifyLines(input: string, forcedLang?: SupportedLang): { out: string[]; problems: LineProblem[] } {
  const out: string[] = [];
  const problems: LineProblem[] = [];
  const lines = input.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch {
      problems.push({ line: i + 1, message: 'invalid JSON' });
      return;
    }
    const o = (typeof obj === 'object' && obj !== null ? obj : {}) as { id?: unknown; text?: unknown; lang?: unknown };
    if (typeof o.text !== 'string' || !o.text.trim()) {
      problems.push({ line: i + 1, message: 'missing or empty "text"' });
      return;
    }
    const lang: SupportedLang = o.lang === 'fr' || o.lang === 'en' ? o.lang : forcedLang ?? guessFrOrEn(o.text);
    const c = classifySentence(o.text, lang);
    out.push(
      JSON.stringify({
        id: o.id ?? i + 1,
        label: c.label,
        confidence: c.confidence,
        cues: c.cues.map((q) => q.text),
        ...(c.source ? { source: c.source } : {}),
        sourceKind: c.sourceKind,
      }),
    );
  });
  return { out, problems };
}
