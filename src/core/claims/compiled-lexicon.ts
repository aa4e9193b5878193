/**
 * The lexicons of both languages compiled once at module load: regexes for cue families and sets for
 * word look-ups. Every classifier module reads from here, so no regex is built per sentence.
 */
import type { SupportedLang } from '../types';
import { EN_LEXICON } from './lexicon/en';
import { FR_LEXICON } from './lexicon/fr';
import type { ClaimLexicon, CueFamily } from './lexicon/types';
import { compilePhrases, escapeRegex, fold } from './phrase-pattern';

/** A cue family with its compiled regex. */
export interface CompiledFamily {
  id: string;
  re: RegExp;
}

/** Everything the classifier needs for one language, ready to run. */
export interface CompiledLexicon {
  lang: SupportedLang;
  lex: ClaimLexicon;
  prepositions: RegExp;
  speechVerbs: RegExp;
  clauseVerbs: RegExp;
  learnedVerbs: RegExp;
  anonymousNouns: RegExp;
  anonymousPhrases: RegExp;
  anonymityMarkers: RegExp;
  nounQuantifiers: ReadonlySet<string>;
  negationAdverbs: ReadonlySet<string>;
  nounVerbForms: ReadonlySet<string>;
  anonymousUnlessNamed: RegExp;
  affiliatedExperts: ReadonlySet<string>;
  headBreakers: ReadonlySet<string>;
  sourceNouns: RegExp;
  rumorCues: CompiledFamily[];
  opinionCues: CompiledFamily[];
  judgementCues: CompiledFamily[];
  evaluativeWords: RegExp;
  factFrames: RegExp;
  eventModals: RegExp;
  seemVerbs: RegExp;
  deonticModals: RegExp;
  instructionSubjects: ReadonlySet<string>;
  eventObjectNouns: ReadonlySet<string>;
  forecastIntensifiers: RegExp;
  hypothesisExceptions: RegExp;
  writerConditionals: RegExp;
  definiteDeterminers: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  nonSourceSubjects: ReadonlySet<string>;
  capitalisedNonNames: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  genericModalSubjects: ReadonlySet<string>;
  genericModalVerbs: ReadonlySet<string>;
  permissionSubjects: ReadonlySet<string>;
  narrativePastVerbs: ReadonlySet<string>;
  seemActionVerbs: RegExp;
  hypothesisOpeners: RegExp;
  notConditional: ReadonlySet<string>;
  counterfactualMarkers: RegExp;
  scopedRumorCues: RegExp;
  eventVerbs: ReadonlySet<string>;
  eventPredicates: RegExp;
  modalBridges: ReadonlySet<string>;
  eventSubjectNouns: ReadonlySet<string>;
  pronounModalSubjects: ReadonlySet<string>;
  notNameStarts: ReadonlySet<string>;
  /** Tests a matched reporting verb: is it one of `eventAnnouncingVerbs`? */
  eventAnnouncingVerb: RegExp;
  writerConditionalSubjects: ReadonlySet<string>;
  /** `conditional.consequenceNouns`: a demonstrative + one of them makes a modal conditional the writer's. */
  consequenceNouns: ReadonlySet<string>;
  /** A counted group as a whole source phrase ("Many Tunisians", "Several Democratic senators"). */
  quantifiedGroup: RegExp;
  /** A research document as a whole source phrase ("A 2022 review of 130 studies", "une étude"). */
  researchDocument: RegExp;
  /** A research document or report noun inside a subject's name ("the audit", "The report"). */
  findingHead: RegExp;
  /** "Researchers found that": research authors by trade as a whole subject. */
  researchGroups: ReadonlySet<string>;
  /** "a annoncé son intention": a stance noun right after an announcing verb's determiner. */
  statementNoun: RegExp;
  /** "selon les cas": the object of a "selon" that means "depending on". */
  dependingOnObject: RegExp;
  /** "les prix varient selon": a verb of variation a few words before "selon". */
  variesBefore: RegExp;
}

/** Never matches: the compiled form of an empty word list. */
const NEVER = /(?!)/u;
const alternation = (xs: readonly string[]): string => xs.map(escapeRegex).join('|');
/** A word list as an alternation whose first letter may be capitalised, for patterns that test case. */
const capitalisable = (xs: readonly string[]): string => xs.map((x) => `[${x[0]}${x[0]!.toUpperCase()}]${alternation([x.slice(1)])}`).join('|');

const toSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map(fold));
const merged = (id: string, fs: readonly CueFamily[]): CompiledFamily => ({ id, re: compilePhrases(fs.flatMap((f) => f.phrases)) });

