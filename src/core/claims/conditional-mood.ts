/**
 * The French conditional as hearsay ("Meta serait en train de...", "Mistral lèverait 600 millions").
 * The mood is recognised from the verb ending; nouns and imperfects that share the ending
 * ("portrait", "déclarait") are ruled out, and so are the writer's own conditionals ("il faudrait",
 * "aurait tout intérêt à") and unreal alternatives ("qui exigeraient sinon plusieurs clics").
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { segmentStart } from './attribution-frame';
import { governsEvent } from './event-scope';
import { findSpans, fold, span } from './phrase-pattern';

const ENDING_RE = /rai(?:t|ent)(?![\p{L}\p{N}])/gu;
const GENERIC_RELATIVE = /(?:\b(?:ceux|celles|celui|celle)\s+qui|\bquiconque)\s+(?:\S+\s+)?$/iu;
const WORD_CHAR_RE = /[\p{L}’'-]/u;
const RESTRICTIVE_QUI = /[\p{L}]\s+qui\s+(?:ne\s+|n['’]|se\s+|s['’]|en\s+|y\s+)?$/iu;

/**
 * True when a word ending in -rait/-raient is a third-person conditional. The future stem always ends
 * in r: -erait (all -er verbs, être, faire), -irait, -rrait (pourrait, verrait), -drait (viendrait),
 * -vrait (devrait), -urait only in aurait/saurait, -ttrait/-îtrait (mettrait, connaîtrait). Stems in
 * -ar/-or/-ér/-tr/-br/-cr/-gr are imperfects of -rer verbs ("déclarait", "entrait") or nouns.
 */
export function isConditionalForm(word: string, notConditional: ReadonlySet<string>): boolean {
  const w = fold(word).replace(/^[\p{L}]+'/u, '');
  if (notConditional.has(w)) return false;
  const stem = w.replace(/(?:ait|aient)$/u, '');
  if (!stem.endsWith('r')) return false;
  if (/(?:^|[^é])er$/u.test(stem)) return true; // serait, lèverait, peineraient (not espérait)
  if (/ir$/u.test(stem)) return true; // finirait, dirait (imperfects of -irer are listed)
  if (/rr$/u.test(stem)) return /(?:pou|ve|cou|mou|que)rr$/u.test(stem);
  if (/dr$/u.test(stem)) return true; // viendrait, faudrait, prendrait
  if (/vr$/u.test(stem)) return /(?:dev|cev|suiv|viv)r$/u.test(stem);
  if (/ur$/u.test(stem)) return stem === 'aur' || stem === 'saur';
  if (/tr$/u.test(stem)) return /(?:ettr|[iî]tr|battr)$/u.test(stem);
  if (/oir$/u.test(stem)) return true;
  return false;
}

/** Conditional verbs in the sentence, whatever their role (hearsay or not). */
export function findConditionals(sentence: string, c: CompiledLexicon): CueSpan[] {
  const out: CueSpan[] = [];
  // Find the ending first, then walk back to the word start: much cheaper than a word-shaped regex.
  ENDING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENDING_RE.exec(sentence)) !== null) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && WORD_CHAR_RE.test(sentence[start - 1]!)) start--;
    if (m.index - start < 1) continue;
    if (isConditionalForm(sentence.slice(start, end), c.notConditional)) out.push(span(sentence, start, end));
  }
  return out;
}

/** The conditionals of a sentence split by role: hearsay cues, and the writer's own advice/judgement. */
export interface ConditionalReading {
  hearsay: CueSpan[];
  writer: CueSpan[];
}

