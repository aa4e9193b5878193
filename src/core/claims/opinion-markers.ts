/**
 * Evidence that a sentence is the writer's own judgement, hope or forecast: stance frames ("espérons
 * que", "we should expect", "il est probable que"), hypotheses ("Si le rapport est exact, ..."),
 * seem/appear judgements ("ne semble plus s'arrêter"), intensified forecasts ("perturbera
 * considérablement") and evaluative words ("impressive", "décevant").
 */
import type { CueSpan } from '../types';
import type { CompiledLexicon } from './compiled-lexicon';
import { isRecordRanking } from './evaluative-stance';
import { dedupe } from './hedges';
import { findSpans, lower, lowerPart, partQuotations, span } from './phrase-pattern';

/** Opinion cues found in a sentence, by strength. */
export interface OpinionEvidence {
  /** Stance frames and writer conditionals: decisive unless a source frames the sentence. */
  stance: CueSpan[];
  /** Evaluative set phrases ("bonne nouvelle", "than ever"): opinion unless a hedge or a source rules. */
  judgement: CueSpan[];
  /** A sentence-opening hypothesis ("Si ...", "If ..."), which also voids hearsay conditionals. */
  hypothesis?: CueSpan;
  /** Seem/appear used as a judgement (not followed by an action verb). */
  seem: CueSpan[];
  /** A future verb with an intensifier: the writer's forecast. */
  forecast: CueSpan[];
  /** Evaluative adjectives and adverbs. */
  evaluative: CueSpan[];
  /** "That choice suggests", "Cette décision montre": the writer's inference from a thing (also in `stance`). */
  inference: CueSpan[];
}

const MAKE_SURE = /\bmak(?:e|es|ing)\s+sure$|\bmade\s+sure$/iu;
const RELATIVE_BEFORE = /\b(?:which|that|who)\s+$/iu;
const TALLY_AFTER = /^\s+(?:total|sum|combined|grand\s+total|difference|rise|drop|jump|increase|decrease|gain|loss|tally)(?![\p{L}])/iu;
const RELATIVE_FORECAST = /^(?:will\s+likely|(?:is|are)\s+likely\s+to|probably)$/iu;
const OPENING_CONNECTOR = /^\s*(?:(?:mais|et|or|donc|enfin|but|and|so|yet|still|now)\s*,?\s+)?/iu;
/** A short opening adverbial of time or place closed by a comma, right before "si" / "if". */
const OPENING_ADVERBIAL = /^\s*(?:à\s+partir\s+d|dès|d['’]ici|en|au|à|après|avant|by|from|after|before|in|at|on)(?![\p{L}])[^,;:«»"“”]{1,40},\s*(?=(?:si|s['’]ils?|if)\s)/iu;
const FR_FUTURE_RE = /(?<![\p{L}])\p{L}{2,}(?:er|ir|r)(?:a|ont)(?![\p{L}])/gu;
const FR_NOT_FUTURE = new Set(['front', 'affront', 'extra', 'ultra', 'caméra', 'opéra', 'aura', 'sera-t-il']);
const EN_FUTURE_RE = /\b(?:will|won['’]t|['’]ll|is going to|are going to)\b/iu;

