/**
 * Rumor evidence that is not an attribution: hearsay adverbs and nouns ("reportedly", "selon les
 * rumeurs"), impersonal reports ("it was reported that"), expectations ("is expected to"), the French
 * hearsay conditional, seem + action ("semble repousser"), and modals on a company's actions.
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { readConditionals } from './conditional-mood';
import { findSpans, lower, span } from './phrase-pattern';
import { findNameRun, tokenize } from './source-phrase';

/** Rumor cues found in a sentence, by strength. */
export interface RumorEvidence {
  /** Lexical hedges: decisive unless a named source frames the sentence. */
  lexical: CueSpan[];
  /** French hearsay conditionals. */
  conditional: CueSpan[];
  /** "seems to be delaying", "semble repousser": a hedge on what a company does. */
  seemAction: CueSpan[];
  /** may/might/could/would whose subject is a named company or thing: weak evidence. */
  modal: CueSpan[];
  /** Conditionals used in the writer's voice ("il faudrait"), handed to the opinion reading. */
  writerConditional: CueSpan[];
}

const SEGMENT_BREAK = /[,;:«»"“”()—–]/u;
const RELATIVE_OR_HYPOTHESIS = /^(?:which|that|who|if|unless|whether|when|once|whatever|wherever|qui|si)$/iu;

/** Seem/appear verbs followed by an action verb: the writer hedges on an event → rumor. */
function seemActions(sentence: string, c: CompiledLexicon): CueSpan[] {
  const out: CueSpan[] = [];
  for (const s of findSpans(c.seemVerbs, sentence)) {
    if (/^il\s/iu.test(sentence.slice(Math.max(0, s.start - 3), s.start + 1))) continue;
    const rest = sentence.slice(s.end);
    const m = c.seemActionVerbs.exec(lower(rest));
    if (m) out.push(span(sentence, s.start, s.end + m[0].length));
  }
  return out;
}

/**
 * English modals on events: "the company may already have been offered", "Intel's chip could compete".
 * Only when the clause subject is a name or a definite organisation/document noun; generic subjects
 * ("you can", "it may take"), relative clauses and hypotheses are not hedged claims.
 */
function eventModals(sentence: string, c: CompiledLexicon): CueSpan[] {
  if (c.lang !== 'en') return [];
  const out: CueSpan[] = [];
  for (const m of findSpans(c.eventModals, sentence)) {
    if (m.text !== m.text.toLowerCase()) continue; // "May" the month
    if (/^\s*(?:not\b|n['’]t)/iu.test(sentence.slice(m.end)) && /^could|^would/iu.test(m.text)) continue;
    let segStart = 0;
    for (let i = m.start - 1; i >= 0; i--) {
      if (SEGMENT_BREAK.test(sentence[i]!)) {
        segStart = i + 1;
        break;
      }
    }
    const toks = tokenize(sentence, segStart, m.start);
    if (toks.length === 0) continue;
    const last = toks[toks.length - 1]!;
    if (c.genericModalSubjects.has(last.lower)) continue;
    if (toks.some((t) => RELATIVE_OR_HYPOTHESIS.test(t.text))) continue;
    const run = findNameRun(sentence, toks, c);
    // A lone capitalised first word ("Lawmakers might", "Doing so would") is not evidence of a name.
    const runText = run ? sentence.slice(run.start, run.end) : '';
    const atStart = run !== undefined && sentence.slice(segStart, run.start).trim() === '';
    // A lone capitalised first word shaped like a common noun or verb form ("Lawmakers might",
    // "Doing so would") is not evidence of a name.
    const named = run !== undefined && !(atStart && /^\p{Lu}\p{Ll}+(?:s|ing|ed|ly)$/u.test(runText));
    c.sourceNouns.lastIndex = 0;
    const orgNoun = /\bthe\b/iu.test(sentence.slice(segStart, m.start)) && c.sourceNouns.test(lower(sentence.slice(segStart, m.start)));
    if (named || orgNoun) out.push(m);
  }
  return out;
}

/** All rumor evidence of a sentence (attribution frames are found separately). */
export function findRumorEvidence(sentence: string, c: CompiledLexicon): RumorEvidence {
  const lexical: CueSpan[] = [];
  for (const f of c.rumorCues) lexical.push(...findSpans(f.re, sentence));
  const cond = readConditionals(sentence, c);
  return {
    lexical: dedupe(lexical),
    conditional: cond.hearsay,
    seemAction: seemActions(sentence, c),
    modal: eventModals(sentence, c),
    writerConditional: cond.writer,
  };
}

/** Removes spans contained in another span, keeps reading order. */
export function dedupe(spans: CueSpan[]): CueSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CueSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start >= prev.start && s.end <= prev.end) continue;
    out.push(s);
  }
  return out;
}

