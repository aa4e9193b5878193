/**
 * The writer's judgement without a stance frame: in ordinary prose most opinions carry no "I think";
 * they predicate an evaluative word of a subject ("is funny and sweet", "is deeply a political
 * entity"), raise one with a degree word ("so frustrating", "the most beautiful"), judge excess ("too
 * slow", "trop cher"), use a stance adverb ("sadly", "malheureusement"), an evaluative noun ("a shame",
 * "un régal"), advice to the reader ("you should", "mieux vaut") or an exclamation. DESIGN.md makes
 * these `opinion`; without this reading they fell to `fact`. Quoted words, names and neutral technical
 * uses ("statistically significant", "best practices") are left out; attribution and hearsay still
 * rule first (classify-sentence.ts).
 */
import type { CueSpan, SupportedLang } from '../types';
import { EN_EVALUATIVE } from './lexicon/evaluative-en';
import { FR_EVALUATIVE } from './lexicon/evaluative-fr';
import type { EvaluativeLexicon } from './lexicon/evaluative-types';
import { compilePhrases, findSpans, fold, lower, span } from './phrase-pattern';

interface CompiledEvaluative {
  lang: SupportedLang;
  adjectives: ReadonlySet<string>;
  intensifierSet: ReadonlySet<string>;
  predicateAdverbs: ReadonlySet<string>;
  bridges: ReadonlySet<string>;
  excessStops: ReadonlySet<string>;
  copulas: RegExp;
  intensifiers: RegExp;
  evaluativeDegrees: RegExp;
  excess: RegExp;
  phrases: RegExp;
  neutral: RegExp;
  /** English superlatives of the evaluative adjectives ("coolest", "funniest"), one compiled list. */
  superlatives?: RegExp;
}

const toSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map(fold));
// Contracted copulas ("it's", "they're", "c'est" is in the French list).
const EN_CONTRACTED = ["it's", "that's", "this's", "he's", "she's", "what's", "there's", "here's", "you're", "we're", "they're", "i'm"];

/** The superlative forms of English evaluative adjectives: "cool" → "coolest", "wise" → "wisest", "sad" → "saddest", "funny" → "funniest". */
function englishSuperlatives(lex: EvaluativeLexicon): string[] {
  const words = lex.adjectives.flatMap((f) => f.words);
  const out = new Set<string>();
  for (const w of words) {
    if (w.includes(' ') || w.includes('-') || w.length > 8) continue; // "most ..." for long and compound adjectives
    if (w.endsWith('e')) out.add(`${w}st`);
    else if (w.endsWith('y')) out.add(`${w.slice(0, -1)}iest`);
    else if (/[^aeiou][aeiou][bdglmnpt]$/.test(w)) out.add(`${w}${w.slice(-1)}est`);
    else out.add(`${w}est`);
  }
  for (const w of words) out.delete(w);
  return [...out];
}

/** Compiles one evaluative lexicon; exported for the lexicon tests. */
export function compileEvaluative(lex: EvaluativeLexicon): CompiledEvaluative {
  return {
    lang: lex.lang,
    adjectives: toSet(lex.adjectives.flatMap((f) => f.words)),
    intensifierSet: toSet(lex.intensifiers),
    predicateAdverbs: toSet(lex.predicateAdverbs),
    bridges: toSet([...lex.copulaBridges, ...(lex.lang === 'en' ? ['a', 'an', 'such', 'one'] : ['un', 'une', 'des', 'de', "d'"])]),
    excessStops: toSet(lex.excessStops),
    // Scanning with one compiled regex per role is what keeps this reading cheap (no tokenising).
    copulas: compilePhrases([...lex.copulas, ...(lex.lang === 'en' ? EN_CONTRACTED : [])]),
    intensifiers: compilePhrases(lex.intensifiers),
    evaluativeDegrees: compilePhrases(lex.evaluativeDegrees),
    excess: compilePhrases(lex.excess),
    phrases: compilePhrases(lex.phrases.flatMap((f) => f.phrases)),
    neutral: compilePhrases(lex.neutralUses),
    ...(lex.lang === 'en' ? { superlatives: compilePhrases(englishSuperlatives(lex)) } : {}),
  };
}

const COMPILED: Record<SupportedLang, CompiledEvaluative> = {
  en: compileEvaluative(EN_EVALUATIVE),
  fr: compileEvaluative(FR_EVALUATIVE),
};

