/**
 * Finds the frames that attribute a sentence to someone: "according to X" / "selon X", "X said" /
 * "X a déclaré", inverted "..., said X" / "..., précise le rapport", "X has learned" / "a appris X",
 * passive "it was reported ... by X", and opening containers ("In a Bloomberg story, ...").
 * Each frame says whether its source is named or anonymous; the classifier decides which one rules.
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { fold, lastWordBefore, lower, lowerPart, partQuotations, span } from './phrase-pattern';
import { analyzeSource, tokenize, type SourceAnalysis, type Token } from './source-phrase';

/** One attribution found in a sentence. */
export interface AttributionFrame {
  kind: 'named' | 'anonymous';
  /** What shaped the frame: a preposition, a subject + verb, a "has learned" verb, a passive agent, a container. */
  type: 'prep' | 'subject' | 'learned' | 'passive' | 'container';
  /** True when the subject follows its verb ("..., said a person familiar"), which frames the whole sentence. */
  inverted: boolean;
  cue: CueSpan;
  /** Offset of the verb or preposition that makes the frame (for "is it inside a hedge?" checks). */
  anchor: number;
  source?: string;
  /** The source is a pointer ("le rapport", "he") that an earlier named source can complete. */
  needsContext?: boolean;
}

const SEGMENT_BREAK = /[,;:«»"“”()\[\]—–]/u;
const OBJECT_END = /[,;:.!?—–]|\s[-–]\s/u;
const QUOTE_OR_COMMA_BEFORE = /[,«»"“”:—–]\s*$/u;
const SENTENCE_END_AFTER = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+\w+|in\s+a\s+statement))?\s*[.!]?["”’»]?\s*$/iu;
/** A short prepositional tail that closes the sentence after a tag verb: "..., Altman wrote on X." */
const PP_TAIL_TO_END = /^\s+(?:on|in|at|to|during|via|from|over|sur|dans|à|au|lors)\s+[^,;:.!?"“”«»]{1,60}[.!]?["”’»]?\s*$/iu;
/** Negation right before a reporting verb: "did not say how", "n'a pas précisé" attribute no claim. */
const WRITER_READING = new Set(['effectively', 'tacitly', 'implicitly', 'implicitement', 'tacitement', 'de facto']);
const NEGATION_BEFORE = /^(?:not|never|n['’]t|pas|jamais|plus|ni|neither|nor|non)$|n['’]t$/u;
/** Clause markers that are also plural nouns: right after a reporting verb they are its object ("announced plans"). */
const NOUN_LIKE_MARKERS: ReadonlySet<string> = new Set(['plans', 'aims', 'needs', 'wants', 'remains', 'expects']);
/** Verbs whose following noun is their addressee, never an inverted subject: "..., told Wired that". */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells']);
/** "Dans son entourage,", "chez Renault,", "côté syndical,": where an unnamed "on" stands. */
const ENTOURAGE_BEFORE = /(?:dans\s+(?:son|leur|l['’]|cet|ce)\s*entourage|chez\s+\p{Lu}[\p{L}-]*|du\s+côté\s+d|côté\s+\p{Ll}+)[^.;]{0,60}$/iu;
/** A French verb's direct object after an optional time phrase: "en mars la suppression", "jeudi le lancement". */
const FR_EVENT_OBJECT = /^\s+(?:(?:en\s+\p{Ll}+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi\s+soir|cette\s+semaine|le\s+\d{1,2}(?:er)?\s+\p{Ll}+)\s+)?(?:la|le|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*(?!(?:intention|volonté|souhait|désir|refus|opposition|soutien)s?(?![\p{L}]))\p{Ll}/u;
/** "when it", "whether they", "comment il": a pronoun that opens an indirect question. */
const EMBEDDED_QUESTION_BEFORE = /(?<![\p{L}])(?:said|say|says|disclosed|disclose|specified|specify|explained|explain|know|knows|revealed|indicated|précisé|dit|indiqué|expliqué|sait|savoir)\s+(?:\p{L}+\s+)?(?:when|whether|how|why|where|what|if|quand|comment|pourquoi|où|si)\s+$/iu;
/** A determiner and a lower-case noun right before a participle: "le prix évoqué", "les montants annoncés". */
const FR_NOUN_THEN_PARTICIPLE = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*\p{Ll}[\p{Ll}-]+\s+$/u;
/** First-person subjects: with them a reporting verb is the writer's own stance (opinion-markers.ts). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'je', 'j', 'nous']);

/** Verb forms that are also plural nouns: "weather forecasts", "expense reports", "release notes". */
const AMBIGUOUS_NOUN_VERBS: ReadonlySet<string> = new Set(['dispute', 'disputes', 'forecasts', 'forecast', 'reports', 'claims', 'claim', 'notes', 'estimates', 'states', 'says', 'projects', 'shares', 'posts']);
// ", Izuku mumbled" / "!” All For One laid out": a name and a lower-case verb right after a closing quote.
const QUOTE_TAG_RE = /[,!?…]\s*["”]\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}/gu;
const INVERTED_PRONOUN = /-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)$/iu;

function frameFrom(
  a: SourceAnalysis,
  type: AttributionFrame['type'],
  inverted: boolean,
  cue: CueSpan,
  anchor: number,
): AttributionFrame | undefined {
  if (a.reading !== 'named' && a.reading !== 'anonymous') return undefined;
  const f: AttributionFrame = { kind: a.reading, type, inverted, cue, anchor };
  if (a.name !== undefined) f.source = a.name;
  if (a.needsContext) f.needsContext = true;
  return f;
}

/** "Robert M. Danin": a single capital letter and a period inside a name, followed by a capitalised word. */
function isInitial(sentence: string, dot: number): boolean {
  return /(?:^|\s)\p{Lu}$/u.test(sentence.slice(Math.max(0, dot - 2), dot)) && /^\s\p{Lu}/u.test(sentence.slice(dot + 1, dot + 3));
}

/** End offset of a source object that starts at `from`: the next clause punctuation, keeping "(...)". */
function objectEnd(sentence: string, from: number, maxWords = 12): number {
  let depth = 0;
  let words = 0;
  for (let i = from; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && OBJECT_END.test(ch) && !(ch === '.' && (/\p{L}/u.test(sentence[i + 1] ?? '') || isInitial(sentence, i)))) return i;
    if (ch === ' ' && /\S/.test(sentence[i + 1] ?? '')) {
      words++;
      if (words >= maxWords) return i;
    }
  }
  return sentence.length;
}

/** "according to X", "selon X", "d'après X", "per X": the object names or hides the source. */
function prepositionFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const out: AttributionFrame[] = [];
  c.prepositions.lastIndex = 0;
  const low = lower(sentence);
  let m: RegExpExecArray | null;
  while ((m = c.prepositions.exec(low)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // "BPM (Beats Per Minute)": a capitalised preposition inside a sentence belongs to a title or name.
    if (start > 0 && /^\p{Lu}/u.test(sentence[start]!) && !/[.!?:;"“«(]\s*$/u.test(sentence.slice(Math.max(0, start - 3), start))) continue;
    const objStart = end + (/^\s*/.exec(sentence.slice(end))?.[0].length ?? 0);
    const objEndPos = objectEnd(sentence, objStart);
    const obj = tokenize(sentence, objStart, objEndPos);
    if (obj.length === 0) continue;
    // "Les tarifs varient selon les opérateurs", "selon les arrivages": "selon" as "depending on".
    if (fold(m[0]) === 'selon' && (DEPENDING_ON_OBJECT.test(sentence.slice(objStart, objEndPos)) || VARIES_BEFORE.test(sentence.slice(segmentStart(sentence, start), start)))) continue;
    if (fold(m[0]) === 'per' && !/^(?:\p{Lu}|a\b|an\b|the\b|multiple\b|several\b|unnamed\b|sources\b|people\b|reports?\b|its\b|his\b|her\b|their\b)/u.test(obj[0]!.text)) continue;
    let a = analyzeSource(sentence, objStart, objEndPos, c);
    // "according to figures published by the company", "selon des chiffres publiés par l'Insee": the agent speaks.
    const agent = AGENT_OF_OBJECT.exec(sentence.slice(objStart, objEndPos));
    if ((a.reading === 'unknown' || a.reading === 'none') && agent) {
      const at = objStart + agent.index + agent[0].length;
      const byAgent = analyzeSource(sentence, at, objEndPos, c);
      if (byAgent.reading === 'named') a = byAgent;
    }
    // "according to a securities filing", "d'après une plainte": an official document speaks for its author.
    // Bare plurals too ("according to company accounts", "selon des documents judiciaires"), unless leaked.
    if (a.reading !== 'named' && /^(?:a|an|une?|des|\p{Ll}+)$/u.test(obj[0]!.text) && isOfficialDocument(lowerPart(sentence.slice(objStart, objEndPos)), c)) {
      a = { reading: 'named', name: sentence.slice(objStart, obj[obj.length - 1]!.end) };
    }
    const f = frameFrom(a, 'prep', false, span(sentence, start, Math.min(objEndPos, obj[obj.length - 1]!.end)), start);
    if (f) out.push(f);
  }
  return out;
}

/** What only varies "selon" something, never speaks: "selon les cas", "selon les arrivages". */
const DEPENDING_ON_OBJECT = /^(?:le|la|les|l['’])\s*(?:cas|besoins?|arrivages|circonstances|saisons?|humeur)(?![\p{L}])/iu;
/** A verb of variation earlier in the clause: "change chaque semaine selon", "les prix varient selon". */
const VARIES_BEFORE = /(?<![\p{L}])(?:vari|chang|dépend|diff[èé]r|évolu|fluctu|oscill|modul|s['’]adapt)\p{L}*\s+(?:[^\s,;:]+\s+){0,4}$/iu;

/** "figures published by", "données compilées par": a document's agent, who is then the source. */
const AGENT_OF_OBJECT = /(?<![\p{L}])(?:published|released|compiled|provided|issued|filed|gathered|collected|produced|commissioned|conducted|publiée?s?|compilée?s?|fournie?s?|communiquée?s?|diffusée?s?|réalisée?s?)\s+(?:by|par)\s+/u;

/** Official documents that speak for their author even with an indefinite article or none. */
const OFFICIAL_DOCUMENTS = /(?<![\p{L}])(?:(?:hospital|official|government|company|police|census|federal|state|city|industry)\s+(?:figures|data|statistics|records)|police report|rapport de police|procès-verbal|présentation aux investisseurs|présentation de l['’]entreprise|investor presentation|filings?|lawsuit|complaint|ruling|court documents|court papers|court records|public records|company records|company accounts|annual accounts|financial statements|annual report|prospectus|indictment|press release|transcript|plainte|jugement|arrêt|décision de justice|documents judiciaires|comptes annuels|communiqué|dépôt)(?![\p{L}])/u;

/** An official document as the object of "according to", and not a leaked or internal one (those are rumor). */
function isOfficialDocument(object: string, c: CompiledLexicon): boolean {
  if (!OFFICIAL_DOCUMENTS.test(object)) return false;
  c.anonymousPhrases.lastIndex = 0;
  return !c.anonymousPhrases.test(object);
}

/** Participle tags after a main clause: "Google disputed the claim, saying ...", "..., (tout en) estimant que". */
const PARTICIPLE_TAG: Record<'en' | 'fr', RegExp> = {
  en: /,\s+(?:saying|arguing|insisting|claiming|calling|(?:adding|noting|warning|explaining|acknowledging|stressing|finding|ruling|concluding|writing|stating|telling\s+\p{L}+)\s+that)(?![\p{L}])/giu,
  fr: /,\s+(?:(?:tout\s+)?en\s+)?(?:estimant|jugeant|expliquant|affirmant|assurant|précisant|soulignant|indiquant|ajoutant|arguant|rappelant|évoquant|dénonçant|(?:convaincue?s?|persuadée?s?)\s+qu(?:e\s|['’])|(?:tout\s+en\s+)?appelant\s+à)(?![\p{L}])/giu,
};

/** The subject of the main clause speaks through a participle tag: the sentence's first noun phrase. */
function participleFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const re = PARTICIPLE_TAG[c.lang];
  re.lastIndex = 0;
  const m = re.exec(sentence);
  if (!m) return [];
  // The main clause's subject: the opening segment, or the next one after a short adverbial ("Earlier Saturday, Yoon ...").
  let from = 0;
  for (let tries = 0; tries < 2 && from < m.index; tries++) {
    const breakAt = sentence.slice(from, m.index).search(SEGMENT_BREAK);
    const segEnd = breakAt < 0 ? m.index : from + breakAt;
    const toks = tokenize(sentence, from, segEnd);
    // "She dismissed a claim under the Copyright Act, finding that": the pronoun, not a name in the object.
    const lead = toks[0];
    // "L'agence Fitch a maintenu la note de la France, tout en jugeant": in a whole clause, its opening noun phrase.
    const opening = !lead || c.pronouns.has(lead.lower) || toks.length <= 4 ? undefined : withNounTail(toks, openingNounPhrase(sentence, from, segEnd));
    const openingReading = opening ? analyzeSource(sentence, opening.from, opening.to, c) : undefined;
    const a = lead && c.pronouns.has(lead.lower) ? analyzeSource(sentence, lead.start, lead.end, c) : openingReading && openingReading.reading !== 'unknown' ? openingReading : analyzeSource(sentence, from, segEnd, c);
    if (a.reading !== 'unknown' || toks.length > 4) return frameFromList(a, span(sentence, m.index, m.index + m[0].length), m.index);
    from = segEnd + 1;
  }
  return [];
}

// Words that end a subject noun phrase: auxiliaries, modals, determiners, conjunctions.
const NOUN_TAIL_STOP = /^(?:would|will|could|can|may|might|should|must|has|have|had|is|was|are|were|does|did|do|not|a|an|the|and|or|but|est|ont|a|le|la|les|de|du|des|et|ou|ne|n|se|s|qui|that|which|who)$/u;

/** "The Russian space agency would": a determiner + capitalised adjective phrase continues through its lower-case nouns. */
function withNounTail(toks: readonly Token[], np: { from: number; to: number } | undefined): { from: number; to: number } | undefined {
  if (!np || !/^(?:the|le|la|l)$/u.test(toks[0]!.lower)) return np;
  let i = toks.findIndex((t) => t.end === np.to);
  if (i < 0 || !/^\p{Lu}/u.test(toks[i]!.text)) return np;
  let to = np.to;
  for (let k = 0; k < 3 && ++i < toks.length; k++) {
    const t = toks[i]!;
    if (!/^\p{Ll}/u.test(t.text) || NOUN_TAIL_STOP.test(t.lower) || /(?:ed|ée?s?|é)$/u.test(t.lower)) break;
    to = t.end;
  }
  return { from: np.from, to };
}

function frameFromList(a: SourceAnalysis, cue: CueSpan, anchor: number): AttributionFrame[] {
  const f = frameFrom(a, 'subject', true, cue, anchor);
  return f ? [f] : [];
}

/** "Pour Jensen Huang, le patron de Nvidia, ...": in French, a named person or body opening the sentence with "pour" frames it. */
function pourFrame(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  if (c.lang !== 'fr') return [];
  const m = /^\s*pour\s+/iu.exec(sentence);
  if (!m) return [];
  const end = sentence.indexOf(',', m[0].length);
  if (end < 0) return [];
  if (/^,\s*qui\s/u.test(sentence.slice(end))) return []; // "Pour l'Europe, qui ne pèse plus ...": a topic
  const a = analyzeSource(sentence, m[0].length, end, c);
  if (a.reading !== 'named') return [];
  // "Pour la ministre," names a role; "Pour la première fois," names nothing.
  c.sourceNouns.lastIndex = 0;
  if (a.needsContext && !c.sourceNouns.test(lowerPart(sentence.slice(m[0].length, end)))) return [];
  return frameFromList(a, span(sentence, m.index, end), m.index);
}

/** Index of the first token after `pos` that is not a filler (time words, adverbs), or -1. */
function nextContentToken(tokens: readonly Token[], c: CompiledLexicon, maxSkip = 4): number {
  let skipped = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((c.fillers.has(t.lower) || /^\d+$/.test(t.text)) && skipped < maxSkip) {
      skipped++;
      continue;
    }
    return i;
  }
  return -1;
}

const TIME_INCISE_THEN_OBJECT = /^\s*,\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on\s+\p{L}+day|last\s+\p{L}+|earlier\s+this\s+\p{L}+)[^,]{0,30}|le\s+\d[^,]{0,20}|\d[^,]{0,20}),\s*(?:un|une|le|la|les|des|a|an|the|its|son|sa|ses|leur|their)\s/iu;

/** "n'a publié", "ne publie" right before the verb's end, with no "pas"/"jamais": the first half of "ne ... que". */
const RESTRICTIVE_NE_BEFORE = /(?<![\p{L}])n(?:e\s+|['’])(?:(?!(?:pas|jamais|plus|guère|point|rien)\s)\p{L}+\s+){0,2}\p{L}+$/iu;

/** For a verb that reports only with a clause: does a claim clause (or an inverted subject) follow? */
function hasClauseComplement(sentence: string, vEnd: number, c: CompiledLexicon): boolean {
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
  // "a annoncé par avance qu'il", "announced last night that": a short adverbial before the clause.
  for (let i = first + 1; i < Math.min(toks.length, first + 4); i++) {
    if (/[,;:.]/.test(sentence.slice(toks[i - 1]!.end, toks[i]!.start))) break;
    if (/^(?:that|que|qu)$/.test(toks[i]!.lower)) return true;
  }
  if (toks.slice(first, first + 4).some((t) => c.eventObjectNouns.has(t.lower))) return false;
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

/** "Samsung reported an operating profit ...": a results/product object makes the verb an event. */
function hasEventObject(sentence: string, vEnd: number, c: CompiledLexicon): boolean {
  const toks = tokenize(sentence, vEnd, Math.min(sentence.length, vEnd + 60));
  const first = nextContentToken(toks, c, 2);
  if (first < 0) return false;
  if (!c.lex.attribution.objectMarkers.includes(toks[first]!.lower) && !c.eventObjectNouns.has(toks[first]!.lower)) return false;
  return toks.slice(first, first + 4).some((t) => c.eventObjectNouns.has(t.lower));
}

/** Strips trailing fillers ("has also", "a", "ne", "today") from the text left of a verb; returns the new end. */
function trimFillersLeft(sentence: string, end: number, c: CompiledLexicon): number {
  for (;;) {
    const w = lastWordBefore(sentence, end);
    if (!w || !c.fillers.has(fold(sentence.slice(w.start, w.end)))) return end;
    end = w.start;
  }
}

/** Start of the comma/quote-delimited segment that ends at `end`. */
function segmentStart(sentence: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    // "40,000 employees": a comma between digits groups thousands, it does not end a segment.
    if (sentence[i] === ',' && /\d/u.test(sentence[i - 1] ?? '') && /\d/u.test(sentence[i + 1] ?? '')) continue;
    if (SEGMENT_BREAK.test(sentence[i]!)) return i + 1;
  }
  return 0;
}

/** "a Madrid-based operator with 40,000 employees": an indefinite description, the apposition of a name before it. */
const INDEFINITE_DESCRIPTION = /^\s*(?:an?|un|une)\s/iu;

/**
 * A segment that describes rather than names: an indefinite description ("a Madrid-based operator"),
 * or one opening with a lower-case word that names nobody ("premier syndicat du second degré",
 * "l'un des leaders européens"). A definite noun phrase that names ("le groupe") stays a subject.
 */
function isDescription(segment: string, reading: SourceAnalysis): boolean {
  if (INDEFINITE_DESCRIPTION.test(segment)) return true;
  return reading.reading !== 'named' && /^\s*(?:l['’])?\p{Ll}[\p{L}'’-]*\s+\S/u.test(segment);
}

/** The named subject of a short segment right before the comma at `comma`, if the segment is only that name. */
function namedBeforeApposition(sentence: string, comma: number, c: CompiledLexicon): { a: SourceAnalysis; from: number } | undefined {
  const prevStart = segmentStart(sentence, comma);
  if (prevStart > 0 && !/[,(]/u.test(sentence[prevStart - 1]!)) return undefined;
  const toks = tokenize(sentence, prevStart, comma);
  // Only a proper name: capitalised words, with "the", "of", "de"... ("Somewhat unexpectedly" is no name).
  if (toks.length === 0 || toks.length > 4 || toks.some((t) => !/^\p{Lu}/u.test(t.text) && !/^(?:the|of|de|du|des|la|le|l|d)$/u.test(t.lower))) return undefined;
  // "À Bruxelles, on évoque", "Frankly, nobody ...": a capitalised preposition or adverb opens no name.
  if (c.notNameStarts.has(toks[0]!.lower) || (toks.length === 1 && /ly$/u.test(toks[0]!.lower))) return undefined;
  const named = analyzeSource(sentence, prevStart, comma, c);
  return named.reading === 'named' ? { a: named, from: prevStart } : undefined;
}

// An unnamed person by role ("a lawyer at Datenwacht"), which after a name is its apposition.
const PERSON_ROLE = /^(?:an?|un|une)\s+(?:[\p{L}-]+\s+){0,2}?(?:lawyer|analyst|banker|investor|adviser|advisor|researcher|professor|economist|engineer|executive|partner|director|member|avocate?|analyste|banquier|chercheur|chercheuse|professeure?|économiste|ingénieure?|dirigeante?|membre|conseill(?:er|ère)|doctor|gp|nurse|teacher|resident|worker|employee|official|witness|neighbou?r|médecin|infirmière|enseignante?|habitante?|salariée?|riveraine?|témoin)(?![\p{L}])/iu;

/**
 * Reads the subject left of a verb: the last comma-delimited segment, or earlier ones when that
 * segment is a participle/relative incise ("interrogées par Forbes", "who co-leads ...") or names nobody.
 */
function leftSubject(sentence: string, end: number, c: CompiledLexicon): { a: SourceAnalysis; from: number } | undefined {
  let segEnd = end;
  for (let attempt = 0; attempt < 4 && segEnd > 0; attempt++) {
    const segStart = segmentStart(sentence, segEnd);
    const toks = tokenize(sentence, segStart, segEnd);
    const first = toks[0];
    const incise = first !== undefined && c.headBreakers.has(first.lower);
    if (incise) {
      c.anonymousPhrases.lastIndex = 0;
      if (c.anonymousPhrases.test(lowerPart(sentence.slice(segStart, segEnd)))) return { a: { reading: 'anonymous' }, from: segStart };
      // "Plusieurs associations, dont la Confédération nationale du logement, ont salué": a named member speaks too.
      if (/^(?:dont|including|notamment)$/u.test(first.lower)) {
        const member = analyzeSource(sentence, toks[1]?.start ?? segEnd, segEnd, c);
        if (member.reading === 'named' && !member.needsContext) return { a: member, from: segStart };
      }
    }
    if (toks.length > 0 && !incise) {
      const from = toks.length > 10 ? toks[toks.length - 10]!.start : first!.start;
      const a = analyzeSource(sentence, from, segEnd, c);
      // "Voxaro, a Madrid-based operator with 40,000 employees, said", "Le SNES-FSU, premier syndicat du
      // second degré, dénonce": a description after a name is the name's apposition.
      if (segStart > 0 && isDescription(sentence.slice(segStart, segEnd), a)) {
        const named = namedBeforeApposition(sentence, segStart - 1, c);
        if (named) return named;
      }
      // "Lena Hartmann, a lawyer at Datenwacht, said": the role is an apposition to the name before it.
      if (a.reading === 'anonymous' && segStart > 0 && PERSON_ROLE.test(sentence.slice(from, segEnd))) {
        const prevStart = segmentStart(sentence, segStart - 1);
        const named = analyzeSource(sentence, prevStart, segStart - 1, c);
        if (named.reading === 'named' && tokenize(sentence, prevStart, segStart - 1).length <= 4) return { a: named, from: prevStart };
      }
      if (a.reading !== 'unknown') return { a, from };
      // "..., a local GP told the Gazette": a person by role, whom nobody names.
      if (toks.length <= 4 && PERSON_ROLE.test(sentence.slice(from, segEnd).trimStart())) return { a: { reading: 'anonymous' }, from };
      if (toks.length > 4) return undefined; // a full clause that names nobody
    }
    if (segStart === 0) return undefined;
    segEnd = segStart - 1;
  }
  return undefined;
}

/** The opening noun phrase of a clause: a determiner and its noun, or a run of capitalised words. */
function openingNounPhrase(sentence: string, from: number, to: number): { from: number; to: number } | undefined {
  const toks = tokenize(sentence, from, to);
  if (toks.length === 0) return undefined;
  let n = /^\p{Lu}/u.test(toks[0]!.text) && !/^(?:the|a|an|le|la|les|l|un|une|ce|cette|son|sa|ses)$/u.test(toks[0]!.lower) ? 1 : 2;
  while (n < toks.length && /^\p{Lu}/u.test(toks[n]!.text)) n++;
  return { from: toks[0]!.start, to: toks[Math.min(n, toks.length) - 1]!.end };
}

/**
 * After "X, " the verb is inverted ("..., said a person familiar") unless X is a short apposition
 * ("Bill Dally, Nvidia's chief scientist, said"; "Le dirigeant du groupe, Jensen Huang, a salué").
 */
function isApposition(sentence: string, commaPos: number, c: CompiledLexicon): boolean {
  const segStart = segmentStart(sentence, commaPos);
  const toks = tokenize(sentence, segStart, commaPos);
  if (toks.length === 0) return false;
  const openedByComma = segStart > 0 && /[,(]/.test(sentence[segStart - 1]!);
  const shortOpening = segStart === 0 && toks.length <= 4;
  if (!openedByComma && !shortOpening) return false;
  // The segment's reading, read once and only when a test below needs it.
  let read: SourceAnalysis | undefined;
  const reading = (): SourceAnalysis => (read ??= analyzeSource(sentence, toks[0]!.start, commaPos, c));
  // "Dr. Carlos Mendes, a reef scientist at the University of Miami who was not involved, said": however long.
  if (openedByComma && isDescription(sentence.slice(segStart, commaPos), reading()) && namedBeforeApposition(sentence, segStart - 1, c)) return true;
  if (toks.length > 8) return false;
  const first = toks[0]!;
  if (c.headBreakers.has(first.lower)) return true; // ", interrogées par Forbes, ont laissé entendre"
  return reading().reading !== 'unknown';
}

const UNNAMED_PERSON = /^(?:(?:un|une|a|an)\s+\p{Ll}|(?:l['’]|le\s+|la\s+|the\s+)[\p{L}-]+\s+(?:d['’]une?|of\s+an?|at\s+an?)\s+\p{Ll})/u;
const ANONYMITY_AFTER = /^[^.;]{0,20}?(?:taire son nom|pas être nommée?|garder l['’]anonymat|requis l['’]anonymat|sous couvert d['’]anonymat|gardé l['’]anonymat|asked not to be (?:named|identified)|requested anonymity|on condition of anonymity|declined to be (?:named|identified))/iu;
const ADDRESSEE_BEFORE_SUBJECT = /^\s+(?:à\s+l['’]|à\s+la\s+|à\s+|au\s+|aux\s+)(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*(?=\s+(?:son|sa|ses|leur|le|la|les|l['’]|un|une|\p{Lu}))/u;

// ", says Jane Doe, is": one to five words after the verb, closed by a comma.
const SPEAKER_INCISE_AFTER = /^\s+(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+\s*,/u;
const INDIRECT_QUESTION_WORD = /^(?:why|how|what|when|where|whether|who|pourquoi|comment|quand|où)$/u;

/** "..., said a person familiar with the matter" / "», indique Jensen Huang": the subject follows the verb. */
function invertedFrame(sentence: string, vStart: number, vEnd: number, c: CompiledLexicon): AttributionFrame | undefined {
  // "a déclaré à l'AFP son cofondateur", "a assuré au Figaro la directrice": the addressee is no speaker.
  const addressee = ADDRESSEE_BEFORE_SUBJECT.exec(sentence.slice(vEnd));
  if (addressee) vEnd += addressee[0].length;
  const afterToks = tokenize(sentence, vEnd, Math.min(sentence.length, vEnd + 160));
  const first = nextContentToken(afterToks, c, 3);
  if (first < 0) return undefined;
  const sStart = afterToks[first]!.start;
  if (/[,;:]/.test(sentence.slice(vEnd, sStart))) return undefined;
  // "..., explains why the rules matter": a verb followed by a question word has its subject before it.
  if (INDIRECT_QUESTION_WORD.test(afterToks[first]!.lower)) return undefined;
  const sEnd = objectEnd(sentence, sStart, 10);
  let a = analyzeSource(sentence, sStart, sEnd, c);
  // "..., a déclaré le directeur d'une start-up, qui a requis l'anonymat": the speaker asked not to be named.
  if (a.reading !== 'anonymous' && ANONYMITY_AFTER.test(sentence.slice(sEnd, sEnd + 80))) a = { reading: 'anonymous' };
  // "», confie une manipulatrice radio", "», glisse l'associé d'un fonds concurrent": a person nobody names.
  if (a.reading !== 'anonymous' && /[»”"]\s*,\s*$/u.test(sentence.slice(Math.max(0, vStart - 4), vStart))) {
    const subj = sentence.slice(sStart, sEnd);
    if (UNNAMED_PERSON.test(subj) && !/[\s'’]\p{Lu}/u.test(subj)) a = { reading: 'anonymous' };
  }
  const lastTok = tokenize(sentence, sStart, sEnd).pop();
  return frameFrom(a, 'subject', true, span(sentence, vStart, lastTok ? lastTok.end : vEnd), vStart);
}

/** Subject + reporting verb frames, plain ("Reuters reported") or inverted ("..., indique Jensen Huang"). */
function verbFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const out: AttributionFrame[] = [];
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
      if (adjacent && (nounMarkers.includes(prev.lower) || nounMarkers.includes(prev.lower + "'")) && !(prev.lower === 'earlier' && /ed$/u.test(m[0]))) continue;
      if (adjacent && passive.includes(prev.lower)) {
        const pf = needsClause ? undefined : passiveAgentFrame(sentence, vEnd, c, vStart);
        if (pf) out.push(pf);
        continue;
      }
      // "The ruling says more about the court than ...": the writer's inference about a thing, not speech.
      // "... but they tell buyers little about ...": the same with an addressee.
      if (/^(?:says?|tells?)$/u.test(m[0]) && /^\s+(?:(?!that\s)\p{L}+\s+)?(?:more|less|little|nothing|a\s+lot|much|something|everything|plenty)\s+about(?![\p{L}])/iu.test(sentence.slice(vEnd))) continue;
      // "Beijing has responded by pouring state funds": a reply in deeds, not in words.
      if (/^(?:responded|replied|countered|reacted)$/u.test(m[0]) && /^\s+by\s+\p{L}+ing(?![\p{L}])/iu.test(sentence.slice(vEnd))) continue;
      // "Chaque réunion se conclut par ...": a reflexive verb of events, not of speech.
      if (adjacent && /^(?:se|s)$/u.test(prev.lower) && !/^s/u.test(m[0])) continue;
      // "Il se dit que ...": impersonal hearsay (a rumor cue), not a speaker.
      if (/^se\s/u.test(m[0]) && adjacent && /^il$/u.test(prev.lower)) continue;
      // "has effectively admitted", "a implicitement reconnu": the writer's reading of what someone did.
      if (adjacent && WRITER_READING.has(prev.lower)) continue;
      const pronounInVerb = INVERTED_PRONOUN.exec(m[0]);
      if (pronounInVerb) {
        const pron = pronounInVerb[1] ?? pronounInVerb[2] ?? '';
        // "glisse-t-on dans l'entourage du ministre": "on" names nobody.
        if (pron.toLowerCase() === 'on') {
          out.push({ kind: 'anonymous', type: 'subject', inverted: true, cue: span(sentence, vStart, vEnd), anchor: vStart });
          continue;
        }
        out.push({ kind: 'named', type: 'subject', inverted: true, cue: span(sentence, vStart, vEnd), anchor: vStart, source: pron, needsContext: true });
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
      // ", called Energy Control, which ...": a participle naming, cut by a comma before the quote.
      if (/^call/u.test(m[0]) && (/-$/u.test(sentence.slice(0, vStart)) || /^call(?:ed|s)\s+["“]$/u.test(m[0]) || m[0].includes(','))) continue;
      // "a shortage blamed on data centres": right before "on"/"for", "blamed" is a passive participle.
      if (/^blame[ds]?$/u.test(m[0]) && (!/^\s+[^,.;:]{1,80}?\s(?:for|on)\s/u.test(sentence.slice(vEnd)) || /^\s+(?:for|on)\s/u.test(sentence.slice(vEnd)))) continue;
      // "a annoncé en mars la suppression de 1 200 postes": an announced decision or product is an event (DESIGN.md).
      if (c.eventAnnouncingVerb.test(m[0]) && FR_EVENT_OBJECT.test(sentence.slice(vEnd))) continue;
      // "has not said when it expects", "ne dit pas comment il compte": a verb inside an indirect question.
      if (adjacent && c.pronouns.has(prev.lower) && EMBEDDED_QUESTION_BEFORE.test(sentence.slice(Math.max(0, prev.start - 50), prev.start))) continue;
      // "Le prix évoqué paraît élevé": a bare participle right after a noun is an adjective, not a speech act.
      if (c.lang === 'fr' && adjacent && /(?:é|ée|és|ées)$/u.test(m[0]) && !/\s/u.test(m[0]) && FR_NOUN_THEN_PARTICIPLE.test(lowerPart(sentence.slice(Math.max(0, vStart - 40), vStart)))) continue;
      // "L'outil analyse les contrats": "analyse" reports only inverted ("», analyse Pierre Garnier") or with "que".
      if (c.lang === 'fr' && /^(?:analyse|analysent|observe|observent)$/u.test(m[0]) && !QUOTE_OR_COMMA_BEFORE.test(sentence.slice(0, vStart)) && !/^\s+qu(?:e\s|['’])/u.test(sentence.slice(vEnd))) continue;
      // "were asked to say", "declined to explain": an infinitive reports nothing by itself.
      if (adjacent && /^(?:to|avoir|être)$/u.test(prev.lower)) continue;
      // "the authors' claims", "Apple's reports": after a possessive the word is a noun.
      if (adjacent && (/^['’]/u.test(prevGap) || /['’]s$/u.test(prev.text)) && AMBIGUOUS_NOUN_VERBS.has(m[0])) continue;
      // "did not say how much", "has not confirmed", "n'a pas précisé": a statement not made reports nothing.
      // "does not dispute that", "ne conteste pas": a denial denied is still a statement.
      const disputes = /^(?:disput|contest|den)/u.test(m[0]);
      if (adjacent && NEGATION_BEFORE.test(prev.lower) && !disputes) continue;
      // "ne commente jamais", "n'a jamais dit": French negation opens before the verb.
      if (adjacent && /^(?:ne|n)$/u.test(prev.lower) && c.lang === 'fr' && /^(?:comment|dit|dis|précis|confirm|révèl|indiqu|détaill|communiqu|répond)/u.test(m[0])) continue;
      // "Un centre de données, annoncé en février avec MGX": a participle in apposition, not a speech act.
      if (c.lang === 'fr' && /(?:é|ée|és|ées)$/u.test(m[0]) && !/\s/u.test(m[0]) && /,\s*$/u.test(sentence.slice(Math.max(0, vStart - 3), vStart))) continue;
      if (/n['’]t\s+$/u.test(sentence.slice(Math.max(0, vStart - 8), vStart)) && !disputes) continue; // "hasn't said when" 
      // "The option described here is ...": a participle modifying a noun, not a reporting verb.
      if (/^\s+(?:here|above|below)(?![\p{L}])/iu.test(sentence.slice(vEnd))) continue;
      // "OpenAI's first device, said to be the size of an iPod": a hearsay hedge (hedges.ts), not a tag.
      if (/^sa(?:id|ys)$/u.test(m[0]) && /^\s+to\s/u.test(sentence.slice(vEnd))) continue;
      // "because we believe", "je pense que": the writer speaking in the first person is no source.
      if (adjacent && FIRST_PERSON.has(prev.lower)) continue;
      // "every one of them would say", "one might argue": a hypothetical speaker attributes nothing.
      if (prev && /^(?:would|could|might|may|d)$/.test(prev.lower)) continue;
      // "weather forecasts", "expense reports": a plural noun after a common noun, not a verb.
      if (adjacent && AMBIGUOUS_NOUN_VERBS.has(m[0]) && !NEGATION_BEFORE.test(prev.lower) && !/^(?:do|does|did|will|would|may|might|can|could|also|still)$/u.test(prev.lower) && isCommonNounBefore(sentence, prev, c)) continue;
      // "the same chip found in last year's flagship": a participle with a place, not a finding.
      if (/^(?:found|finds)$/u.test(m[0]) && /^\s+(?:in|on|at|inside|across|within|among|throughout|near|by|under|to|only|mostly|mainly|largely)\s/u.test(sentence.slice(vEnd))) continue;
      if (/^describ/u.test(m[0]) && describesWithoutClaim(sentence, m[0], vStart, vEnd, adjacent ? prev : undefined)) continue;
      const leftEnd = trimFillersLeft(sentence, vStart, c);
      const leftTrim = sentence.slice(0, leftEnd);
      if (leftTrim.trim() === '') continue; // sentence-initial "Reports suggest": a noun, handled as a hedge
      let inverted = QUOTE_OR_COMMA_BEFORE.test(leftTrim) && !ADDRESSEE_VERBS.has(m[0]);
      // "The plan, says Jane Doe, is too costly": a speaker set off by commas after the verb, right after the
      // sentence's opening phrase, is an incise, whatever that phrase.
      const incise = inverted && /,\s*$/.test(leftTrim) && segmentStart(sentence, leftTrim.lastIndexOf(',')) === 0 && SPEAKER_INCISE_AFTER.test(sentence.slice(vEnd));
      if (inverted && !incise && /,\s*$/.test(leftTrim) && isApposition(sentence, leftTrim.lastIndexOf(','), c)) inverted = false;
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
      if (!needsClause && /^(?:report|confirm)/iu.test(m[0]) && hasEventObject(sentence, vEnd, c)) continue;
      if (/^rapport/u.test(m[0]) && /^\s+(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|\d)/u.test(sentence.slice(vEnd))) continue;
      const subjEnd = /,\s*$/.test(leftTrim) ? leftTrim.lastIndexOf(',') : leftEnd;
      // "La société emploie 85 personnes et revendique ...": the subject is the clause's opening noun phrase.
      const coordinated = /\s(?:et|and)\s*$/u.test(leftTrim) ? openingNounPhrase(sentence, segmentStart(sentence, subjEnd), subjEnd) : undefined;
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

const FINDING_VERB = /^(?:found|finds|showed|shows)$/u;
const RESEARCH_HEAD = /(?:^|\s)(?:study|survey|paper|poll|review|meta-analysis|audit|trial|research|analysis|report|étude|enquête|sondage|rapport)(?:\s|$)/iu;

/** Whether the subject left of a finding verb is a piece of research ("A 2022 review of 130 studies", "the audit"). */
function researchFinds(sentence: string, end: number, c: CompiledLexicon): boolean {
  const subj = leftSubject(sentence, end, c);
  return subj !== undefined && subj.a.reading === 'named' && RESEARCH_HEAD.test(subj.a.name ?? '');
}

/**
 * "Describe" reports a claim only as "described X as ...": not "Lorenz described it during the Q&A",
 * ", described as a man in his 20s" (a participle), "12 equations that described the motion" (a
 * relative) or "the cluster described in the filing" (a participle). `prev`: the word right before.
 */
function describesWithoutClaim(sentence: string, verb: string, vStart: number, vEnd: number, prev: Token | undefined): boolean {
  const after = sentence.slice(vEnd);
  if (/^\s+(?:it|them|this|him|her)\b/iu.test(after) && !/^\s+\S+\s+as\b/iu.test(after)) return true;
  if (verb === 'described' && /,\s*$/u.test(sentence.slice(Math.max(0, vStart - 3), vStart)) && /^\s+as\s/u.test(after)) return true;
  return (prev !== undefined && /^(?:that|which)$/u.test(prev.lower)) || /^\s+(?:in|by|on|at)\s/iu.test(after);
}

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

/** A definite object right after "a appris" / "learned": "ont appris la nouvelle", "learned the news". */
const LEARNED_OBJECT = /^\s+(?:(?:la|le|les|leur|leurs|son|sa|ses|cette|ce|cet|une?|des|the|their|his|her|of)\s+\p{Ll}|l['’]\p{Ll})/u;
/** "auprès du Collectif ...", "from the Ministry": the named party the outlet learned it from. */
const LEARNED_FROM_NAMED = /^[^.;«»"“”]{0,40}?(?:auprès\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|from\s+(?:the\s+)?)\s*(\p{Lu}[\p{L}'’-]*)/u;

/** "X has learned" / "a appris X": the outlet relies on unnamed sources, so the frame is anonymous. */
function learnedFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const out: AttributionFrame[] = [];
  c.learnedVerbs.lastIndex = 0;
  const low = lower(sentence);
  let m: RegExpExecArray | null;
  while ((m = c.learnedVerbs.exec(low)) !== null) {
    // "elle a appris à programmer", "has learned to code": a skill learned, not news learned.
    if (/^\s+(?:à|a|to)\s/u.test(low.slice(m.index + m[0].length))) continue;
    const after = sentence.slice(m.index + m[0].length);
    // "Les salariés ont appris la nouvelle jeudi": news learned by the people in the story, not by the outlet.
    if (LEARNED_OBJECT.test(after)) continue;
    // "a-t-on appris auprès du Collectif des éditeurs": the outlet names whom it learned it from.
    const from = LEARNED_FROM_NAMED.exec(after);
    if (from) {
      const at = m.index + m[0].length + from.index + from[0].length - from[1]!.length;
      const f = frameFrom(analyzeSource(sentence, at, objectEnd(sentence, at, 8), c), 'prep', true, span(sentence, m.index, at + from[1]!.length), m.index);
      if (f && f.kind === 'named') {
        out.push(f);
        continue;
      }
    }
    out.push({ kind: 'anonymous', type: 'learned', inverted: true, cue: span(sentence, m.index, m.index + m[0].length), anchor: m.index });
  }
  return out;
}

const CONTAINER_HEAD = /^\s*(?:[Ii]n|[Dd]ans)\s+(?:(?:a|an|the|its|his|her|their|this|that|un|une|le|la|les|son|sa|ses|leur|leurs|ce|cet|cette)\s|l['’]|\p{Lu})/u;
const CONTAINER_VERB: Record<'en' | 'fr', RegExp> = {
  en: /\b(?:could|would|can|will|may|might|is|are|was|were|has|have|had|did|does|do|not)\b/iu,
  fr: /(?<![\p{L}])(?:est|sont|était|étaient|ont|avait|avaient|peut|pouvait|doit|devait|ne|n['’])(?![\p{L}])/iu,
};

/** Sentence-opening containers: "In a Bloomberg story from June, ...", "Dans un article du Monde, ...". */
function containerFrame(sentence: string, c: CompiledLexicon): AttributionFrame | undefined {
  const m = /^\s*(?:in|dans)\s+[^,;:]{2,80}?(?=,)/iu.exec(sentence);
  if (!m) return undefined;
  // A container is a noun phrase ("In a Bloomberg story from June"), not a clause ("In 2019 the startup could not afford").
  if (!CONTAINER_HEAD.test(m[0]) || CONTAINER_VERB[c.lang].test(m[0])) return undefined;
  c.sourceNouns.lastIndex = 0;
  if (!c.sourceNouns.test(lowerPart(m[0]))) return undefined;
  const a = analyzeSource(sentence, m.index, m.index + m[0].length, c);
  if (a.reading !== 'named' || a.needsContext) return undefined;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return frameFrom(a, 'container', false, span(sentence, start, m.index + m[0].length), start);
}

/** True when `prev` is a lower-case common noun that cannot be a source, so the next word is a noun too. */
function isCommonNounBefore(sentence: string, prev: Token, c: CompiledLexicon): boolean {
  if (/\p{Lu}/u.test(prev.text) || c.pronouns.has(prev.lower) || c.fillers.has(prev.lower)) return false;
  if (c.affiliatedExperts.has(prev.lower) || c.nonSourceSubjects.has(prev.lower)) return false;
  c.sourceNouns.lastIndex = 0;
  const src = c.sourceNouns.exec(prev.lower);
  if (src && src[0] === prev.lower) return false;
  c.anonymousNouns.lastIndex = 0;
  const anon = c.anonymousNouns.exec(prev.lower);
  return !(anon && anon[0] === prev.lower);
}

// "», raconte-t-elle en riant", "», a-t-il lancé": after a quotation, any verb inverted with its pronoun is a tag.
const FR_QUOTE_PRONOUN_TAG = /[»”"]\s*,?\s*((?:s['’]|se\s+)?(?:\p{L}+-t-|\p{L}+-)(il|elle|ils|elles|on)|(?:a|ont|avait)-t?-?(il|elle|ils|elles|on)\s+\p{L}+)(?![\p{L}])/u;

// "», analyse Pierre Garnier", "», a lancé le dirigeant": after a quotation and its comma, a verb
// followed by a name or a determined noun is a tag, whatever the verb.
const FR_QUOTE_VERB_TAG =
  /[»”"]\s*,\s*((?:a|ont|avait|avaient)\s+)?(?!(?:pour|dans|avec|sans|sur|sous|mais|car|donc|puis|selon|comme|qui|que|dont|où|soit|voire|notamment|ainsi|alors|après|avant|depuis|entre|contre|vers|chez|parmi|malgré|lors|par|et|ou|ni|dès|jusqu|tandis|lorsque|quand|puisque|afin|face|grâce|loin|près|via|hors|outre|tout|toute|tous|toutes|même|encore|déjà|aussi|plus|moins|très|bien|surtout|enfin|pourtant|cependant|toutefois|désormais|souvent|parfois|toujours|jamais)(?![\p{L}]))(\p{Ll}[\p{L}-]{2,})(?=\s+(?:\p{Lu}|(?:le|la|les|un|une|son|sa|ses|leur|cette|ce)\s|l['’]))/u;

/** "« ... », raconte-t-elle", "», analyse Pierre Garnier": the speaker of an inverted French tag after a quotation. */
function frenchPronounTag(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const m = FR_QUOTE_PRONOUN_TAG.exec(sentence);
  if (!m) {
    const v = FR_QUOTE_VERB_TAG.exec(sentence);
    if (!v) return [];
    const vStart = v.index + v[0].length - (v[1]?.length ?? 0) - v[2]!.length;
    const f = invertedFrame(sentence, vStart, v.index + v[0].length, c);
    return f ? [f] : [];
  }
  const pron = (m[2] ?? m[3] ?? '').toLowerCase();
  const start = m.index + m[0].indexOf(m[1]!);
  const cue = span(sentence, start, start + m[1]!.length);
  if (pron === 'on') return [{ kind: 'anonymous', type: 'subject', inverted: true, cue, anchor: start }];
  return [{ kind: 'named', type: 'subject', inverted: true, cue, anchor: start, source: pron, needsContext: true }];
}

/** Fiction and interviews: "“...,” Izuku mumbled" names the speaker of the quotation with any verb. */
function quoteTagFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  if (c.lang === 'fr') return /[»”"]/u.test(sentence) ? frenchPronounTag(sentence, c) : [];
  if (!/["”]/u.test(sentence)) return [];
  const out: AttributionFrame[] = [];
  QUOTE_TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_TAG_RE.exec(sentence)) !== null) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const toks = tokenize(sentence, nameStart, nameStart + m[1]!.length);
    if (toks.length === 0 || c.capitalisedNonNames.has(toks[0]!.lower)) continue;
    out.push({ kind: 'named', type: 'subject', inverted: true, cue: span(sentence, nameStart, m.index + m[0].length), anchor: nameStart, source: m[1]! });
  }
  return out;
}

/** A quotation whose words cannot frame the sentence: guillemets or curly quotes around three characters or more. */
const FRAME_QUOTATION = /«[^»]{3,}»|“[^”]{3,}”/gu;

/** Every attribution frame of the sentence, in reading order of their cues. */
export function findAttributionFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
  const frames = [
    ...prepositionFrames(sentence, c),
    ...verbFrames(sentence, c),
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
