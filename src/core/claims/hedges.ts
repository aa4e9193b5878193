/**
 * Rumor evidence that is not an attribution: hearsay adverbs and nouns ("reportedly", "selon les
 * rumeurs"), impersonal reports ("it was reported that"), expectations ("is expected to"), the French
 * hearsay conditional, seem + action ("semble repousser"), and modals on a company's actions.
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { readConditionals } from './conditional-mood';
import { findSpans, lower, lowerPart, span } from './phrase-pattern';
import { hasThirdPartySubject, hedgesThirdPartyEvent } from './event-scope';
import { grantsPermission } from './writer-speculation';

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


// "appears to have been deemphasizing OpenOffice work": a hedge on an ongoing action, whatever the verb.
const SEEM_PROGRESSIVE = /^\s+(?:to\s+)?have\s+been\s+\p{L}{3,}ing(?![\p{L}])/u;

/** Seem/appear verbs followed by an action verb: the writer hedges on an event → rumor. */
function seemActions(sentence: string, c: CompiledLexicon): CueSpan[] {
  const out: CueSpan[] = [];
  for (const s of findSpans(c.seemVerbs, sentence)) {
    if (/^il\s/iu.test(sentence.slice(Math.max(0, s.start - 3), s.start + 1))) continue;
    const rest = sentence.slice(s.end);
    const m = c.seemActionVerbs.exec(lowerPart(rest)) ?? SEEM_PROGRESSIVE.exec(rest);
    // "They don't appear to work", "the caravan does not appear to be moving": no third party's plan.
    if (m && hasThirdPartySubject(sentence, s.start, c)) out.push(span(sentence, s.start, s.end + m[0].length));
  }
  return out;
}

const NEXT_WORDS_RE = /^\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u;
const WORD_RE = /[\p{L}'’]+/gu;

/** True when a simple-past finite verb ("was", "had", "sat") outside the modal's own phrase tells the sentence in the past. */
function toldInPast(sentence: string, c: CompiledLexicon): boolean {
  WORD_RE.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD_RE.exec(sentence)) !== null) {
    if (c.narrativePastVerbs.has(w[0].toLowerCase())) return true;
  }
  return false;
}

/**
 * Root (non-epistemic) readings of may/might/could: permission and prohibition in specs and licences
 * ("may not redistribute"), capability or generic possibility ("may contain", "could imagine"), and
 * past ability or future-in-past in narrative ("could see", "so that he might leave"). "may have" +
 * participle stays epistemic ("three others may have escaped").
 */
function isRootModal(sentence: string, m: CueSpan, c: CompiledLexicon): boolean {
  const modal = m.text.toLowerCase().split(/\s+/)[0]!;
  const next = NEXT_WORDS_RE.exec(sentence.slice(m.end));
  const w1 = next?.[1]?.toLowerCase() ?? '';
  const w2 = next?.[2]?.toLowerCase() ?? '';
  if (modal === 'may' && w1 === 'not') return true; // licences and specifications: prohibition
  const verb = w1 === 'not' || w1 === 'still' || w1 === 'also' ? w2 : w1;
  if (c.genericModalVerbs.has(verb)) return true;
  if (modal === 'may') return false;
  if (w1 === 'have' && modal === 'could') return true; // counterfactual "could have let you"
  return toldInPast(sentence, c);
}

/**
 * English modals on events: "the company may already have been offered", "Intel's next chip could
 * compete". Root readings (permission, capability, past ability) are ruled out first; then the modal
 * must pass the event-scope test (third-party subject, event verb), so "It could take hours", "You
 * might want to", "I might be wrong" and "Fans might be disappointed" are not hedged claims.
 */
const PAST_PERIOD = /^\s*(?:until|till|before|prior\s+to|back\s+then|at\s+the\s+time|in\s+the\s+past|previously|formerly|in\s+(?:the\s+)?(?:1[89]|20)\d\d)(?![\p{L}])|(?<![\p{L}])could\s+(?:previously|once|formerly)(?![\p{L}])/iu;