/** Imperatives of stance that open a sentence: the writer addressing the reader (not instructions). */
const IMPERATIVE_OPENERS: Record<SupportedLang, RegExp> = {
  // ... and advice, as against a procedure ("Avoid pre-packaged platters" vs "Open the settings panel").
  en: /^\s*(?:(?:instead|so|but|basically|frankly|honestly|in\s+short|again|until\s+then|for\s+now|in\s+the\s+meantime|meanwhile),?\s+)?(?:if\s[^,;:.]{3,120},\s*)?(?:wait\s+(?:for|until)(?=\s)|(?:buy|grab|try|get|rent|stream|order)\s+(?:it|this\s+one|one|them)(?=[\s.,;!]|$)|go\s+(?:and\s+)?(?:see|watch|buy|try)\s+(?:it|this|them)(?![\p{L}])|expect|just remember|never mind|make no mistake|mark my words|bet on|don['’]t (?:expect|bet|forget|be fooled|hold your breath|bother)|do not (?:expect|bet|bother)|forget|avoid|skip|opt for|steer clear|stick (?:to|with)|resist|hold off|think twice|save your money|give (?:it|this one) a (?:miss|pass)|don['’]t buy|do not buy)(?![\p{L}])/iu,
  // ... and the writer's exhortation in the first person plural ("Osons enfin la régulation", "Cessons de ...").
  fr: /^\s*(?:si\s[^,;:.]{3,120},\s*)?(?:osons|soyons|cessons|arrêtons|refusons|exigeons|agissons|ayons|gageons|parions|avouons-le|disons-le|reconnaissons-le|admettons-le|attendez-vous|imaginez|rappelons-nous|souvenons-nous|ne vous y trompez pas|qu['’]on se le dise|achetez-le|achetez-la|offrez-vous|offrez-le|offrez-la|foncez|courez-y|allez-y|n['’]hésitez\s+pas|passez\s+votre\s+chemin|évitez-le|évitez-la|fuyez)(?![\p{L}])/iu,
};
/**
 * The writer's judgement as an adjective with no subject or copula, opening the sentence: "Difficile
 * pourtant d'imaginer ...", "Inutile de préciser", "Normal que ...", "Hard to imagine ...", "Small wonder".
 */