const INFINITIVE_SUBJECT = /^\s*(?!(?:hier|premier|dernier|entier|cher|hiver|super|foyer|janvier|février|fier|léger|amer|mer|fer|ver|tiers|cahier|métier|quartier|dossier|pilier|levier|chantier|atelier|courrier|papier|acier|conseiller)(?![\p{L}]))\p{Lu}\p{Ll}{2,}(?:er|ir|re)\s+(?:l['’]|la\s|le\s|les\s|des\s|un\s|une\s|à\s|sur\s|en\s|au\s|aux\s|ses\s|son\s|sa\s|leur\s|ce\s|cette\s)/u;
// "qui aurait dû être examiné en juin": a schedule that slipped, told, not the writer's reproach.
const MISSED_SCHEDULE = /^aurai(?:en)?t\s+dû\s+être\s+\p{L}+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)(?![\p{L}])/u;

/** Does "aurai(en)t dû être + participle" start at `start`? Read by both the writer frames and the hearsay filter. */
function isMissedSchedule(sentence: string, start: number): boolean {
  return MISSED_SCHEDULE.test(sentence.slice(start));
}

/**
 * Sorts the sentence's conditionals into hearsay and writer's voice. A conditional inside a writer
 * frame ("il faudrait", "aurait tout intérêt") or next to an unreal-alternative marker ("sinon") is
 * not hearsay; hypotheses ("si ..., serait") are handled by the opinion module.
 */
export function readConditionals(sentence: string, c: CompiledLexicon): ConditionalReading {
  if (c.lang !== 'fr') return { hearsay: [], writer: [] };
  const all = findConditionals(sentence, c);
  if (all.length === 0) return { hearsay: [], writer: [] };
  const writerFrames = findSpans(c.writerConditionals, sentence).filter((w) => !(/^aurai(?:en)?t dû$/u.test(w.text) && isMissedSchedule(sentence, w.start)));
  const counter = findSpans(c.counterfactualMarkers, sentence);
  const writer = [...writerFrames];
  const hearsay = all.filter((v) => {
    if (/^aurai(?:en)?t$/u.test(v.text) && isMissedSchedule(sentence, v.start)) return false;
    if (writerFrames.some((w) => v.start >= w.start - 1 && v.end <= w.end + 1)) return false;
    // "fragiliserait sans doute la crédibilité": the writer's own estimate, not hearsay.
    if (/^\s+(?:sans\s+doute|probablement|certainement|vraisemblablement|assurément)(?![\p{L}])/u.test(sentence.slice(v.end))) {
      writer.push(v);
      return false;
    }
    // "Interdire l'IA à l'école serait aussi vain que ...": an infinitive as subject is the writer's hypothesis.
    if (INFINITIVE_SUBJECT.test(sentence) && /^(?:serait|seraient)$/u.test(v.text)) {
      writer.push(v);
      return false;
    }
    const subject = prevWord(sentence, v.start);
    if (/^(?:j|tu|nous|vous|je)$/iu.test(subject)) return false;
    const impersonal = /^serai(?:en)?t$/u.test(v.text) && /^(?:il|ce|c)$/iu.test(subject);
    // "Ce serait un gâchis", "ce serait une erreur": "ce" + conditional + a noun phrase is the writer's verdict.
    // "Ce serait amplement mérité", "ce serait logique": "ce" + conditional + a bare adjective ending the clause judges too.
    const ceVerdict = impersonal && /^c/iu.test(subject) && (/^\s+(?:un|une)\s/u.test(sentence.slice(v.end)) || CE_ADJECTIVE_VERDICT.test(sentence.slice(v.end)));
    if (QUESTION_END.test(sentence) || (impersonal && IMPERSONAL_JUDGEMENT.test(sentence.slice(v.end))) || ceVerdict) {
      writer.push(v);
      return false;
    }
    // "cela enverrait un signal désastreux": a conditional about "this" is the writer's hypothesis.
    if (c.writerConditionalSubjects.has(fold(subject))) {
      writer.push(v);
      return false;
    }
    // "Une telle concession arriverait bien tard", "Ce procès pourrait faire jurisprudence": a hypothetical
    // thing, or a modal about the consequences of an event just told, is the writer reasoning.
    if (isWriterThingSubject(sentence.slice(segmentStart(sentence, v.start), v.start), v.text, c)) {
      writer.push(v);
      return false;
    }
    // "personne n'aurait imaginé", "nul n'aurait parié": a counterfactual about nobody, not hearsay.
    if (/^(?:personne|nul|rien|aucun|aucune)$/iu.test(subject)) return false;
    // "Les dirigeants pensaient que la crise serait brève": the future-in-the-past of a clause under a
    // past verb (concordance des temps) narrates; a source naming that verb is found by attribution.ts.
    if (PAST_VERB_THEN_QUE.test(sentence.slice(Math.max(0, v.start - 90), v.start))) return false;
    if (MODAL_CONDITIONAL.test(v.text.replace(/^\p{L}+['’]/u, '')) && isWriterModal(sentence, v, subject, c)) {
      writer.push(v);
      return false;
    }
    // "l'agent qui aurait dénoncé des actes": a restrictive relative (no comma before "qui") describes a
    // hypothetical referent; the sentence follows its main clause. "Mistral, qui lèverait ..." stays hearsay.
    if (RESTRICTIVE_QUI.test(sentence.slice(Math.max(0, v.start - 30), v.start))) return false;
    // "ceux qui mettraient en doute", "quiconque voudrait": a generic hypothetical person, not hearsay.
    if (GENERIC_RELATIVE.test(sentence.slice(Math.max(0, v.start - 24), v.start))) return false;
    if (counter.some((k) => k.start >= v.end && k.start - v.end <= 3)) return false;
    return true;
  });
  return { hearsay, writer };
}

const SUCH_SUBJECT = /^\s*(?:(?:mais|et|or)\s+)?(?:un\s+tel|une\s+telle|de\s+tel(?:le)?s|un\s+pareil|une\s+pareille)\s/iu;
const DEMONSTRATIVE_SUBJECT = /^\s*(?:(?:mais|et|or)\s+)?(?:ce|cet|cette|ces)\s+([\p{L}-]+)(?:\s+[\p{L}'’-]+){0,3}\s+(?:ne\s+|n['’])?$/iu;

/** "Une telle concession ..." (any conditional), "Ce procès pourrait ..." (a modal after an event noun). */
function isWriterThingSubject(clause: string, verb: string, c: CompiledLexicon): boolean {
  if (SUCH_SUBJECT.test(clause)) return true;
  if (!MODAL_CONDITIONAL.test(verb.replace(/^\p{L}+['’]/u, ''))) return false;
  const m = DEMONSTRATIVE_SUBJECT.exec(clause);
  return m !== null && c.consequenceNouns.has(m[1]!.toLowerCase());
}

// Clitics between a subject and its verb ("il ne pourrait", "il se pourrait", "on en aurait").
const CLITICS_BEFORE = /(?:\s+|['’])(?:ne|n|se|s|y|en|lui|leur)['’]?\s*$/iu;

/** The word before the verb at `pos`, skipping clitics: the subject when it is a pronoun. */
function prevWord(sentence: string, pos: number): string {
  let before = sentence.slice(Math.max(0, pos - 40), pos);
  for (let i = 0; i < 3; i++) {
    const k = CLITICS_BEFORE.exec(before);
    if (!k) break;
    before = before.slice(0, k.index);
  }
  const m = /([\p{L}]+)['’]?\s*$/u.exec(before);
  return m ? m[1]! : '';
}

// A past verb (participle after avoir/être, or an imperfect) + que, then the clause up to the conditional.
const PAST_VERB_THEN_QUE =
  /(?:(?<![\p{L}])(?:a|ont|avait|avaient|aurait|auraient|aura|été)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|u|us|it)|\p{L}{2,}(?:ait|aient))\s+(?:déjà\s+|alors\s+|bien\s+)?qu(?:e\s|['’])[^.;:!?«»“”]{0,70}$/u;

const MODAL_CONDITIONAL = /^(?:pourr|devr)ai(?:t|ent)$/iu;

/** "Qui pourrait reprocher à l'État ... ?": a conditional in a question is the writer asking, not hearsay. */
const QUESTION_END = /\?\s*[»”"]?\s*$/u;

/** "Ce serait amplement mérité": after "ce" + conditional, a bare adjective (with degree adverbs) ending the clause. */
const CE_ADJECTIVE_VERDICT = /^\s+(?:(?:pas|plus|très|bien|tout|aussi|assez|amplement|largement|parfaitement|franchement|plutôt|vraiment)\s+)*\p{Ll}[\p{Ll}-]+\s*(?:[.!,;]|$)/u;

/**
 * "Il serait irresponsable de déployer", "il serait naïf de croire que": an impersonal "il serait" + an
 * adjective + de/que judges, like "il faudrait". Not "il serait en train de", "il serait prêt à" or
 * "il serait question de" (a person or a plan told).
 */
const IMPERSONAL_JUDGEMENT =
  /^\s+(?:(?:pas|plus|très|bien|tout|aussi|sans\s+doute|peut-être|donc|pourtant|toutefois|cependant|néanmoins|même|assez|particulièrement|parfaitement|profondément|totalement|franchement)\s+)*(?!(?:en|question|prêt|prête|prêts|sur|disposé|disposée|candidat|candidate|sur\s+le\s+point)(?![\p{L}]))\p{Ll}[\p{Ll}-]+\s+(?:de\s|d['’]|que\s|qu['’])/u;

/**
 * "on pourrait", "cela devrait", "il se pourrait que", "il pourrait bien payer": a modal conditional
 * whose subject is generic (on, cela, ça, ceci) or a bare pronoun is the writer's own speculation,
 * not hearsay, unless the pronoun's verb is a news event ("elle pourrait lever 100 millions").
 */
function isWriterModal(sentence: string, v: CueSpan, subject: string, c: CompiledLexicon): boolean {
  const s = subject.toLowerCase();
  if (c.genericModalSubjects.has(s)) return true;
  if (!c.pronounModalSubjects.has(s)) return false;
  if (/^\s+que\b|^\s+qu['’]/iu.test(sentence.slice(v.end))) return true; // "il se pourrait que"
  return !governsEvent(sentence, v.end, c);
}