// The main clause of a legal or procedural conditional: a modal of permission or obligation, or a passive future.
const PROVISION_MAIN: Record<'en' | 'fr', RegExp> = {
  // ("If the Commission finds a breach, it can fine ...": a pronoun standing for the authority, with a verb of its powers.)
  en: /^\s*(?:(?:it|they)\s+can\s+(?:fine|impose|suspend|revoke|order|block|ban|seize|sanction)|(?!(?:it|they|we|you|he|she|i)\s)(?:[\p{L}'’-]+\s+){1,6}?(?:may|must|shall|is\s+required|are\s+required|can\s+(?:request|open|impose|fine|suspend|revoke|order|require|block|ban|seize|appeal|withdraw|terminate|cancel|refuse|reject|demand|issue|grant|deny|investigate|sanction)|(?:can|will|may|must)\s+be\s+\p{L}+(?:ed|en)))(?![\p{L}])/iu,
  fr: /^\s*(?!(?:il|elle|ils|elles|on|nous|vous|je)\s)(?:[\p{L}'’-]+\s+){1,6}?(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|est\s+tenue?s?|sera|seront)(?![\p{L}])/iu,
};

/** "Si le rapport est exact, ..." / "If no compromise emerges, ...": the writer reasons on a hypothesis. */
function hypothesisOpening(sentence: string, c: CompiledLexicon): CueSpan | undefined {
  // ("À partir d'août 2026, si ...", "By then, if ...": a short opening adverbial before the hypothesis.)
  const lead = (OPENING_ADVERBIAL.exec(sentence) ?? OPENING_CONNECTOR.exec(sentence))?.[0].length ?? 0;
  const rest = sentence.slice(lead);
  const m = c.hypothesisOpeners.exec(lowerPart(rest));
  if (!m) return undefined;
  c.hypothesisExceptions.lastIndex = 0;
  const exc = c.hypothesisExceptions.exec(lowerPart(rest));
  if (exc && exc.index === 0) return undefined;
  const comma = rest.indexOf(',');
  if (comma < 0) return undefined;
  // "Should" and "were" open a hypothesis only in inverted form ("Should the deal close, ...").
  if (/^(?:should|were)$/iu.test(m[0]) && !/^\w+\s+(?:the|a|an|it|they|this|that|\p{Lu})/u.test(rest)) return undefined;
  // "If a provider misses the deadline, the AI Office can request ...": a rule's condition, not the writer's.
  if (PROVISION_MAIN[c.lang].test(rest.slice(comma + 1))) return undefined;
  return span(sentence, lead, lead + Math.min(comma, 60));
}

/** True when the sentence carries a future tense (futur simple in French, will/going to in English). */
function hasFuture(sentence: string, c: CompiledLexicon): boolean {
  if (c.lang === 'en') return EN_FUTURE_RE.test(sentence);
  FR_FUTURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FR_FUTURE_RE.exec(sentence)) !== null) {
    if (!FR_NOT_FUTURE.has(m[0].toLowerCase())) return true;
  }
  return false;
}

/** Seem/appear spans that are judgements: not "il semble que" (hearsay) and not seem + action (rumor). */
function seemJudgements(sentence: string, c: CompiledLexicon, seemActions: readonly CueSpan[]): CueSpan[] {
  return findSpans(c.seemVerbs, sentence).filter((s) => {
    if (seemActions.some((a) => a.start === s.start)) return false;
    const before = sentence.slice(Math.max(0, s.start - 4), s.start);
    if (/\bil\s+$/iu.test(before)) return false; // "il semble que" is hearsay
    if (/^-t-il/iu.test(sentence.slice(s.end))) return false;
    return true;
  });
}

/** "Regulators should move faster": a deontic modal whose subject is not the reader of an instruction. */
function deontics(sentence: string, c: CompiledLexicon): CueSpan[] {
  return findSpans(c.deonticModals, sentence).filter((d) => {
    const m = /([\p{L}]+)[\s,]*$/u.exec(sentence.slice(Math.max(0, d.start - 30), d.start));
    const prev = m ? m[1]!.toLowerCase() : '';
    // reported speech ("said that ... should"); a sentence-opening demonstrative ("That warning should") is no complementizer.
    if (/[\p{L},]\s+(?:that|que|qu['’])\s/iu.test(sentence.slice(Math.max(0, d.start - 80), d.start))) return false;
    return !c.instructionSubjects.has(prev) && !/^\s*(?:see|get|receive|appear|show(?!\s+up\b)|return|now|work|look\s+like)\b/iu.test(sentence.slice(d.end));
  });
}

// "That opener suggests", "Cette décision montre": the writer draws an inference from a thing just
// mentioned. A document or a person as subject is a source instead, found first by attribution.ts.
const INFERENCE_VERB_HINT: Record<'en' | 'fr', RegExp> = {
  en: /suggest|show|mean|impl|prove|underscore|illustrate|confirm|reveal|betray|speaks volumes|tells us|tell us|teaches us|teach us|signal|highlight|demonstrate/u,
  fr: /montr|prouv|signifi|illustr|trahi|en dit long|confirm|rappell?e|démontr|enseign|signal|soulign|nous dit|nous disent|nous appren/u,
};
const DEMONSTRATIVE_INFERENCE: Record<'en' | 'fr', RegExp> = {
  // ... and "The figures underscore how expensive ...": results made to speak for the writer's point.
  // ... and experience drawn on by the writer: "History suggests that", "Her trust's experience suggests that".
  // ... and an event just told, as the definite subject: "the launch shows that", "the deal underscores how".
  en: /\b(?:(?:this|that|these|those|such)\s+(?:[a-z-]+\s+){0,2}?(?:suggests|suggest|shows|show|means|implies|imply|proves|prove|underscores|underscore|illustrates|illustrate|confirms|reveals|betrays|speaks volumes|tells\s+us|tell\s+us|teaches\s+us|teach\s+us)|the\s+(?:figures|numbers|results|episode|affair|saga)\s+(?:underscore|underscores|show|shows|suggest|suggests|illustrate|illustrates)\s+(?:how|just\s+how)|(?:history|experience|common\s+sense|precedent)(?:\s+(?:in|of|from|with|so\s+far)(?:\s+[a-z-]+){1,3}?)?\s+(?:suggests|shows|tells\s+us|teaches\s+us)|the\s+(?:launch|move|deal|decision|announcement|acquisition|takeover|merger|purchase|shake-up|shakeup|reshuffle|departure|exodus|setback|spat|row|fiasco|failure|success|controversy|outage|backlash|u-turn|turnaround|retreat|rollout|pivot|episode|affair|saga|incident)\s+(?:shows|suggests|signals|underscores|illustrates|proves|confirms|highlights|demonstrates|means)(?!\s+(?:off|up)\b))\b/gu,
  // "L'épisode rappelle que", "l'affaire montre que": a definite event noun reasons too (a document stays a source).
  // ("Cette nouvelle fuite, après celles de l'été, montre à quel point": the demonstrative's noun and an incise.)
  fr: /(?<![\p{L}])(?:(?:ce|cet|cette|ces)\s+(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+\s*,[^,;:«»]{1,100},\s*)?(?:montre|montrent|prouve|prouvent|signifie|signifient|illustre|illustrent|trahit|trahissent|en dit long|confirme|confirment|rappelle|rappellent|nous\s+dit|nous\s+disent|nous\s+apprend|nous\s+apprennent)|(?:l['’]|son\s|leur\s)(?:histoire|expérience)\s+(?:montre|prouve|enseigne|rappelle)|(?:l['’]|la\s|le\s)(?:épisode|affaire|incident|crise|polémique|séquence|fiasco|échec|succès|controverse|lancement|rachat|opération|décision|annonce|acquisition|fusion|départ|démission|revers|recul|remaniement|volte-face|revirement|panne)\s+(?:montre|prouve|rappelle|illustre|confirme|démontre|signale|souligne))(?![\p{L}])/gu,
};
// "Que ceux qui doutent se ruent sur ...": a sentence-opening "que" + subjunctive is the writer's exhortation.
// ("Qu'il commence donc par étoffer sa brigade": with "il"/"elle" only with "donc" or "d'abord", else "Qu'il pleuve ou non".)
const FR_JUSSIVE = /^\s*qu(?:e\s+(?:ceux|celles|chacun|chacune|les|la|le|tous|toutes|personne)|['’](?:on|ils|elles)|['’](?:il|elle)\s+\p{L}+\s+(?:donc|d['’]abord|plutôt))\s/u;
const FR_NOT_JUSSIVE = /^\s*qu(?:e|['’])\s*(?:il|ce|l['’]on|on)?\s*(?:s['’]agisse|soit|ce\s+soit)/u;

function writerInferences(sentence: string, c: CompiledLexicon): CueSpan[] {
  const low = lower(sentence);
  const out: CueSpan[] = [];
  const re = DEMONSTRATIVE_INFERENCE[c.lang];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Only a verb of showing can make the pattern match: test for it before scanning every determiner.
  if (INFERENCE_VERB_HINT[c.lang].test(low)) {
    while ((m = re.exec(low)) !== null) {
      // "images that may show a fracture": "that" after a noun opens a relative clause, not an inference.
      if (/^that\s+(?:(?:may|might|could|can|will|would)\s|shows?(?![\p{L}]))/u.test(m[0]) && !/(?:^|[,;:—–(]|(?<![\p{L}])(?:and|but|so|yet))\s*$/u.test(low.slice(0, m.index))) continue;
      out.push(span(sentence, m.index, m.index + m[0].length));
    }
  }
  if (c.lang === 'fr' && FR_JUSSIVE.test(low) && !FR_NOT_JUSSIVE.test(low) && !low.trimEnd().endsWith('?')) {
    const lead = low.length - low.trimStart().length;
    out.push(span(sentence, lead, lead + (/^\S+\s+\S+/u.exec(low.slice(lead))?.[0].length ?? 3)));
  }
  return out;
}

// "le risque d'infection": after a determiner "risque" is the noun, not "risks to" (the writer's forecast).
const DETERMINER_BEFORE = /(?:^|\s)(?:le|un|du|au|ce|les|des|aux|ces|leur|son|notre|votre|l['’]|d['’])\s*$/iu;
function isNounRisk(sentence: string, cue: CueSpan): boolean {
  return /^risque/iu.test(cue.text) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, cue.start - 8), cue.start));
}

// "one of the most common classes of vulnerability": a ranking by frequency or size, not a judgement.
const FREQUENCY_AFTER = /^\s+(?:common|commonly|widely|popular|frequent|frequently|used|visited|downloaded|cited|active|populous|expensive|valuable|profitable|traded|watched|read)(?![\p{L}])/u;
function isFrequencyRanking(sentence: string, cue: CueSpan): boolean {
  return /^one of the most$/iu.test(cue.text) && FREQUENCY_AFTER.test(lower(sentence).slice(cue.end));
}

// "Next, we need to define the deviation": in a how-to, "we" walks the reader through the steps; it is no call to act.
const STEP_BEFORE = /(?:(?:^|[,;:(])\s*(?:next|then|now|first|second|third|finally|here|in doing so|in this case)\s*,?|(?<![\p{L}])(?:thing|all|if|when|whenever|because|since|as|what|where|case|unless)|(?<![\p{L}])(?:that|which)\s+)\s*$/iu;
const STEP_VERB_AFTER = /^\s+(?:make\s+sure|ensure|know|define|calculate|compute|create|add|install|configure|set|check|import|update|convert|determine|find|handle|call|pass|specify|implement|write|use|run|load|get|zoom|do|look|go|change|modify|remove|register|enable|disable|wait|click|open|restart|build|compile|parse|store|return|send|read|fetch|test|measure|count|sort|iterate|loop|copy|move|replace|generate|extract|declare|initiali[sz]e|include|provide|apply)(?![\p{L}])/iu;
function isProceduralWe(sentence: string, cue: CueSpan): boolean {
  if (!/^we\s.*(?:need|got)\s+to$/iu.test(cue.text)) return false;
  return STEP_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start)) || STEP_VERB_AFTER.test(sentence.slice(cue.end, cue.end + 30));
}

/**
 * The two readings of the writer that can overrule an attribution frame (a hypothesis opening the
 * sentence, an inference from a thing), the same as in `findOpinionEvidence`, without the rest.
 */
export function frameOverrides(sentence: string, c: CompiledLexicon): { hypothesis: CueSpan | undefined; inference: CueSpan[] } {
  return { hypothesis: hypothesisOpening(sentence, c), inference: writerInferences(sentence, c) };
}

/** "Plus on attend, plus ...", "The longer ..., the more ...": a correlative comparative opening a sentence. */
const CORRELATIVE_OPENING = /^(?:(?:mais|et|but|and)\s+)?(?:plus\s+[^,;:]{1,80},\s*plus|moins\s+[^,;:]{1,80},\s*moins|the\s+(?:more|less|longer|sooner|later|higher|lower|bigger|faster)\s+[^,;:]{1,80},\s*the\s+(?:more|less|longer|sooner|later|higher|lower|bigger|faster|greater|worse|better))(?![\p{L}])/iu;

/**
 * "Plus on attend, plus il sera élevé", "The longer the talks drag on, the more it will cost": a
 * correlative comparative whose second half is in the future is the writer reasoning about what will
 * follow, a forecast (DESIGN.md).
 */
function correlativeForecast(sentence: string, c: CompiledLexicon): CueSpan[] {
  const m = CORRELATIVE_OPENING.exec(sentence);
  if (!m || !hasFuture(sentence.slice(m[0].length), c)) return [];
  return [span(sentence, 0, m[0].length)];
}

/** A quotation whose words are no stance of the writer: guillemets, curly or straight double quotes. */
const STANCE_QUOTATION = /«[^»]+»|“[^”]+”|"[^"]+"/gu;

/** All opinion evidence of a sentence; `seemActions` and `writerConditionals` come from the hedge reading. */
export function findOpinionEvidence(
  sentence: string,
  c: CompiledLexicon,
  seemActions: readonly CueSpan[],
  writerConditionals: readonly CueSpan[],
): OpinionEvidence {
  const stance: CueSpan[] = [...writerConditionals];
  // "spins, which have to be real": a requirement inside a relative clause describes a property.
  const quoted = partQuotations(sentence, STANCE_QUOTATION);
  for (const f of c.opinionCues) {
    for (const s of findSpans(f.re, sentence)) {
      // ... but "a false economy that will likely push commuters back": a forecast stays the writer's in any clause.
      if (RELATIVE_BEFORE.test(sentence.slice(Math.max(0, s.start - 8), s.start)) && !RELATIVE_FORECAST.test(s.text)) continue;
      // « j'aime », "I think": inside a quotation the words are the speaker's, not the writer's stance.
      if (quoted.some(([a, b]) => s.start > a && s.end < b)) continue;
      // "That's a total of 30,000,000 lists": a sum announced, not a verdict.
      if (/^that['’]s a$/iu.test(s.text) && TALLY_AFTER.test(sentence.slice(s.end))) continue;
      stance.push(s);
    }
  }
  stance.push(...deontics(sentence, c));
  const inference = writerInferences(sentence, c);
  stance.push(...inference);
  const intensifiers = findSpans(c.forecastIntensifiers, sentence);
  const forecast = intensifiers.length > 0 && hasFuture(sentence, c) ? intensifiers : [];
  forecast.push(...correlativeForecast(sentence, c));
  const hypothesis = hypothesisOpening(sentence, c);
  const judgement: CueSpan[] = [];
  // "the worst-affected areas": the first half of a hyphenated compound judges nothing.
  for (const f of c.judgementCues) for (const s of findSpans(f.re, sentence)) if (sentence[s.end] !== '-' && !isNounRisk(sentence, s) && !isRecordRanking(sentence, s) && !isFrequencyRanking(sentence, s) && !isProceduralWe(sentence, s)) judgement.push(s);
  const ev: OpinionEvidence = {
    stance: dedupe(stance),
    judgement: dedupe(judgement),
    seem: seemJudgements(sentence, c, seemActions),
    forecast,
    inference,
    // "the Great Depression": a capitalised evaluative word inside a sentence is part of a name.
    // "make sure": an idiom, not an evaluation.
    evaluative: findSpans(c.evaluativeWords, sentence).filter(
      (s) => (s.start === 0 || !/^\p{Lu}/u.test(s.text) || /^[\s"“«(]*$/u.test(sentence.slice(0, s.start))) && !MAKE_SURE.test(sentence.slice(Math.max(0, s.start - 8), s.end)),
    ),
  };
  if (hypothesis) ev.hypothesis = hypothesis;
  return ev;
}