const IMPERSONAL_JUDGEMENT: Record<SupportedLang, RegExp> = {
  en: /^\s*(?:(?:but|and|so|still|yet)\s*,?\s+)?(?:(?:it\s+is|it['’]s)\s+)?(?:(?:hard|difficult|impossible|tempting|tough|needless)\s*,?\s+(?:then\s+|though\s+|,\s*)?to\s+(?:imagine|see|believe|argue|say|overstate|ignore|understand|blame|disagree|deny|predict|fault|justify|defend|resist|escape|avoid|miss|think)|(?:no|small|little)\s+wonder)(?![\p{L}])/iu,
  fr: /^\s*(?:(?:mais|et|or|donc|alors)\s*,?\s+)?(?:difficile|impossible|inutile|dur|tentant|dommage|étonnant|curieux|logique|normal|compréhensible|regrettable|hors\s+de\s+question|pas\s+question)(?:\s*,?\s+(?:pourtant|toutefois|cependant|donc|alors|dès\s+lors|néanmoins|aussi|encore|en\s+tout\s+cas|en\s+revanche|pour\s+autant))?\s*,?\s+(?:de|d['’]|que|qu['’])/iu,
};
/** A review's mark out of 5, 10, 20 or 100, labelled as such. */
const REVIEW_MARK = /(?<![\p{L}])(?:notre\s+)?(?:note|rating|score|our\s+score|our\s+rating|verdict)\s*:\s*\d{1,3}(?:[.,]\d)?\s*\/\s*(?:5|10|20|100)(?!\d)/iu;
/**
 * Exclamatives: a sentence that opens on "quel", "que de", "comme c'est", "what a", "how" + adjective
 * and ends on "!" exclaims over something; a plain sentence with a "!" does not (see the question mark below).
 */
const EXCLAMATIVES: Record<SupportedLang, RegExp> = {
  en: /^\s*(?:what\s+an?|how\s+(?!many|much|long|often|far)\p{L}+)(?![\p{L}])[^.?!]{0,80}!(?=[\s"”)]*$)/iu,
  fr: /^\s*(?:quel(?:le)?s?|que\s+d['’e]|comme\s+(?:c['’]est|(?:il|elle)s?\s+(?:est|sont)))(?![\p{L}])[^.?!]{0,80}!(?=[\s"”»)]*$)/iu,
};
/**
 * The writer's maxims and definitions: "Miser sur X, c'est confondre A et B", "To bet on X is to ...",
 * "On ne bâtit pas une filière avec ..." (a generic "on" denying at the opening of the sentence).
 */
const MAXIMS: Record<SupportedLang, RegExp> = {
  en: /^\s*to\s+\p{L}+[^.;:!?]{0,80}?\s(?:is|was)\s+to\s+\p{L}+/iu,
  // ("Fermer une ligne, c'est rarement faire une économie": with an adverb before the infinitive.)
  fr: /,\s*c['’]est\s+(?:(?:rarement|souvent|toujours|d['’]abord|surtout|aussi|avant\s+tout|peut-être)\s+)?(?!de\s|d['’]|à\s|pour\s)\p{L}{3,}(?:er|ir|re|oir)(?![\p{L}])|^\s*on\s+ne\s+\p{L}+\s+(?:pas|jamais|rien)(?![\p{L}])/iu,
};
const INTERVIEW_QUESTION: Record<SupportedLang, RegExp> = {
  en: /(?<![\p{L}])(?:(?:would|do|did|are|were|have|will|can|could|should|is|does)\s+you|in\s+your\s+(?:view|opinion)|what(?:['’]s|\s+is)\s+your)(?![\p{L}])/iu,
  fr: /-vous(?![\p{L}])|(?<![\p{L}])vous\s+(?:pensez|dites|attendez|croyez|diriez|conseillez)(?![\p{L}])/iu,
};
// A cheap test before the correctio patterns, which only a negation can open.
const CORRECTIO_HINT: Record<SupportedLang, RegExp> = { en: /not|n['’]t|longer/i, fr: /n['’](?:est|sont|était)|doi(?:t|vent)\s+être|,\s+(?:et\s+)?(?:non|pas)\s/i };
const CORRECTIO: Record<SupportedLang, RegExp> = {
  // ... or the contrast inside the subject: "Small models, not giant ones, are where the money is".
  // ... "What these mandates measure is not productivity but anxiety" (present tense: the writer's reframing, not a report).
  en: /\b(?:is|are)\s+not\s+[^.;:!?,]{1,40}?\s+but\s+(?!also\s)|\b(?:is|are|was|were)(?:\s+not|\s+no\s+longer|n['’]t)\b[^.;:!?]{1,60}[;:,—–]\s*(?:it|this|that|they|he|she)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\b|^[^,;:]{2,60},\s+not\s+[^,;:]{2,40},\s+(?:is|are|was|were|will|remains?)\b/i,
  // ... "n'est pas X, mais Y", "doit être de X, pas de Y".
  fr: /\bn['’](?:est|sont)\s+pas\s+(?:l['’]|(?:le|la|les|un|une|du|de|des)\s+)?[^.;:!?,\s]+(?:\s+[^.;:!?,\s]+)?,\s*mais\s|(?<![\p{L}])(?:doit|doivent)\s+être\s+[^.;:!?]{1,60},\s+pas\s|\bn['’](?:est|était)\s+(?:(?:donc|toutefois|pourtant|cependant|certes)\s+)?(?:pas|plus)\b[^.;:!?]{1,60}[;:,—–]\s*(?:c['’]est|c['’]était|il est|elle est)\b|^[^,;:]{2,60},\s+(?:et\s+)?(?:non|pas)\s+[^,;:]{2,40},\s+(?:est|sont|était|étaient|sera|seront|reste|restent)\b/iu,
};
// The next word after a position, with only spaces between (punctuation ends the phrase).
const NEXT_WORD = /[ \t\u00A0]+([\p{L}\p{N}'’-]+)/uy;
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['«', '»'], ['"', '"']];

/** Ranges inside matched quotation marks: a quoted judgement belongs to the quoted speaker. */
function quotedRanges(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = sentence.indexOf(open, from);
      if (a < 0) break;
      const b = sentence.indexOf(close, a + 1);
      if (b < 0) break;
      out.push([a, b + 1]);
      from = b + 1;
    }
  }
  return out;
}

const inside = (s: { start: number; end: number }, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([a, b]) => s.start >= a && s.end <= b);

/** A capitalised word inside the sentence is part of a name ("The Great Gatsby"), not a judgement. */
function isNamePart(sentence: string, start: number): boolean {
  // The pronoun "I" is always capitalised ("I very seriously consider").
  if (/^I(?![\p{L}])/u.test(sentence.slice(start, start + 2))) return false;
  return start > 0 && /^\p{Lu}/u.test(sentence.charAt(start)) && !/^[\s"“«(]*$/u.test(sentence.slice(0, start));
}

const FR_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/s$/u, ''], [/es$/u, ''], [/e$/u, ''], [/x$/u, ''], [/euses?$/u, 'eux'], [/ives?$/u, 'if'], [/elles?$/u, 'el'],
  [/ennes?$/u, 'en'], [/ères?$/u, 'er'], [/aux$/u, 'al'], [/ales?$/u, 'al'], [/ttes?$/u, 't'], [/iles?$/u, 'il'], [/nnes?$/u, 'n'],
];

/** English comparatives and superlatives to the base adjective: "sadder", "wisest", "nicer", "funniest". */
const EN_DEGREE_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/([bdglmnpt])\1(?:er|est)$/u, '$1'], [/ier$|iest$/u, 'y'], [/(?:er|est)$/u, ''], [/(?:r|st)$/u, ''],
];

/** True when a word (French forms folded to the masculine singular, English degrees to the base) is an evaluative adjective. */
function isEvaluative(word: string, c: CompiledEvaluative): boolean {
  if (c.adjectives.has(word)) return true;
  if (c.lang !== 'fr') return EN_DEGREE_FORMS.some(([re, rep]) => re.test(word) && c.adjectives.has(word.replace(re, rep)));
  for (const [re, rep] of FR_FORMS) {
    const f = word.replace(re, rep);
    if (f !== word && c.adjectives.has(f)) return true;
  }
  return false;
}

interface Word {
  low: string;
  start: number;
  end: number;
}

function nextWord(low: string, pos: number): Word | undefined {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(low);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  return { low: m[1]!.replace(/’/g, "'"), start: end - m[1]!.length, end };
}

const VERB_OBJECT_AFTER = /^\s+(?:(?:your|the|a|an|his|her|their|its|our|my|them|us|him|you|me|it|people|users|customers|developers)(?![\p{L}])|[\p{L}-]+\s+to\s+\p{L})/iu;

/** Copula + bridges/degree words + evaluative adjective, or copula + a predicate adverb ("is deeply"). */
function predications(sentence: string, low: string, c: CompiledEvaluative): CueSpan[] {
  const out: CueSpan[] = [];
  for (const cop of findSpans(c.copulas, sentence)) {
    let pos = cop.end;
    for (let steps = 0; steps < 5; steps++) {
      const w = nextWord(low, pos);
      if (!w) break;
      // "is actually encouraging your browser to ...": a progressive verb with an object, not an adjective.
      if (/ing$/u.test(w.low) && VERB_OBJECT_AFTER.test(low.slice(w.end))) break;
      if (c.predicateAdverbs.has(w.low) || (isEvaluative(w.low, c) && !isNamePart(sentence, w.start))) {
        out.push(span(sentence, cop.start, w.end));
        break;
      }
      if (!c.bridges.has(w.low) && !c.intensifierSet.has(w.low)) {
        // "is a rare and useful trait": an adjective coordinated with an evaluative one judges with it.
        const and = nextWord(low, w.end);
        const w2 = and && /^(?:and|et|but|mais)$/u.test(and.low) ? nextWord(low, and.end) : undefined;
        if (w2 && isEvaluative(w2.low, c) && !isNamePart(sentence, w2.start)) out.push(span(sentence, cop.start, w2.end));
        break;
      }
      pos = w.end;
    }
  }
  return out;
}

/**
 * An evaluative adjective set off as an apposition, alone or with a phrase of time or place: "Impérial
 * pendant une heure, le gardien ...", "Varga, flawless for a month, ...", "La démonstration, spectaculaire,
 * laisse ...". Not a participle with its agent ("Inspiré par cet épisode") or an object ("promising smoother
 * dialogue"), nor an item of a list ("clear, simple, loosely coupled").
 */
const APPOSITION_PHRASE = String.raw`(?:\s+(?:for|in|at|on|during|since|throughout|all|pendant|depuis|dans|en|à|durant|sur|tout|toute|de\s+bout)\s[^,;:.!?«»"“”()]{1,45})?`;
const APPOSITION_OPENING = new RegExp(String.raw`^[\s"“«(]*(\p{L}[\p{L}'’-]*)(?=` + APPOSITION_PHRASE + ',)', 'u');
// ("Mention spéciale à Julien Ferracci, bouleversant en inspecteur.": one closing the sentence.)
const APPOSITION_INSIDE = new RegExp(String.raw`,\s+(?:(?:presque|très|trop|assez|plutôt|si|almost|very|rather|quite|too|so)\s+)?(\p{L}[\p{L}'’-]*)(?=` + APPOSITION_PHRASE + String.raw`(?:,|[.!…]?\s*$))`, 'uy');
const LIST_NEXT = /^,\s*(?:(?:and|or|et|ou)\s|\p{L}+\s*(?:,|(?:and|or|et|ou)\s))/u;
function appositions(sentence: string, low: string, c: CompiledEvaluative): CueSpan[] {
  const out: CueSpan[] = [];
  const evaluative = (word: string): boolean => isEvaluative(word.replace(/’/g, "'"), c) && !(c.lang === 'en' && /(?:ing|ed)$/u.test(word));
  // `word`, already found evaluative, ends at `end`.
  const consider = (word: string, end: number): void => {
    const start = end - word.length;
    if (!LIST_NEXT.test(low.slice(low.indexOf(',', end))) && !isNamePart(sentence, start)) out.push(span(sentence, start, end));
  };
  const first = APPOSITION_OPENING.exec(low);
  if (first && evaluative(first[1]!)) consider(first[1]!, first.index + first[0].length);
  for (let comma = low.indexOf(','), prev = -1; comma >= 0; prev = comma, comma = low.indexOf(',', comma + 1)) {
    APPOSITION_INSIDE.lastIndex = comma;
    const m = APPOSITION_INSIDE.exec(low);
    if (!m || !evaluative(m[1]!)) continue;
    // The segment before the comma is one word, or ends on an adjective ("with clear, simple, ..."): a list.
    const segment = low.slice(prev + 1, comma);
    const before = /(\p{L}+)\s*$/u.exec(segment);
    if (/^\s*\p{L}+\s*$/u.test(segment) || (before && isEvaluative(before[1]!, c))) continue;
    consider(m[1]!, comma + m[0].length);
  }
  return out;
}

/** Degree word right before an evaluative adjective ("so frustrating", "vraiment réussie"), and excess ("too slow", "trop cher"). */
function degrees(sentence: string, low: string, c: CompiledEvaluative): CueSpan[] {
  const out: CueSpan[] = [];
  for (const d of findSpans(c.intensifiers, sentence)) {
    const w = nextWord(low, d.end);
    if (w && isEvaluative(w.low, c) && !isNamePart(sentence, w.start)) out.push(span(sentence, d.start, w.end));
  }
  // "surprisingly large": the adverb judges, so any following adjective or participle will do.
  for (const d of findSpans(c.evaluativeDegrees, sentence)) {
    const w = nextWord(low, d.end);
    if (w && !c.excessStops.has(w.low) && !isNamePart(sentence, w.start)) out.push(span(sentence, d.start, w.end));
  }
  // A superlative of an evaluative adjective judges wherever it stands ("one of the coolest hours").
  if (c.superlatives) {
    for (const m of findSpans(c.superlatives, sentence)) {
      // Attributive only ("the coolest and wisest hours"), not adverbial ("is said to fight hardest").
      const attributive = /(?:^|\s)(?:the|its|his|her|their|our|my|your)\s+(?:\S+\s+){0,2}$|['’]s\s+$/u.test(low.slice(Math.max(0, m.start - 40), m.start));
      if (attributive && !isNamePart(sentence, m.start)) out.push(m);
    }
  }
  for (const d of findSpans(c.excess, sentence)) {
    const w = nextWord(low, d.end);
    if (w && !c.excessStops.has(w.low) && !/^\p{Lu}/u.test(sentence.charAt(w.start))) out.push(span(sentence, d.start, w.end));
  }
  return out;
}

const SUPERLATIVE_CUE = /(?:best|worst|\p{L}{3,}est|pires?|meilleure?s?)$/iu;
const RECORD_SPAN =
  /^[^,;:.]{0,60}?(?<![\p{L}])(?:since\s+(?:\d{4}|the\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![\p{L}]))|on\s+record|in\s+(?:\d+|two|three|four|five|six|ten|twenty|\p{L}+ty)\s+years|in\s+(?:decades|years)|ever\s+recorded|depuis\s+(?:\d{4}|le\s|la\s|l['’]|des\s+années|\p{L}+\s+\d{4})|jamais\s+enregistr)/iu;

/** "the worst week for chip stocks since March 2020": a superlative bounded by a record span ranks, it does not judge. */
export function isRecordRanking(sentence: string, cue: CueSpan): boolean {
  const last = cue.text.charCodeAt(cue.text.length - 1);
  if (last !== 116 && last !== 101 && last !== 115 && last !== 114) return false; // ends in t, e, s or r: worst, best, -est, pire, meilleures, meilleur
  return SUPERLATIVE_CUE.test(cue.text) && RECORD_SPAN.test(sentence.slice(cue.end));
}

/** All evaluative-stance cues of a sentence, in reading order, outside quotes, names and neutral uses. */
export function findEvaluativeStance(sentence: string, lang: SupportedLang): CueSpan[] {
  const c = COMPILED[lang];
  const low = lower(sentence);
  const found = [
    ...findSpans(c.phrases, sentence).filter((s) => !isNamePart(sentence, s.start)),
    ...predications(sentence, low, c),
    ...degrees(sentence, low, c),
    ...appositions(sentence, low, c),
  ];
  // An imperative to the reader opening the sentence: "Expect more of this.", "Don't bet against him."
  const maxim = MAXIMS[lang].exec(sentence);
  if (maxim) found.push(span(sentence, maxim.index, maxim.index + maxim[0].length));
  const imperative = IMPERATIVE_OPENERS[lang].exec(sentence);
  if (imperative) found.push(span(sentence, imperative.index, imperative.index + imperative[0].length));
  const impersonal = IMPERSONAL_JUDGEMENT[lang].exec(sentence);
  if (impersonal) found.push(span(sentence, impersonal.index, impersonal.index + impersonal[0].length));
  // A review's mark: "Note : 7/10", "Rating: 4/5", "Notre note : 3,5/5".
  const mark = REVIEW_MARK.exec(sentence);
  if (mark) found.push(span(sentence, mark.index, mark.index + mark[0].length));
  // An exclamative, the writer's wonder or dismay: "Quelle audace !", "What a comeback!" (the form, not the mark).
  const exclamative = EXCLAMATIVES[lang].exec(sentence);
  if (exclamative) found.push(span(sentence, exclamative.index, exclamative.index + exclamative[0].length));
  // An exclamation or a question in the writer's own voice (quoted ones are dropped below): the writer
  // exclaims, or asks the reader ("So what is left for the smaller labs?"), rather than states.
  // An exclamation alone is not: bloggers exclaim over plain facts ("now Fission compatible too!").
  const bang = /\?+[\s"”»)]*$/u.exec(sentence);
  // An interviewer's question to the guest ("What would you tell a founder?") asks, it does not judge.
  if (bang && !INTERVIEW_QUESTION[lang].test(sentence)) found.push(span(sentence, bang.index, bang.index + 1));
  // Correctio, the writer reframing: "That is not a business model; it is a subsidy", "n'est pas X, c'est Y".
  const correctio = CORRECTIO_HINT[lang].test(sentence) ? CORRECTIO[lang].exec(sentence) : null;
  if (correctio) found.push(span(sentence, correctio.index, correctio.index + correctio[0].length));
  if (found.length === 0) return [];
  const quoted = quotedRanges(sentence);
  const neutral = findSpans(c.neutral, sentence);
  return found
    .filter((s) => !inside(s, quoted) && !neutral.some((n) => s.start < n.end && s.end > n.start) && !isRecordRanking(sentence, s))
    .sort((a, b) => a.start - b.start);
}

/**
 * Drops spans inside quotes or overlapping a neutral use ("best practices", "statistically
 * significant"): lets the older bare evaluative-word reading share the same exclusions.
 */
export function withoutNeutralOrQuoted(sentence: string, lang: SupportedLang, spans: readonly CueSpan[]): CueSpan[] {
  if (spans.length === 0) return [];
  const quoted = quotedRanges(sentence);
  const neutral = findSpans(COMPILED[lang].neutral, sentence);
  return spans.filter(
    (s) =>
      !inside(s, quoted) &&
      !neutral.some((n) => s.start < n.end && s.end > n.start) &&
      !(/ing$/iu.test(s.text) && VERB_OBJECT_AFTER.test(sentence.slice(s.end, s.end + 40))) &&
      // "just as clearly as the text in the Photos app": an adverb of manner in a comparison, no comment.
      !(/ly$/u.test(s.text) && /(?<![\p{L}])as\s+$/iu.test(sentence.slice(Math.max(0, s.start - 4), s.start)) && /^\s+as(?![\p{L}])/iu.test(sentence.slice(s.end))),
  );
}
