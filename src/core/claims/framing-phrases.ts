/**
 * Attribution frames other than "subject + reporting verb": "according to X" / "selon X", inverted tags
 * ("..., said a person familiar", "», précise-t-il"), participle tags (", saying that"), "Pour X, ...",
 * "X has learned" / "a appris", opening containers ("In a Bloomberg story, ...") and tags after a quote.
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { fold, lower, lowerPart, span } from './phrase-pattern';
import { analyzeSource, tokenize } from './source-phrase';
import { type AttributionFrame, frameFrom, frameFromList, nextContentToken, objectEnd, SEGMENT_BREAK, segmentStart } from './attribution-frame';
import { openingNounPhrase, withNounTail } from './subject-phrase';

// ", Izuku mumbled" / "!” All For One laid out": a name and a lower-case verb right after a closing quote.
const QUOTE_TAG_RE = /[,!?…]\s*["”]\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}/gu;

/** "according to X", "selon X", "d'après X", "per X": the object names or hides the source. */
export function prepositionFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
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
    if (fold(m[0]) === 'selon' && (c.dependingOnObject.test(sentence.slice(objStart, objEndPos)) || c.variesBefore.test(sentence.slice(segmentStart(sentence, start), start)))) continue;
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

/** "figures published by", "données compilées par": a document's agent, who is then the source. */
const AGENT_OF_OBJECT = /(?<![\p{L}])(?:published|released|compiled|provided|issued|filed|gathered|collected|produced|commissioned|conducted|publiée?s?|compilée?s?|fournie?s?|communiquée?s?|diffusée?s?|réalisée?s?)\s+(?:by|par)\s+/u;

/** Official documents that speak for their author even with an indefinite article or none. */
const OFFICIAL_DOCUMENTS = /(?<![\p{L}])(?:(?:hospital|official|government|company|police|census|federal|state|city|industry)\s+(?:figures|data|statistics|records)|police report|rapport de police|parliamentary report|congressional report|government report|rapport parlementaire|rapport sénatorial|rapport gouvernemental|rapport d['’]information|procès-verbal|présentation aux investisseurs|présentation de l['’]entreprise|investor presentation|filings?|lawsuit|complaint|ruling|court documents|court papers|court records|public records|company records|company accounts|annual accounts|financial statements|annual report|prospectus|indictment|press release|transcript|plainte|jugement|arrêt|décision de justice|documents judiciaires|comptes annuels|communiqué|dépôt)(?![\p{L}])/u;

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
export function participleFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
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
    if (a.reading !== 'unknown' || toks.length > 4) {
      const frames = frameFromList(a, span(sentence, m.index, m.index + m[0].length), m.index);
      for (const f of frames) f.participle = true;
      return frames;
    }
    from = segEnd + 1;
  }
  return [];
}

/** "Pour Jensen Huang, le patron de Nvidia, ...": in French, a named person or body opening the sentence with "pour" frames it. */
export function pourFrame(sentence: string, c: CompiledLexicon): AttributionFrame[] {
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

const UNNAMED_PERSON = /^(?:(?:un|une|a|an)\s+\p{Ll}|(?:l['’]|le\s+|la\s+|the\s+)[\p{L}-]+\s+(?:d['’]une?|of\s+an?|at\s+an?)\s+\p{Ll})/u;
const ANONYMITY_AFTER = /^[^.;]{0,20}?(?:taire son nom|pas être nommée?|garder l['’]anonymat|requis l['’]anonymat|sous couvert d['’]anonymat|gardé l['’]anonymat|asked not to be (?:named|identified)|requested anonymity|on condition of anonymity|declined to be (?:named|identified))/iu;
const ADDRESSEE_BEFORE_SUBJECT = /^\s+(?:à\s+l['’]|à\s+la\s+|à\s+|au\s+|aux\s+)(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*(?=\s+(?:son|sa|ses|leur|le|la|les|l['’]|un|une|\p{Lu}))/u;

const INDIRECT_QUESTION_WORD = /^(?:why|how|what|when|where|whether|who|pourquoi|comment|quand|où)$/u;

