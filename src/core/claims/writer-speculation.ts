/**
 * The writer's own epistemic modals: event-scope.ts keeps may/might/could as rumor only about a third
 * party's event, and the rest used to fall to `fact`. Among the rest, an epistemic reading ("it could
 * be argued", "this might be the best", "you may find", "that may well change") is the writer's
 * speculation, hence `opinion` (DESIGN.md), while ability, permission and specification readings
 * ("could take an hour", "may contain nuts", "may not be redistributed") and narrated past ("she could
 * see") stay `fact`.
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { findSpans } from './phrase-pattern';

const NEXT_RE = /^\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u;
const WORD_RE = /[\p{L}'’]+/gu;
// Verbs of the generic list that, after may/might, speculate about the reader rather than state a capability.
const SPECULATIVE_AFTER_MAY = new Set(['find', 'see', 'imagine', 'want', 'wish', 'feel', 'notice', 'remember', 'recall', 'hear', 'sense', 'well', 'even', 'also', 'possibly']);
// After "could", only these open an epistemic reading; "could take", "could open" are ability.
const EPISTEMIC_AFTER_COULD = new Set(['be', 'well', 'easily', 'arguably', 'argue', 'say', 'possibly', 'very', 'certainly', 'even']);
// "if ... may", "so that ... might", "whether": the modal sits in a subordinate clause of purpose or condition.
const EMBEDDED_QUESTION = /(?<![\p{L}])(?:said|say|says|disclosed|specified|explained|know|knows|decided|revealed|indicated|asked|ask)\s+(?:when|how|why|where|what)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const SUBORDINATE_BEFORE = /\b(?:if|whether|so that|in order that|lest|unless)\b[^,;:]*$/iu;

// "Under the new licence terms, Nvidia may sell ... provided it ...": "may" grants a permission, no hedge.
const PERMISSION_CONTEXT = /\b(?:under\s+(?:the|its|their|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:terms|rules?|licen[cs]es?|law|deal|agreement|exemption|waiver|settlement|permit)|provided\s+(?:that\s+)?(?:it|they|the|its|their)|with(?:out)?\s+(?:a\s+|an\s+)?(?:licen[cs]e|permit|approval|authori[sz]ation|waiver)|as\s+long\s+as|so\s+long\s+as|on\s+condition\s+that)\b/iu;

/** A clause that grants a permission ("under the licence terms", "provided it ..."): its "may" is no hedge or speculation. */
export function grantsPermission(sentence: string): boolean {
  return PERMISSION_CONTEXT.test(sentence);
}

function toldInPast(sentence: string, c: CompiledLexicon): boolean {
  WORD_RE.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD_RE.exec(sentence)) !== null) if (c.narrativePastVerbs.has(w[0].toLowerCase())) return true;
  return false;
}

/** A generic role (`permissionSubjects`) among the first words of the modal's clause ("providers of models may"). */
function permissionSubject(before: string, c: CompiledLexicon): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const words = clause.toLowerCase().match(WORD_RE) ?? [];
  return words.slice(0, 4).some((w) => c.permissionSubjects.has(w));
}

/** Epistemic may/might/could of the writer (English), for modals the rumor reading did not keep. */
export function writerSpeculation(sentence: string, c: CompiledLexicon, rumorModals: readonly CueSpan[]): CueSpan[] {
  if (c.lang !== 'en') return [];
  const out: CueSpan[] = [];
  for (const m of findSpans(c.eventModals, sentence)) {
    if (m.text !== m.text.toLowerCase()) continue; // "May" the month
    if (rumorModals.some((r) => r.start === m.start)) continue;
    if (SUBORDINATE_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "has not said when it might pursue a listing": a modal inside an indirect question is nobody's speculation.
    if (EMBEDDED_QUESTION.test(sentence.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "which may be 2,000 years old", "images that may show nodules": a possibility describing a thing.
    if (/(?<![\p{L}])(?:which|that|who)\s+$/iu.test(sentence.slice(Math.max(0, m.start - 7), m.start))) continue;
    const modal = m.text.split(/\s+/)[0]!;
    const next = NEXT_RE.exec(sentence.slice(m.end));
    const w1 = next?.[1]?.toLowerCase() ?? '';
    const w2 = next?.[2]?.toLowerCase() ?? '';
    const verb = w1 === 'not' || w1 === 'also' || w1 === 'still' ? w2 : w1;
    if (modal === 'may' && w1 === 'not') continue; // prohibition in licences and specifications
    if (modal === 'may' && (permissionSubject(sentence.slice(0, m.start), c) || grantsPermission(sentence))) continue;
    if (modal === 'could') {
      if (!EPISTEMIC_AFTER_COULD.has(verb)) continue;
    } else if (c.genericModalVerbs.has(verb) && !SPECULATIVE_AFTER_MAY.has(verb)) continue;
    if (toldInPast(sentence, c)) continue;
    out.push(m);
  }
  return out;
}