/** Compiles one lexicon; exported for tests that check each family against its examples. */
export function compileLexicon(lex: ClaimLexicon): CompiledLexicon {
  const a = lex.attribution;
  return {
    lang: lex.lang,
    lex,
    prepositions: compilePhrases(a.prepositions.phrases),
    speechVerbs: compilePhrases(a.speechVerbs.phrases),
    clauseVerbs: compilePhrases(a.clauseVerbs.phrases),
    learnedVerbs: compilePhrases(a.learnedVerbs.phrases),
    anonymousNouns: compilePhrases(a.anonymousNouns.phrases),
    anonymousPhrases: compilePhrases(a.anonymousPhrases.phrases),
    anonymityMarkers: compilePhrases(a.anonymityMarkers),
    nounQuantifiers: toSet(a.nounQuantifiers),
    negationAdverbs: toSet(a.negationAdverbs),
    nounVerbForms: toSet(a.nounVerbForms),
    anonymousUnlessNamed: compilePhrases(a.anonymousUnlessNamed.phrases),
    affiliatedExperts: toSet(a.affiliatedExperts),
    headBreakers: toSet(a.headBreakers),
    sourceNouns: compilePhrases(a.sourceNouns.phrases),
    // Families of one role are merged into a single regex: one scan per role instead of one per family.
    rumorCues: [merged('rumor', lex.rumorCues)],
    opinionCues: [merged('opinion', lex.opinionCues)],
    judgementCues: [merged('judgement', lex.judgementCues)],
    evaluativeWords: compilePhrases(lex.evaluativeWords.phrases),
    factFrames: compilePhrases(lex.factFrames.phrases),
    eventModals: compilePhrases(lex.eventModals.phrases),
    seemVerbs: compilePhrases(lex.seemVerbs.phrases),
    deonticModals: compilePhrases(lex.deonticModals.phrases),
    instructionSubjects: toSet(lex.instructionSubjects),
    eventObjectNouns: toSet(a.eventObjectNouns),
    forecastIntensifiers: compilePhrases(lex.forecastIntensifiers.phrases),
    hypothesisExceptions: compilePhrases(lex.hypothesisExceptions.phrases),
    writerConditionals: compilePhrases(lex.conditional?.writerFrames.phrases ?? []),
    definiteDeterminers: toSet(a.definiteDeterminers),
    pronouns: toSet(a.pronouns),
    nonSourceSubjects: toSet(a.nonSourceSubjects),
    capitalisedNonNames: toSet(a.capitalisedNonNames),
    nameConnectors: toSet(a.nameConnectors),
    fillers: toSet(a.fillers),
    genericModalSubjects: toSet(lex.genericModalSubjects),
    genericModalVerbs: toSet(lex.genericModalVerbs),
    permissionSubjects: toSet(lex.permissionSubjects),
    narrativePastVerbs: toSet(lex.narrativePastVerbs),
    seemActionVerbs: new RegExp(`^\\s+(?:${compilePhrases(lex.seemActionVerbs).source})`, 'u'),
    hypothesisOpeners: new RegExp(`^(?:${compilePhrases(lex.hypothesisOpeners).source})`, 'u'),
    notConditional: toSet(lex.conditional?.notConditional ?? []),
    counterfactualMarkers: compilePhrases(lex.conditional?.counterfactualMarkers ?? []),
    scopedRumorCues: compilePhrases(lex.scopedRumorCues.phrases),
    eventVerbs: toSet(lex.eventVerbs),
    eventPredicates: compilePhrases(lex.eventPredicates.phrases),
    modalBridges: toSet(lex.modalBridges),
    eventSubjectNouns: toSet(lex.eventSubjectNouns),
    pronounModalSubjects: toSet(lex.pronounModalSubjects),
    notNameStarts: toSet(a.notNameStarts),
    eventAnnouncingVerb: new RegExp(`^(?:${compilePhrases(a.eventAnnouncingVerbs).source})`, 'u'),
    writerConditionalSubjects: toSet(lex.conditional?.writerSubjects ?? []),
    consequenceNouns: toSet(lex.conditional?.consequenceNouns ?? []),
    quantifiedGroup: a.groupQuantifiers.length === 0 ? NEVER : new RegExp(`^(?:${capitalisable(a.groupQuantifiers)})\\s+(?:\\p{Lu}[\\p{L}-]*\\s+|\\p{Ll}[\\p{Ll}-]*\\s+(?=\\p{Ll}))?\\p{Ll}*\\p{L}+s$`, 'u'),
    researchDocument: new RegExp(`^(?:an?|une?|the|la|le|l['’])\\s*(?:[\\p{L}\\d-]+\\s+){0,2}(?:${alternation(a.researchNouns)})(?:\\s+(?:of|on|into|de|sur|du|des)\\s[^,;:]*)?$`, 'iu'),
    findingHead: new RegExp(`(?:^|\\s)(?:${alternation([...a.researchNouns, ...a.findingNouns])})(?:\\s|$)`, 'iu'),
    researchGroups: toSet(a.researchGroups),
    statementNoun: new RegExp(`^(?:${alternation(a.statementNouns)})s?(?![\\p{L}])`, 'u'),
    dependingOnObject: a.dependingOnNouns.length === 0 ? NEVER : new RegExp(`^(?:le|la|les|l['’]|leur|leurs|son|sa|ses)\\s*(?:${alternation(a.dependingOnNouns)})(?![\\p{L}])`, 'iu'),
    variesBefore: a.variationVerbs.length === 0 ? NEVER : new RegExp(`(?<![\\p{L}])(?:${compilePhrases(a.variationVerbs).source})\\s+(?:[^\\s,;:]+\\s+){0,4}$`, 'iu'),
  };
}

const COMPILED: Record<SupportedLang, CompiledLexicon> = {
  en: compileLexicon(EN_LEXICON),
  fr: compileLexicon(FR_LEXICON),
};

/** The compiled lexicon of a supported language. */
export function compiledLexicon(lang: SupportedLang): CompiledLexicon {
  return COMPILED[lang];
}