/** A day or time right after an inverted verb of speech, before its subject. */
const TIME_BEFORE_SUBJECT = /^\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|midi|dernier))?|hier(?:\s+(?:soir|matin))?|ce\s+(?:matin|soir|week-end)|aujourd['’]hui|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+(?:week|night))(?=\s)/iu;

/** "..., said a person familiar with the matter" / "», indique Jensen Huang": the subject follows the verb. */
export function invertedFrame(sentence: string, vStart: number, vEnd: number, c: CompiledLexicon): AttributionFrame | undefined {
  // "a déclaré à l'AFP son cofondateur", "a assuré au Figaro la directrice": the addressee is no speaker.
  // "a annoncé vendredi l'agence régionale de santé": a day between the verb and its speaker.
  const day = TIME_BEFORE_SUBJECT.exec(sentence.slice(vEnd));
  if (day) vEnd += day[0].length;
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

/** A definite object right after "a appris" / "learned": "ont appris la nouvelle", "learned the news". */
const LEARNED_OBJECT = /^\s+(?:(?:la|le|les|leur|leurs|son|sa|ses|cette|ce|cet|une?|des|the|their|his|her|of)\s+\p{Ll}|l['’]\p{Ll})/u;

/** "auprès du Collectif ...", "from the Ministry": the named party the outlet learned it from. */
const LEARNED_FROM_NAMED = /^[^.;«»"“”]{0,40}?(?:auprès\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|from\s+(?:the\s+)?)\s*(\p{Lu}[\p{L}'’-]*)/u;

/** "X has learned" / "a appris X": the outlet relies on unnamed sources, so the frame is anonymous. */
export function learnedFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
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
export function containerFrame(sentence: string, c: CompiledLexicon): AttributionFrame | undefined {
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

/** An object pronoun a French tag may carry before its verb: "», nous confiait-elle", "», m'a-t-il confié", "», lui a répondu le maire". */
const FR_OBJECT_PRONOUN = String.raw`(?:(?:nous|vous|lui|leur|me|te)\s+|[mt]['’])?`;

// "», raconte-t-elle en riant", "», a-t-il lancé": after a quotation, any verb inverted with its pronoun is a tag.
const FR_QUOTE_PRONOUN_TAG = new RegExp(String.raw`[»”"]\s*,?\s*` + FR_OBJECT_PRONOUN + String.raw`((?:s['’]|se\s+)?(?:\p{L}+-t-|\p{L}+-)(il|elle|ils|elles|on)|(?:a|ont|avait)-t?-?(il|elle|ils|elles|on)\s+\p{L}+)(?![\p{L}])`, 'u');

// "», analyse Pierre Garnier", "», a lancé le dirigeant": after a quotation and its comma, a verb
// followed by a name or a determined noun is a tag, whatever the verb.
const FR_QUOTE_VERB_TAG = new RegExp(
  String.raw`[»”"]\s*,\s*` + FR_OBJECT_PRONOUN +
    String.raw`((?:a|ont|avait|avaient)\s+)?(?!(?:pour|dans|avec|sans|sur|sous|mais|car|donc|puis|selon|comme|qui|que|dont|où|soit|voire|notamment|ainsi|alors|après|avant|depuis|entre|contre|vers|chez|parmi|malgré|lors|par|et|ou|ni|dès|jusqu|tandis|lorsque|quand|puisque|afin|face|grâce|loin|près|via|hors|outre|tout|toute|tous|toutes|même|encore|déjà|aussi|plus|moins|très|bien|surtout|enfin|pourtant|cependant|toutefois|désormais|souvent|parfois|toujours|jamais)(?![\p{L}]))(\p{Ll}[\p{L}-]{2,})(?=\s+(?:\p{Lu}|(?:le|la|les|un|une|son|sa|ses|leur|cette|ce)\s|l['’]))`,
  'u',
);

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
export function quoteTagFrames(sentence: string, c: CompiledLexicon): AttributionFrame[] {
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
