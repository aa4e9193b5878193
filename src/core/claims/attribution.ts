/**
 * Finds the frames that attribute a sentence to someone: "according to X" / "selon X", "X said" /
 * "X a déclaré", inverted "..., said X" / "..., précise le rapport", "X has learned" / "a appris X",
 * passive "it was reported ... by X", and opening containers ("In a Bloomberg story, ...").
 * Each frame says whether its source is named or anonymous; the classifier decides which one rules.
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { lower, partQuotations, span } from './phrase-pattern';
import { analyzeSource, tokenize } from './source-phrase';
import { type AttributionFrame, frameFrom, objectEnd, QUOTE_OR_COMMA_BEFORE, SEGMENT_BREAK, segmentStart } from './attribution-frame';
import { containerFrame, invertedFrame, learnedFrames, participleFrames, pourFrame, prepositionFrames, quoteTagFrames } from './framing-phrases';
import { isApposition, leftSubject, openingNounPhrase, trimFillersLeft } from './subject-phrase';
import { describesWithoutClaim, hasClauseComplement, hasEventObject, isBareParticiple, isClosingTag, isCommonNounBefore, isComparisonStandard, isEventObject, researchFinds, researchSpeaks } from './speech-verb-context';

const SENTENCE_END_AFTER = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+\w+|in\s+a\s+statement))?\s*[.!]?["”’»]?\s*$/iu;
/** A short prepositional tail that closes the sentence after a tag verb: "..., Altman wrote on X." */
const PP_TAIL_TO_END = /^\s+(?:on|in|at|to|during|via|from|over|sur|dans|à|au|lors)\s+[^,;:.!?"“”«»]{1,60}[.!]?["”’»]?\s*$/iu;
/** Negation right before a reporting verb: "did not say how", "n'a pas précisé" attribute no claim. */
const WRITER_READING = new Set(['effectively', 'tacitly', 'implicitly', 'implicitement', 'tacitement', 'de facto']);
const NEGATION_BEFORE = /^(?:not|never|n['’]t|pas|jamais|plus|ni|neither|nor|non)$|n['’]t$/u;
/** Verbs whose following noun is their addressee, never an inverted subject: "..., told Wired that". */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells']);
/** "Dans son entourage,", "chez Renault,", "côté syndical,": where an unnamed "on" stands. */
const ENTOURAGE_BEFORE = /(?:dans\s+(?:son|leur|l['’]|cet|ce)\s*entourage|chez\s+\p{Lu}[\p{L}-]*|du\s+côté\s+d|côté\s+\p{Ll}+)[^.;]{0,60}$/iu;
/** "when it", "whether they", "comment il": a pronoun that opens an indirect question. */
const EMBEDDED_QUESTION_BEFORE = /(?<![\p{L}])(?:said|say|says|disclosed|disclose|specified|specify|explained|explain|know|knows|revealed|indicated|précisé|dit|indiqué|expliqué|sait|savoir)\s+(?:\p{L}+\s+)?(?:when|whether|how|why|where|what|if|quand|comment|pourquoi|où|si)\s+$/iu;
/** First-person subjects: with them a reporting verb is the writer's own stance (opinion-markers.ts). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'je', 'j', 'nous']);
/** The newspaper speaking of itself in an editorial: "this newspaper", "notre journal". */
const WRITER_AS_INSTITUTION = /(?<![\p{L}])(?:this|our)\s+(?:newspaper|paper|editorial\s+board)\s+(?:(?:has\s+)?(?:long|always|repeatedly)\s+)?$|(?<![\p{L}])(?:ce|notre)\s+journal\s+(?:a\s+)?(?:toujours\s+|longtemps\s+)?$/iu;
/** An English question opened by its auxiliary: "Does this alert indicate ...?", "Did anyone say ...?" */
const YES_NO_QUESTION = /^\s*(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\s[^?]*\?[\s"”)]*$/iu;

/** "», a-t-il ", ", ont-elles ": an inverted auxiliary closing a quotation or clause, before a participle. */
const INVERTED_AUXILIARY_BEFORE = /[,»"”]\s*(?:a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle|on)|avaient-(?:ils|elles))\s+$/iu;
const INVERTED_PRONOUN = /-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)$/iu;

/** A sentence-opening noun phrase of up to five words, with nothing that ends a phrase. */
const SUBJECT_BEFORE_RELATIVE = /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+\s*$/u;
/** ... which is not a clause already (a pronoun subject), a prepositional object, a cleft or an existential. */
const NOT_SUBJECT_BEFORE_RELATIVE = /(?:^|\s)(?:he|she|they|we|i|you|il|elle|ils|elles|on|nous|vous|je|to|with|from|at|for|of|by|à|avec|chez|pour|par|de|des|du|c['’]est|sont|there|it|y)(?=\s|$)/iu;
/** After a relative clause's verb, the main clause's verb: "qui affirment avoir remplacé des salariés restent rares". */
const RELATIVE_THEN_MAIN_VERB = /^[^,;:«»"“”]{0,120}?\s(?:restent|reste|sont|est|demeurent|ont|a|font|fait|remain|remains|are|is|were|was|have|has)\s/u;
// ", says Jane Doe, is": one to five words after the verb, closed by a comma.
const SPEAKER_INCISE_AFTER = /^\s+(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+\s*,/u;

/** Subject + reporting verb frames, plain ("Reuters reported") or inverted ("..., indique Jensen Huang"). */
function verbFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const out: AttributionFrame[] = [];
  // "Does this alert indicate that users are affected?": a yes/no question asks whether, it reports nothing.
  if (c.lang === 'en' && YES_NO_QUESTION.test(sentence)) return out;
  const seen = new Set<number>();
  const nounMarkers = c.lex.attribution.nounMarkers;
  const passive = c.lex.attribution.passiveAuxiliaries;
  for (const [re, needsClause] of [
    [c.speechVerbs, false],
    [c.clauseVerbs, true],
  ] as const) {
    re.lastIndex = 0;
    const low = lower(sentence);
    let m: RegExpExecArray | null;
    while ((m = re.exec(low)) !== null) {
      const vStart = m.index;
      const vEnd = vStart + m[0].length;
      if (seen.has(vStart)) continue;
      seen.add(vStart);
      if (/^\p{Lu}/u.test(sentence[vStart] ?? '') && vStart > 0) continue; // "the United States", a name, not a verb
      const before = tokenize(sentence, Math.max(0, vStart - 40), vStart);
      const prev = before[before.length - 1];
      const prevGap = prev ? sentence.slice(prev.end, vStart) : '';
      const adjacent = prev !== undefined && /^\s*$/.test(prevGap.replace(/^['’]/, ''));
      // "the reports", "une note", "l’estime": a noun, not a verb.
      // ("Reuters earlier reported that": after "earlier" a past tense is still the verb.)
      // ("Sky News reported": a capitalised marker inside the sentence ends a name.)
      if (adjacent && (nounMarkers.includes(prev.lower) || nounMarkers.includes(prev.lower + "'")) && !(prev.lower === 'earlier' && /ed$/u.test(m[0])) && !(prev.start > 0 && /^\p{Lu}\p{Ll}/u.test(prev.text))) continue;
      // ("are said to have been approached by X": the hearsay hedge of hedges.ts; X is the approach's agent.)
      if (adjacent && passive.includes(prev.lower) && /^sa(?:id|ys)$/u.test(m[0]) && /^\s+to\s/u.test(sentence.slice(vEnd))) continue;
      if (adjacent && passive.includes(prev.lower)) {
        const pf = needsClause ? undefined : passiveAgentFrame(sentence, vEnd, c, vStart);
        if (pf) out.push(pf);
        continue;
      }
      // "The ruling says more about the court than ...", "the announcement says less than it claims": the writer's
      // inference about a thing, not speech ("The company says more than 3,000 businesses pay" is speech).
      // "... but they tell buyers little about ...": the same with an addressee.
      if (/^(?:says?|tells?)$/u.test(m[0]) && /^\s+(?:(?!that\s)\p{L}+\s+)?(?:more|less|little|nothing|a\s+lot|much|something|everything|plenty)\s+(?:about(?![\p{L}])|than\s+(?:it|they|he|she|we|you|its|their|his|her)(?![\p{L}]))/iu.test(sentence.slice(vEnd))) continue;
      // "Shares rose after Bloomberg News reported on the talks": a report about something, told as the
      // time of the main clause's event, is part of that event, not the sentence's frame.
      if (/^\s+(?:on|about)\s/u.test(sentence.slice(vEnd)) && /(?<![\p{L}])(?:after|before|since|when|until|once)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}$/u.test(sentence.slice(0, vStart))) continue;
      // "The bloodshed raised fears that ...", "amid worries that": a noun after a verb or preposition (a hedge, hedges.ts).
      if (adjacent && /^(?:fears?|worr)/u.test(m[0]) && /(?:ed|ing)$|^(?:amid|over|of|about|despite|new|growing)$/u.test(prev.lower)) continue;
      // "les milliards promis par le Chips Act", "Le prix évoqué paraît élevé": an adjective, not a verb.
      if (c.lang === 'fr' && adjacent && isBareParticiple(sentence, m[0], prev.lower, vStart, vEnd)) continue;
      // "Le règlement sur l'IA, dit « AI Act », ...": "dit" names a thing (so-called), it reports no speech.
      if (c.lang === 'fr' && /^dite?s?$/u.test(m[0]) && /^\s*«[^»]{1,40}»\s*[,)]/u.test(sentence.slice(vEnd))) continue;
      // "Beijing has responded by pouring state funds": a reply in deeds, not in words.
      if (/^(?:responded|replied|countered|reacted)$/u.test(m[0]) && /^\s+by\s+\p{L}+ing(?![\p{L}])/iu.test(sentence.slice(vEnd))) continue;
      // "Chaque réunion se conclut par ...": a reflexive verb of events, not of speech.
      if (adjacent && /^(?:se|s)$/u.test(prev.lower) && !/^s/u.test(m[0])) continue;
      // "Il se dit que ...": impersonal hearsay (a rumor cue), not a speaker.
      if (/^se\s/u.test(m[0]) && adjacent && /^il$/u.test(prev.lower)) continue;
      // "has effectively admitted", "a implicitement reconnu": the writer's reading of what someone did.
      if (adjacent && WRITER_READING.has(prev.lower)) continue;
      // "..., a-t-elle annoncé mardi.": an inverted auxiliary before any participle of speech makes the same tag.
      // ("a-t-on appris auprès de ...": what the outlet learned is read by learnedFrames.)
      const auxBefore = c.lang === 'fr' && m[0] !== 'appris' ? INVERTED_AUXILIARY_BEFORE.exec(sentence.slice(Math.max(0, vStart - 24), vStart)) : null;
      const tagStart = auxBefore ? vStart - auxBefore[0].length + auxBefore[0].search(/\p{L}/u) : vStart;
      const pronounInVerb = INVERTED_PRONOUN.exec(auxBefore ? sentence.slice(tagStart, vEnd) : m[0]);
      if (pronounInVerb) {
        const pron = pronounInVerb[1] ?? pronounInVerb[2] ?? '';
        // "glisse-t-on dans l'entourage du ministre": "on" names nobody.
        if (pron.toLowerCase() === 'on') {
          out.push({ kind: 'anonymous', type: 'subject', inverted: true, cue: span(sentence, tagStart, vEnd), anchor: tagStart });
          continue;
        }
        out.push({ kind: 'named', type: 'subject', inverted: true, cue: span(sentence, tagStart, vEnd), anchor: tagStart, source: pron, needsContext: true });
        continue;
      }
      // "Dans son entourage, on redoute que ...": "on" standing for people around someone is anonymous.
      if (c.lang === 'fr' && adjacent && prev.lower === 'on') {
        const around = ENTOURAGE_BEFORE.exec(sentence.slice(0, prev.start));
        if (around) {
          out.push({ kind: 'anonymous', type: 'subject', inverted: false, cue: span(sentence, around.index, vEnd), anchor: vStart });
          continue;
        }
      }
      // "blamed weak demand for the loss": blaming names a cause with "for"/"on"; "policies critics have long blamed" does not.
      // "so-called “metadata”", "a technique called “mental chronometry”": naming, not a verdict quoted.
      // "the e-bike, once hailed as the future": praise in the passive, with no one giving it.
      if (m[0] === 'hailed' && /^\s+as\s/u.test(sentence.slice(vEnd))) continue;
      // ", called Energy Control, which ...": a participle naming, cut by a comma before the quote.
      if (/^call/u.test(m[0]) && (/-$/u.test(sentence.slice(0, vStart)) || /^call(?:ed|s)\s+["“]$/u.test(m[0]) || m[0].includes(','))) continue;
      // "assure l'intérim", "assure la présidence": a duty performed, not a claim.
      if (/^assur(?:e|ent|ait|é)$/u.test(m[0]) && /^\s+(?:l['’]|la\s+|le\s+|les\s+)(?:intérim|présidence|direction|gestion|sécurité|continuité|coordination|permanence|suivi|liaison|transport|défense|promotion|service|animation|encadrement)(?![\p{L}])/u.test(sentence.slice(vEnd))) continue;
      // "after it told a customer to cancel her policy": telling someone to do something is an order, not a claim.
      if (ADDRESSEE_VERBS.has(m[0]) && TOLD_TO_DO.test(sentence.slice(vEnd))) continue;
      // "Screenshots of the exchange, first posted on Reddit, had been shared": a participle in apposition.
      if (c.lang === 'en' && adjacent && /^(?:first|originally|initially|previously|widely|later)$/u.test(prev.lower) && /ed$/u.test(m[0]) && /,\s*$/u.test(sentence.slice(0, prev.start)) && /^\s+(?:on|in|by|at|to|online)(?![\p{L}])/u.test(sentence.slice(vEnd))) continue;
      // "a shortage blamed on data centres": right before "on"/"for", "blamed" is a passive participle.
      if (/^blame[ds]?$/u.test(m[0]) && (!/^\s+[^,.;:]{1,80}?\s(?:for|on)\s/u.test(sentence.slice(vEnd)) || /^\s+(?:for|on)\s/u.test(sentence.slice(vEnd)))) continue;
      // "a annoncé en mars la suppression de 1 200 postes": an announced decision or product is an event (DESIGN.md).
      // ... but "a annoncé son intention de" states a stance (`statementNouns`).
      // ("..., a annoncé la préfecture." is a closing tag: the noun after the verb is its speaker.)
      if (c.eventAnnouncingVerb.test(m[0]) && !/[«“]$/u.test(m[0]) && isEventObject(sentence.slice(vEnd), c) && !isClosingTag(sentence, vStart, vEnd, c)) continue;
      // "has not said when it expects", "ne dit pas comment il compte": a verb inside an indirect question.
      if (adjacent && c.pronouns.has(prev.lower) && EMBEDDED_QUESTION_BEFORE.test(sentence.slice(Math.max(0, prev.start - 50), prev.start))) continue;
      // "L'outil analyse les contrats": "analyse" reports only inverted ("», analyse Pierre Garnier") or with "que".
      if (c.lang === 'fr' && /^(?:analyse|analysent|observe|observent)$/u.test(m[0]) && !QUOTE_OR_COMMA_BEFORE.test(sentence.slice(0, vStart)) && !/^\s+qu(?:e\s|['’])/u.test(sentence.slice(vEnd))) continue;
      // "were asked to say", "declined to explain": an infinitive reports nothing by itself.
      if (adjacent && /^(?:to|avoir|être)$/u.test(prev.lower)) continue;
      // "the authors' claims", "Apple's reports": after a possessive the word is a noun.
      if (adjacent && (/^['’]/u.test(prevGap) || /['’]s$/u.test(prev.text)) && c.nounVerbForms.has(m[0])) continue;
      // "Les entreprises qui affirment avoir remplacé des salariés restent rares": a speech verb in a relative clause
      // describes the subject of another verb; not a cleft ("c'est le ministre qui a affirmé") nor an existential
      // ("il y a des sources qui affirment", "there are people who say"), where the relative clause is the frame.
      // Only a relative on the sentence's opening subject ("He spoke to workers who said ..." keeps its frame).
      if (adjacent && /^(?:qui|who)$/u.test(prev.lower) && SUBJECT_BEFORE_RELATIVE.test(sentence.slice(0, prev.start)) && !NOT_SUBJECT_BEFORE_RELATIVE.test(sentence.slice(0, prev.start)) && RELATIVE_THEN_MAIN_VERB.test(sentence.slice(vEnd))) continue;
      // "The layoffs, if confirmed, would ...": a participle after a conjunction is an elliptical passive, no speech act.
      // ("As Nippers once observed": "once" after its subject is an adverb; the conjunction opens a clause.)
      if (adjacent && /^(?:if|once|unless|until|when|whether|though|although|si)$/u.test(prev.lower) && /(?:ed|é|ée|és|ées)$/u.test(m[0]) && /(?:^|[,;:(—–])\s*$/u.test(sentence.slice(0, prev.start))) continue;
      // "slower than the marketing suggested", "faster than analysts had predicted": the verb of a comparison's
      // standard, inside the writer's own comparison, frames nothing.
      // ("More than a dozen employees told Reuters", "Fewer than half of respondents said": "than" of a quantity.)
      if (c.lang === 'en' && isComparisonStandard(sentence, vStart)) continue;
      // "the land area of the Eastern Seaboard states.": a form that ends the sentence with no comma, quote or dash
      // before it to make it a closing tag ("..., the report states.") is a plural noun.
      if (c.nounVerbForms.has(m[0]) && m[0].endsWith('s') && /^\s*[.!?]?\s*$/u.test(sentence.slice(vEnd)) && !SEGMENT_BREAK.test(sentence.slice(0, vStart))) continue;
      // "in several U.S. states", "many press reports": after a quantifier the word is a plural noun.
      if (c.nounVerbForms.has(m[0]) && before.slice(-2).some((t) => c.nounQuantifiers.has(t.lower) && !/[,;:"“”«»]/u.test(sentence.slice(t.end, vStart)))) continue;
      // "did not say how much", "has not confirmed", "n'a pas précisé": a statement not made reports nothing.
      // "does not dispute that", "ne conteste pas": a denial denied is still a statement.
      const disputes = /^(?:disput|contest|den)/u.test(m[0]);
      // ("has not yet reported", "did not publicly confirm": the negation one adverb further back.)
      const negation = adjacent && c.negationAdverbs.has(prev.lower) ? before[before.length - 2] : prev;
      if (adjacent && negation && NEGATION_BEFORE.test(negation.lower) && !disputes) continue;
      // "ne commente jamais", "n'a jamais dit": French negation opens before the verb.
      if (adjacent && /^(?:ne|n)$/u.test(prev.lower) && c.lang === 'fr' && /^(?:comment|dit|dis|précis|confirm|révèl|indiqu|détaill|communiqu|répond)/u.test(m[0])) continue;
      // "Un centre de données, annoncé en février avec MGX": a participle in apposition, not a speech act.
      // ("Le ministre a, pour sa part, indiqué": the comma closes an incise after the auxiliary.)
      if (c.lang === 'fr' && /(?:é|ée|és|ées)$/u.test(m[0]) && !/\s/u.test(m[0]) && /,\s*$/u.test(sentence.slice(Math.max(0, vStart - 3), vStart)) && /,\s*$/u.test(sentence.slice(0, trimFillersLeft(sentence, vStart, c)))) continue;
      if (/n['’]t\s+$/u.test(sentence.slice(Math.max(0, vStart - 8), vStart)) && !disputes) continue; // "hasn't said when" 
      // "The option described here is ...": a participle modifying a noun, not a reporting verb.
      if (/^\s+(?:here|above|below)(?![\p{L}])/iu.test(sentence.slice(vEnd))) continue;
      // "OpenAI's first device, said to be the size of an iPod": a hearsay hedge (hedges.ts), not a tag.
      if (/^sa(?:id|ys)$/u.test(m[0]) && /^\s+to\s/u.test(sentence.slice(vEnd))) continue;
      // "because we believe", "je pense que": the writer speaking in the first person is no source.
      if (adjacent && FIRST_PERSON.has(prev.lower)) continue;
      // "But this newspaper believes", "Notre journal estime": the editorial board is the writer.
      if (WRITER_AS_INSTITUTION.test(sentence.slice(Math.max(0, vStart - 40), vStart))) continue;
      // "every one of them would say", "one might argue": a hypothetical speaker attributes nothing.
      // ("released in May estimated": the month, capitalised, is no modal.)
      // "Parents should insist on an answer": the writer's advice to a speaker is no speech reported.
      if (prev && /^(?:would|could|might|may|d|should|must)$/.test(prev.text)) continue;
      // "weather forecasts", "expense reports": a plural noun after a common noun, not a verb.
      // ("The city says", "The charity says": "says" is no plural noun, whatever the noun before it.)
      if (adjacent && m[0] !== 'says' && c.nounVerbForms.has(m[0]) && !NEGATION_BEFORE.test(prev.lower) && !/^(?:do|does|did|will|would|may|might|can|could|also|still)$/u.test(prev.lower) && isCommonNounBefore(sentence, prev, c)) continue;
      // "the same chip found in last year's flagship", "found mostly in": a participle with a place, not a finding
      // ("found only weak evidence" is one).
      // ("found in June that": a time, then the finding.)
      if (/^(?:found|finds)$/u.test(m[0]) && /^\s+(?:(?:only|mostly|mainly|largely)\s+)?(?:in|on|at|inside|across|within|among|throughout|near|by|under|to)\s/u.test(sentence.slice(vEnd)) && !FINDING_TIME_THEN_THAT.test(sentence.slice(vEnd))) continue;
      if (/^describ/u.test(m[0]) && describesWithoutClaim(sentence, m[0], vStart, vEnd, adjacent ? prev : undefined)) continue;
      const leftEnd = trimFillersLeft(sentence, vStart, c);
      const leftTrim = sentence.slice(0, leftEnd);
      if (leftTrim.trim() === '') continue; // sentence-initial "Reports suggest": a noun, handled as a hedge
      let inverted = QUOTE_OR_COMMA_BEFORE.test(leftTrim) && !ADDRESSEE_VERBS.has(m[0]);
      // "The plan, says Jane Doe, is too costly": a speaker set off by commas after the verb, right after the
      // sentence's opening phrase, is an incise, whatever that phrase.
      const incise = inverted && /,\s*$/.test(leftTrim) && segmentStart(sentence, leftTrim.lastIndexOf(',')) === 0 && SPEAKER_INCISE_AFTER.test(sentence.slice(vEnd));
      // ("Le trafic reprendra lundi, a indiqué la SNCF.": a short opening clause, then a verb and a short noun phrase
      // closing the sentence, is a tag; a subject is never cut from its verb by a comma.)
      if (inverted && !incise && /,\s*$/.test(leftTrim) && isApposition(sentence, leftTrim.lastIndexOf(','), c) && !(segmentStart(sentence, leftTrim.lastIndexOf(',')) === 0 && isClosingTag(sentence, vStart, vEnd, c))) inverted = false;
      if (inverted) {
        const f = invertedFrame(sentence, vStart, vEnd, c);
        if (f) {
          out.push(f);
          continue;
        }
        if (!/,\s*$/.test(leftTrim)) continue;
      }
      const tail = sentence.slice(vEnd);
      let clause = needsClause && hasClauseComplement(sentence, vEnd, c);
      // "The study found little or no effect": research states its findings with a plain object too.
      if (needsClause && !clause && FINDING_VERB.test(m[0]) && researchFinds(sentence, leftEnd, c)) clause = true;
      if (needsClause && !clause && !PP_TAIL_TO_END.test(tail)) continue;
      // ("Researchers at Radboud University reported a 17% decline": research reports findings, not events.)
      if (!needsClause && /^(?:report|confirm)/iu.test(m[0]) && hasEventObject(sentence, vEnd, c) && !researchSpeaks(sentence, leftEnd, c)) continue;
      if (/^rapport/u.test(m[0]) && /^\s+(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|\d)/u.test(sentence.slice(vEnd))) continue;
      const subjEnd = /,\s*$/.test(leftTrim) ? leftTrim.lastIndexOf(',') : leftEnd;
      // "La société emploie 85 personnes et revendique ...": the subject is the clause's opening noun phrase.
      const coordinatedVerb = /\s(?:et|and)\s*$/u.test(leftTrim);
      // "La start-up développe un logiciel qui transcrit et résume": the "et" joins a relative's verbs.
      if (coordinatedVerb && RELATIVE_WORD.test(leftTrim.slice(segmentStart(sentence, subjEnd)))) continue;
      const coordinated = coordinatedVerb ? openingNounPhrase(sentence, segmentStart(sentence, subjEnd), subjEnd) : undefined;
      const opening = coordinated ? analyzeSource(sentence, coordinated.from, coordinated.to, c) : undefined;
      const subj = coordinated && opening && opening.reading !== 'unknown' ? { a: opening, from: coordinated.from } : leftSubject(sentence, subjEnd, c);
      if (!subj) continue;
      const cueStart = subj.from >= vStart - 90 ? subj.from : vStart;
      // "..., his spokesman said." A tag that closes the sentence frames all of it, like an inverted one.
      const closingTag = QUOTE_OR_COMMA_BEFORE.test(sentence.slice(0, subj.from)) && (SENTENCE_END_AFTER.test(tail) || PP_TAIL_TO_END.test(tail));
      // A clause verb with no clause counts only as a tag that closes the sentence ("..., Altman wrote on X.").
      if (needsClause && !clause && !closingTag) continue;
      const f = frameFrom(subj.a, 'subject', closingTag, span(sentence, cueStart, vEnd), vStart);
      if (f) out.push(f);
    }
  }
  return out;
}

/** "told a customer to cancel", "tells staff to stay home": an addressee (a pronoun or a noun of one or two words), then an infinitive. */
// (Not "told us newsrooms need to", a clause; not "told him to expect "a long sentence"", a quoted claim.)
const TOLD_TO_DO = /^\s+(?:him|her|them|us|me|you|(?:(?:the|a|an|his|its|their|our|some|all|several|one)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+to\s+(?!the\s|a\s|an\s)\p{L}+(?![^.;]*["“«])/u;
const FINDING_VERB = /^(?:found|finds|showed|shows)$/u;
/** "found in June that", "found in early 2024 that": a time before the finding's clause. */
const FINDING_TIME_THEN_THAT = /^\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|spring|summer|autumn|fall|winter)(?:\s+\d{4})?\s+that\s/iu;
const RELATIVE_WORD = /(?<![\p{L}])(?:qui|que|qu['’]|which|who|that)\s/iu;
/** "it was reported ... by The Verge", "rapporté par Reuters": the agent of a passive report verb. */
function passiveAgentFrame(sentence: string, vEnd: number, c: CompiledLexicon, vStart: number): AttributionFrame | undefined {
  const window = sentence.slice(vEnd, Math.min(sentence.length, vEnd + 60));
  const by = /\b(?:by|par)\s+/iu.exec(window);
  if (!by) return undefined;
  const sStart = vEnd + by.index + by[0].length;
  const sEnd = objectEnd(sentence, sStart, 8);
  const a = analyzeSource(sentence, sStart, sEnd, c);
  if (a.reading !== 'named') return undefined;
  return frameFrom(a, 'passive', false, span(sentence, vStart, sEnd), vStart);
}

/** A quotation whose words cannot frame the sentence: guillemets or curly quotes around three characters or more. */
const FRAME_QUOTATION = /«[^»]{3,}»|“[^”]{3,}”/gu;

/** Every attribution frame of the sentence, in reading order of their cues. */
export function findAttributionFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const preps = prepositionFrames(sentence, c);
  // "comme l'a indiqué Météo-France": the verb of a framing phrase has its subject after it, read there.
  const verbs = verbFrames(sentence, c).filter((f) => !preps.some((p) => f.anchor >= p.cue.start && f.anchor < p.cue.end));
  const frames = [
    ...preps,
    ...verbs,
    ...learnedFrames(sentence, c),
    ...quoteTagFrames(sentence, c),
    ...participleFrames(sentence, c),
    ...pourFrame(sentence, c),
  ];
  const container = containerFrame(sentence, c);
  if (container) frames.push(container);
  // A frame inside a quotation belongs to the quoted speaker's words ("« il apprend des régularités »,
  // a plaidé l'avocat"), unless the whole sentence is the quotation.
  const quoted = partQuotations(sentence, FRAME_QUOTATION);
  const inQuote = (pos: number): boolean => quoted.some(([a, b]) => pos > a && pos < b);
  // A subject read from inside the quotation is none either ("« ..., mais on met des années », résume-t-elle").
  const kept = quoted.length === 0 ? frames : frames.filter((f) => !inQuote(f.anchor) && !inQuote(f.cue.start));
  return kept.sort((x, y) => x.cue.start - y.cue.start);
}
