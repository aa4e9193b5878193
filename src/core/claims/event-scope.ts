/**
 * Scope test for weak hedges (may/might/could, "would likely", "is preparing to", seem/appear + verb):
 * DESIGN.md makes "a hedged claim about what a company is doing or plans" a rumor but "the writer's
 * own forecast, hope or judgement" an opinion. In ordinary prose most modals are the writer's musing
 * ("I might be wrong"), possibility ("it could take hours") or narrative ("he would probably have
 * concluded"). So a weak hedge counts as rumor only when its subject is a third party in the news
 * sense (a name, an organisation, a product or a deal) AND it governs an event verb (launch, acquire,
 * raise, lay off...) or an event predicate ("be on the way", "be valued at").
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { fold, lower } from './phrase-pattern';
import { findNameRun, tokenize, type Token } from './source-phrase';

const SEGMENT_BREAK = /[,;:«»"“”()—–?!]/u;
const RELATIVE_OR_HYPOTHESIS = /^(?:which|that|who|if|unless|whether|when|once|whatever|wherever|qui|si|lorsque|quand)$/iu;
// "Lawmakers might", "Doing so would": a lone capitalised opener shaped like a common noun or a verb form.
const COMMON_SHAPED_OPENER = /^\p{Lu}\p{Ll}+(?:s|ing|ed|ly)$/u;
const NEXT_WORD_RE = /^[\s]*(?:['’]s\s+|['’]\s+)?([\p{L}-]+)/u;
const ELIDED_PREFIX_RE = /^(?:s|l|d|n|m|t|qu)['’]/u;

/** Start of the clause segment holding `pos` (after the last comma, colon, quote or dash). */
export function segmentStart(sentence: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (SEGMENT_BREAK.test(sentence[i]!)) return i + 1;
  return 0;
}

/** True for a question: a hedge in a question asks, it does not claim. */
export function isQuestion(sentence: string): boolean {
  return /\?\s*["”»)]*\s*$/u.test(sentence);
}

/**
 * True when the subject just before `pos` is a third party in the news sense: a proper-name head
 * ("Apple", "Intel's next chip" via its noun), an organisation or document noun ("the company"), or a
 * product/deal noun ("the update"). Pronouns, generic subjects, relative clauses and hypotheses fail.
 */
export function hasThirdPartySubject(sentence: string, pos: number, c: CompiledLexicon): boolean {
  const segStart = segmentStart(sentence, pos);
  let toks = tokenize(sentence, segStart, pos);
  // Adverbs between subject and hedge ("Apple also may", "the group now could").
  while (toks.length > 0 && c.modalBridges.has(toks[toks.length - 1]!.lower)) toks = toks.slice(0, -1);
  if (toks.length === 0) return false;
  if (toks.some((t) => RELATIVE_OR_HYPOTHESIS.test(t.text))) return false;
  // "Any merger would likely face ...": a hypothetical subject, so the writer's forecast, not a hedge on news.
  if (toks.some((t) => /^(?:any|tout|toute)$/u.test(t.lower))) return false;
  const head = toks[toks.length - 1]!;
  if (c.genericModalSubjects.has(head.lower) || c.pronounModalSubjects.has(head.lower)) return false;
  if (isSubjectNoun(head, c)) return true;
  // A common-noun head ("the caravan") is no third party; "xAI", "eBay" are names despite their first letter.
  if (!/^\p{Lu}/u.test(head.text) && !/\d/u.test(head.text) && !/^\p{Ll}+\p{Lu}/u.test(head.text)) return false;
  const run = findNameRun(sentence, toks, c);
  if (!run || run.end < head.end) return false;
  const atStart = sentence.slice(segStart, run.start).trim() === '';
  return !(atStart && COMMON_SHAPED_OPENER.test(sentence.slice(run.start, run.end)));
}

function isSubjectNoun(tok: Token, c: CompiledLexicon): boolean {
  if (c.eventSubjectNouns.has(tok.lower)) return true;
  c.sourceNouns.lastIndex = 0;
  const m = c.sourceNouns.exec(tok.lower);
  return m !== null && m[0] === tok.lower;
}

/** Candidate base forms of an English or French verb form, for a look-up in the event-verb set. */
function baseForms(word: string): string[] {
  const w = fold(word).replace(ELIDED_PREFIX_RE, '');
  const out = [w];
  if (/ing$/u.test(w)) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  if (/ied$/u.test(w)) out.push(`${w.slice(0, -3)}y`);
  if (/ed$/u.test(w)) out.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (/(?:es|s)$/u.test(w)) out.push(w.slice(0, -1), w.slice(0, -2));
  if (/(?:ée|és|ées)$/u.test(w)) out.push(`${w.replace(/(?:ée|és|ées)$/u, '')}er`);
  if (/é$/u.test(w)) out.push(`${w.slice(0, -1)}er`);
  return out;
}

/**
 * True when the hedge ending at `end` governs an event: after skipping bridges ("soon", "have been",
 * "be forced to", "se"), the head is an event verb or an event predicate ("on the way").
 */
export function governsEvent(sentence: string, end: number, c: CompiledLexicon): boolean {
  let pos = end;
  for (let i = 0; i < 8; i++) {
    const rest = sentence.slice(pos);
    const lead = rest.length - rest.trimStart().length;
    c.eventPredicates.lastIndex = pos + lead;
    const p = c.eventPredicates.exec(lower(sentence));
    if (p && p.index === pos + lead) return true;
    const m = NEXT_WORD_RE.exec(rest);
    if (!m) return false;
    const word = m[1]!;
    const bare = fold(word).replace(ELIDED_PREFIX_RE, '');
    if (bare !== fold(word) && c.lang === 'fr' && bare.length > 0) {
      // "s'implanter", "l'acquérir": judge the verb after the elided pronoun.
      if (baseForms(bare).some((b) => c.eventVerbs.has(b))) return true;
    }
    if (c.modalBridges.has(fold(word))) {
      pos += m[0].length;
      continue;
    }
    return baseForms(word).some((b) => c.eventVerbs.has(b));
  }
  return false;
}

/** Both halves of the scope test: a third-party subject before `cue` and an event after it. */
export function hedgesThirdPartyEvent(sentence: string, cue: CueSpan, c: CompiledLexicon): boolean {
  if (isQuestion(sentence)) return false;
  return hasThirdPartySubject(sentence, cue.start, c) && governsEvent(sentence, cue.end, c);
}
