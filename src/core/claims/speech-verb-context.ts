/**
 * What surrounds a verb of speech and decides whether it reports a claim: the clause or object after it
 * ("announced that" vs "announced a phone"), a closing tag ("..., a annoncé la préfecture."), a bare
 * participle ("les milliards promis par"), a comparison's standard ("slower than analysts expected"),
 * research as its subject. Split from attribution.ts, which reads the frames; these only answer yes or no.
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { lower } from './phrase-pattern';
import { tokenize, type Token } from './source-phrase';
import { nextContentToken, QUOTE_OR_COMMA_BEFORE, segmentStart } from './attribution-frame';
import { leftSubject, trimFillersLeft } from './subject-phrase';

/** Clause markers that are also plural nouns: right after a reporting verb they are its object ("announced plans"). */
const NOUN_LIKE_MARKERS: ReadonlySet<string> = new Set(['plans', 'aims', 'needs', 'wants', 'remains', 'expects']);

/** A French verb's direct object after an optional time phrase: "en mars la suppression", "jeudi le lancement". */
const FR_EVENT_OBJECT = /^\s+(?:(?:en\s+\p{Ll}+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi\s+soir|cette\s+semaine|la\s+semaine\s+dernière|le\s+mois\s+dernier|l['’]an\s+dernier|le\s+\d{1,2}(?:er)?\s+\p{Ll}+)\s+)?(?:la|le|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*(?=\p{Ll})/u;

// ("Elle a enfin montré, sur ce match, le mental qui lui manquait": a place or occasion between them too.)
const TIME_INCISE_THEN_OBJECT = /^\s*,\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on\s+\p{L}+day|last\s+\p{L}+|earlier\s+this\s+\p{L}+)[^,]{0,30}|le\s+\d[^,]{0,20}|\d[^,]{0,20}|(?:sur|lors\s+d[eu']|face\s+à|contre|pendant|durant|during|against)\s[^,]{1,40}),\s*(?:un|une|le|la|les|des|a|an|the|its|son|sa|ses|leur|their)\s/iu;

/** A comparison's "than" and up to four words before the verb (with its word before "than": "slower", "more"). */
const THAN_BEFORE_VERB = /(?<![\p{L}])(\p{L}+)\s+than\s+(?:[\p{L}'’-]+\s+){1,4}(?:had\s+|have\s+|has\s+)?$/iu;

/**
 * The verb at `vStart` is that of a comparison's standard ("slower than the marketing suggested"), not
 * a quantity opening a subject ("More than a dozen employees told", "Fewer than half ... said").
 */
export function isComparisonStandard(sentence: string, vStart: number): boolean {
  const from = Math.max(0, vStart - 60);
  const m = THAN_BEFORE_VERB.exec(sentence.slice(from, vStart));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (word === 'rather' || word === 'other') return false;
  if (word !== 'more' && word !== 'less' && word !== 'fewer') return true;
  const before = sentence.slice(0, from + m.index);
  return !/(?:^|[,;:(—–]|(?<![\p{L}])(?:and|but|or|of|to|with|by|from))\s*$/iu.test(before);
}


/** "n'a publié", "ne publie" right before the verb's end, with no "pas"/"jamais": the first half of "ne ... que". */
const RESTRICTIVE_NE_BEFORE = /(?<![\p{L}])n(?:e\s+|['’])(?:(?!(?:pas|jamais|plus|guère|point|rien)\s)\p{L}+\s+){0,2}\p{L}+$/iu;

/** For a verb that reports only with a clause: does a claim clause (or an inverted subject) follow? */
export function hasClauseComplement(sentence: string, vEnd: number, c: CompiledLexicon): boolean {
  const rest = sentence.slice(vEnd);
  // "a publié, mercredi 14 mai, un rapport": an incise between a verb and its object is no clause.
  if (TIME_INCISE_THEN_OBJECT.test(rest)) return false;
  if (/^\s*(?:[.,;!?]|$)/u.test(rest)) return true; // "..., the company announced." 
  if (/^\s*[:«"“]/u.test(rest)) return true; // a quotation follows
  const toks = tokenize(sentence, vEnd, Math.min(sentence.length, vEnd + 120));
  const first = nextContentToken(toks, c);
  if (first < 0) return false;
  const gap = sentence.slice(vEnd, toks[first]!.start);
  if (/[,;]/.test(gap)) return false;
  const clauseMarkers = c.lex.attribution.clauseMarkers;
  const objectMarkers = c.lex.attribution.objectMarkers;
  const w = toks[first]!.lower;
  // "announced plans to ...": a verb-like marker right after the reporting verb has no subject, so it is a noun.
  if (NOUN_LIKE_MARKERS.has(w)) return false;
  // "L'entreprise n'a publié qu'une partie": "ne ... que" restricts the object, it opens no clause.
  if (/^(?:que|qu)$/u.test(w) && c.lang === 'fr' && RESTRICTIVE_NE_BEFORE.test(sentence.slice(Math.max(0, vEnd - 60), vEnd))) return false;
  if (clauseMarkers.includes(w) || /^qu$/.test(w)) return true;
  // "Le rapport montre à quel point le secteur est démuni": an exclamative clause is a claim too.
  if (c.lang === 'fr' && /^\s*à\s+quel\s+point\s/u.test(sentence.slice(toks[first]!.start))) return true;
  // "a annoncé par avance qu'il", "announced last night that": a short adverbial before the clause.
  for (let i = first + 1; i < Math.min(toks.length, first + 4); i++) {
    if (/[,;:.]/.test(sentence.slice(toks[i - 1]!.end, toks[i]!.start))) break;
    if (/^(?:that|que|qu)$/.test(toks[i]!.lower)) return true;
  }
  if (toks.slice(first, first + 4).some((t) => c.eventObjectNouns.has(t.lower))) return false;
  // "a confié au Film français avoir réécrit la fin": an addressee, then the reported infinitive.
  if (c.lang === 'fr' && /^(?:à|au|aux)$/u.test(w)) {
    for (let i = first + 1; i < Math.min(toks.length, first + 6); i++) {
      if (/[,;:.]/.test(sentence.slice(toks[i - 1]!.end, toks[i]!.start))) break;
      if (ADDRESSEE_THEN_INFINITIVE.test(toks[i]!.lower)) return true;
    }
  }
  if (c.lang === 'fr') return /^(?!(?:le|la|les|des|une|un|leur)$)\p{L}{3,}(?:er|ir|re|oir)$/u.test(w) && !objectMarkers.includes(w);
  // "wrote in a blog post that ...": skip a leading adverbial prepositional phrase.
  const lead = toks[0]!.lower;
  if (/^(?:in|on|at|during|via|through|en|dans|lors|sur)$/.test(lead)) {
    for (let i = 1; i < Math.min(toks.length, 9); i++) {
      if (/[,;]/.test(sentence.slice(toks[i - 1]!.end, toks[i]!.start))) break;
      if (/^(?:that|que|qu)$/.test(toks[i]!.lower)) return true;
    }
  }
  // English: a finite verb within a few words, before any preposition or relative word.
  for (let i = first; i < Math.min(toks.length, first + 7); i++) {
    const t = toks[i]!;
    if (i > first && /[,;]/.test(sentence.slice(toks[i - 1]!.end, t.start))) return false;
    if (clauseMarkers.includes(t.lower)) return true;
    if (objectMarkers.includes(t.lower)) return false;
  }
  return false;
}

/** Infinitives that report what a speaker says of themselves ("avoir réécrit", "ne pas vouloir"). */
const ADDRESSEE_THEN_INFINITIVE = /^(?:avoir|être|vouloir|pouvoir|devoir|savoir|ne|n['’]avoir|n['’]être|souhaiter|espérer|envisager|compter|regretter|ignorer|craindre|préférer|refuser)$/u;

/** "Samsung reported an operating profit ...": a results/product object makes the verb an event. */
export function hasEventObject(sentence: string, vEnd: number, c: CompiledLexicon): boolean {
  const toks = tokenize(sentence, vEnd, Math.min(sentence.length, vEnd + 60));
  const first = nextContentToken(toks, c, 2);
  if (first < 0) return false;
  if (!c.lex.attribution.objectMarkers.includes(toks[first]!.lower) && !c.eventObjectNouns.has(toks[first]!.lower)) return false;
  return toks.slice(first, first + 4).some((t) => c.eventObjectNouns.has(t.lower));
}


/** A short noun phrase and the sentence's end after the verb: "..., a annoncé la préfecture du Finistère." */
// ("..., a annoncé l'agence régionale de santé (ARS).": with its acronym in brackets.)
const SHORT_TAIL_TO_END = /^\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+(?:\s*\([\p{L}\p{N}.&'’ -]{1,20}\))?\s*[.!]?["”’»]?\s*$/u;

/** An auxiliary of the passé composé or plus-que-parfait before a participle, up to two words apart ("n'a toujours pas confirmé"). */
const FR_AUXILIARY_BEFORE = /(?:^|[\s'’-])(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant|avons|avez|as|eut|eût|t-il|t-elle|t-on|t-ils|t-elles|est|sont|était|étaient|été|se|s['’])(?:\s+[\p{L}'’-]+){0,3}\s+$/u;

/**
 * A French past participle with no auxiliary before it qualifies a noun ("les milliards promis par le
 * Chips Act"); it is no verb of the sentence. Not so for a participle sharing an earlier auxiliary
 * ("a condamné ... et assuré"), a tag after a comma or a quotation, or one followed by its clause, as in
 * the sample's "Le Wall Street Journal rapporté que", its auxiliary lost to a typo. `prev` is the word
 * right before it, lower-cased.
 */
export function isBareParticiple(sentence: string, verb: string, prev: string, vStart: number, vEnd: number): boolean {
  if (!/^(?:\p{L}+(?:é|ée|és|ées)|promise?s?|admise?s?)$/u.test(verb) || /^(?:et|ou|puis|mais)$/u.test(prev)) return false;
  const before = sentence.slice(0, vStart);
  return !FR_AUXILIARY_BEFORE.test(before.slice(-48)) && !/[,«»"“”—–]\s*$/u.test(before) && !/^\s+qu(?:e|['’])/u.test(sentence.slice(vEnd));
}

/** A verb after a comma or a quotation (auxiliaries and fillers aside), closing the sentence with a short subject: an inverted tag. */
export function isClosingTag(sentence: string, vStart: number, vEnd: number, c: CompiledLexicon): boolean {
  return QUOTE_OR_COMMA_BEFORE.test(sentence.slice(0, trimFillersLeft(sentence, vStart, c))) && SHORT_TAIL_TO_END.test(sentence.slice(vEnd));
}

/** A determiner + noun object after an announcing verb, unless the noun is a stance ("son intention"). */
export function isEventObject(tail: string, c: CompiledLexicon): boolean {
  const lead = FR_EVENT_OBJECT.exec(tail);
  return lead !== null && !c.statementNoun.test(tail.slice(lead[0].length));
}

/** Whether the subject left of a finding verb is a piece of research ("A 2022 review of 130 studies", "the audit"). */
export function researchFinds(sentence: string, end: number, c: CompiledLexicon): boolean {
  const subj = leftSubject(sentence, end, c);
  return subj !== undefined && subj.a.reading === 'named' && c.findingHead.test(subj.a.name ?? '');
}

/** The subject is research or its authors by their trade ("researchers at Radboud University"). */
export function researchSpeaks(sentence: string, end: number, c: CompiledLexicon): boolean {
  if (researchFinds(sentence, end, c)) return true;
  return lower(sentence.slice(segmentStart(sentence, end), end)).split(/[^\p{L}]+/u).some((w) => c.researchGroups.has(w));
}

/**
 * "Describe" reports a claim only as "described X as ...": not "Lorenz described it during the Q&A",
 * ", described as a man in his 20s" (a participle), "12 equations that described the motion" (a
 * relative) or "the cluster described in the filing" (a participle). `prev`: the word right before.
 */
export function describesWithoutClaim(sentence: string, verb: string, vStart: number, vEnd: number, prev: Token | undefined): boolean {
  const after = sentence.slice(vEnd);
  if (/^\s+(?:it|them|this|him|her)\b/iu.test(after) && !/^\s+\S+\s+as\b/iu.test(after)) return true;
  if (verb === 'described' && /,\s*$/u.test(sentence.slice(Math.max(0, vStart - 3), vStart)) && /^\s+as\s/u.test(after)) return true;
  return (prev !== undefined && /^(?:that|which)$/u.test(prev.lower)) || /^\s+(?:in|by|on|at)\s/iu.test(after);
}


/** True when `prev` is a lower-case common noun that cannot be a source, so the next word is a noun too. */
export function isCommonNounBefore(sentence: string, prev: Token, c: CompiledLexicon): boolean {
  if (/\p{Lu}/u.test(prev.text) || c.pronouns.has(prev.lower) || c.fillers.has(prev.lower)) return false;
  if (c.affiliatedExperts.has(prev.lower) || c.nonSourceSubjects.has(prev.lower)) return false;
  c.sourceNouns.lastIndex = 0;
  const src = c.sourceNouns.exec(prev.lower);
  if (src && src[0] === prev.lower) return false;
  c.anonymousNouns.lastIndex = 0;
  const anon = c.anonymousNouns.exec(prev.lower);
  return !(anon && anon[0] === prev.lower);
}