function eventModals(sentence: string, c: CompiledLexicon): CueSpan[] {
  if (c.lang !== 'en') return [];
  const out: CueSpan[] = [];
  for (const m of findSpans(c.eventModals, sentence)) {
    if (m.text !== m.text.toLowerCase()) continue; // "May" the month
    if (/^\s*(?:not\b|n['’]t)/iu.test(sentence.slice(m.end)) && /^could|^would/iu.test(m.text)) continue;
    if (isRootModal(sentence, m, c)) continue;
    if (/^may/iu.test(m.text) && grantsPermission(sentence)) continue;
    // "Until April, Nvidia could still sell the H20": ability in a past period, told, not a hedge.
    if (/^could/iu.test(m.text) && PAST_PERIOD.test(sentence)) continue;
    if (hedgesThirdPartyEvent(sentence, m, c)) out.push(m);
  }
  return out;
}

/** "would likely", "is preparing to": rumor only when they pass the event-scope test. */
function scopedHedges(sentence: string, c: CompiledLexicon): CueSpan[] {
  return findSpans(c.scopedRumorCues, sentence).filter((s) => !isGenericHedge(sentence, s) && hedgesThirdPartyEvent(sentence, s, c));
}

// "as a restive horse is said to", "like a cat is said to": hearsay about a generic subject in a comparison.
const COMPARISON_BEFORE = /\b(?:as|like)\s+(?:a|an|any|every)\s+[^.;:]{0,40}$/iu;
// "Execution is said to be complete once ...": a definition, not hearsay.
const DEFINITION_AFTER = /^\s+(?:be\s+)?[\p{L}-]+\s+(?:once|when|whenever|if|after)\b/iu;
// "knowing that they would likely never return": future-in-past inside a narrated thought.
const NARRATED_THOUGHT = /\b(?:knowing|knew|thought|felt|feared|realized|realised|sensed|assumed|suspected)\b[^,;.]{0,40}$/iu;

/**
 * Lexical hedges that are not hedges on the sentence's event: proverbial comparisons, technical
 * definitions ("is said to be complete once"), and future-in-past in narrated thoughts.
 */
const LEAK_AS_EVENT = /^\s+(?:on|onto|online|to|via|through|within|shortly|days|weeks|hours)(?![\p{L}])/iu;

function isGenericHedge(sentence: string, s: CueSpan): boolean {
  const low = s.text.toLowerCase();
  const before = sentence.slice(Math.max(0, s.start - 60), s.start);
  if (/(?:said|thought|believed) to$/u.test(low)) {
    if (COMPARISON_BEFORE.test(before)) return true;
    if (DEFINITION_AFTER.test(sentence.slice(s.end))) return true;
  }
  if (/^would (?:likely|probably)$/u.test(low) && NARRATED_THOUGHT.test(before)) return true;
  // "The weights leaked on 4chan": the leak told as an event, not a leaked document as a source.
  if (low === 'leaked' && LEAK_AS_EVENT.test(sentence.slice(s.end))) return true;
  // "Ses résultats sont attendus le 24 octobre", "results are expected on Thursday": a date on the calendar.
  if (/^(?:est|sont)\s+attendue?s?$|^(?:is|are)\s+expected$/u.test(low) && SCHEDULED_AFTER.test(sentence.slice(s.end))) return true;
  // "un modèle est présumé présenter un risque", "présumé innocent": a presumption of the law, not hearsay.
  if (/^présumée?s?$/u.test(low) && /(?:est|sont|être|soit|sera)\s+$/u.test(before) && /^\s+(?:\p{L}+(?:er|ir|re|oir)|innocente?s?)(?![\p{L}])/u.test(sentence.slice(s.end))) return true;
  return false;
}

const SCHEDULED_AFTER = /^\s+(?:(?:le|on)\s+(?:\d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|tomorrow|tonight)(?![\p{L}])|à\s+\d{1,2}\s*h|at\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m)/iu;

/** All rumor evidence of a sentence (attribution frames are found separately). */
export function findRumorEvidence(sentence: string, c: CompiledLexicon): RumorEvidence {
  const lexical: CueSpan[] = [];
  for (const f of c.rumorCues) for (const s of findSpans(f.re, sentence)) if (!isGenericHedge(sentence, s)) lexical.push(s);
  lexical.push(...scopedHedges(sentence, c));
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

