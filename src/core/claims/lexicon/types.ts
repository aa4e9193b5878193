/**
 * Shape of a per-language claim lexicon. Lexicons are plain data (no logic, no RegExp objects) so they
 * can be reviewed, validated by tests and extended without touching the classifier.
 *
 * Phrase syntax (compiled by `../phrase-pattern.ts`): lower-case words; a space matches any run of
 * whitespace; an apostrophe matches ' or ’; `…` matches a gap of up to six words; a trailing `*` on a
 * word matches any word ending (`rumeur*` → rumeur, rumeurs). Matching is case-insensitive and on word
 * boundaries.
 */

/** A family of cue phrases that share one meaning, with example sentences that must trigger it. */
export interface CueFamily {
  /** Stable id, shown in tests and debugging ("hearsay-adverb"). */
  id: string;
  /** Phrases in the syntax above. */
  phrases: readonly string[];
  /** Sentences (in the lexicon's language) in which at least one phrase of this family matches. */
  examples: readonly string[];
}

/** Words and phrases that decide who stands behind a claim. */
export interface AttributionLexicon {
  /** Prepositional frames whose object is the source: "according to", "selon", "d'après". */
  prepositions: CueFamily;
  /** Speech verbs that report a claim whatever follows them: "said", "a déclaré". */
  speechVerbs: CueFamily;
  /**
   * Verbs that report a claim only when a clause follows (that/que, an infinitive, a quote) or when
   * the subject is inverted; with a plain object they state an event ("announced the M5" → fact).
   */
  clauseVerbs: CueFamily;
  /** "X has learned" / "a appris X": the outlet has unnamed sources, so the claim is a rumor. */
  learnedVerbs: CueFamily;
  /** Head nouns of unnamed sources: "people", "sources", "insiders", "personnes". */
  anonymousNouns: CueFamily;
  /** Nouns for outlets and documents that are unnamed only when no name comes with them ("media" vs "media (The Elec)"). */
  anonymousUnlessNamed: CueFamily;
  /** Expert nouns that become a named source when tied to a named body ("analysts at Morgan Stanley"). */
  affiliatedExperts: readonly string[];
  /** Words that end the head of a source phrase ("sources who declined", "personnes interrogées par"). */
  headBreakers: readonly string[];
  /** Phrases that make a source unnamed wherever they sit: "familiar with the matter", "documents internes". */
  anonymousPhrases: CueFamily;
  /**
   * Phrases that say the speaker of the sentence asked not to be named, wherever they sit in it: the
   * named body before them is only where the speaker works ("A White House official said, on
   * condition of anonymity, that ...", "À Matignon, un conseiller assure, sous couvert d'anonymat, ...").
   */
  anonymityMarkers: readonly string[];
  /**
   * Words after which a reporting verb's form is a plural noun ("several reports", "many claims"):
   * counted and quantifying words, wider than `groupQuantifiers` (which make a source anonymous).
   */
  nounQuantifiers: readonly string[];
  /** Adverbs that can stand between a negation and its verb: "has not yet reported", "did not publicly confirm". */
  negationAdverbs: readonly string[];
  /** Reporting verb forms that are also plural nouns ("weather forecasts", "expense reports", "release notes"). */
  nounVerbForms: readonly string[];
  /** Nouns for documents and organisations that stand for a named source with a definite determiner. */
  sourceNouns: CueFamily;
  /** Determiners that make a source noun definite (the report, le rapport, its report). */
  definiteDeterminers: readonly string[];
  /** Subject pronouns that point back to a source named earlier (he said, il précise). */
  pronouns: readonly string[];
  /** Subjects that are the writer or a clause, never a source ("which suggests", "ce qui indique"). */
  nonSourceSubjects: readonly string[];
  /** Capitalised words that are not names (sentence openers, demonyms, months, days, acronyms like AI). */
  capitalisedNonNames: readonly string[];
  /** Words allowed inside a multi-word name ("Wall Street Journal", "Bank of America", "Banque de France"). */
  nameConnectors: readonly string[];
  /** Words that, just before a verb form, make it a noun or adjective ("the reports", "une note", "l'estime"). */
  nounMarkers: readonly string[];
  /** Auxiliaries that make the next participle passive ("was reported", "a été annoncé"). */
  passiveAuxiliaries: readonly string[];
  /** Words after a reporting verb that show a claim clause follows (that, que, will, would, is ...). */
  clauseMarkers: readonly string[];
  /** Words after a reporting verb that show a plain object follows, so no clause (to, for, with ...). */
  objectMarkers: readonly string[];
  /** Nouns that make a reporting verb's object an event ("reported a loss", "a publié des résultats"). */
  eventObjectNouns: readonly string[];
  /** Words skipped between a subject and its verb, or a verb and its clause (auxiliaries, adverbs, time words); up to three words each ("en revanche", "pour sa part"). */
  fillers: readonly string[];
  /**
   * Words that open no name (prepositions, "a"): a capitalised segment they start ("Selon Reuters",
   * "After Monday") is not the name an apposition after it describes.
   */
  notNameStarts: readonly string[];
  /**
   * Reporting verbs (phrase syntax, `*` allowed) whose determiner + noun object is an announced decision
   * or product, an event (DESIGN.md): "a annoncé la suppression de 1 200 postes", "a relevé sa prévision".
   */
  eventAnnouncingVerbs: readonly string[];
  /** Quantifiers that make a capitalised group a counted, unnamed source: "Many Tunisians accuse". */
  groupQuantifiers: readonly string[];
  /** Research documents that speak for their authors: "A 2022 review of 130 studies found that". */
  researchNouns: readonly string[];
  /** Other documents whose findings are told with a plain object: "The report found serious gaps". */
  findingNouns: readonly string[];
  /**
   * The authors of research, named by their trade alone as the whole subject ("Researchers found that",
   * "Scientists concluded"): the study's people, a source already introduced, like "the researchers".
   */
  researchGroups: readonly string[];
  /** Nouns of a stance, not an event, after an announcing verb: "a annoncé son intention de". */
  statementNouns: readonly string[];
  /** Objects after which "selon" means "depending on": "selon les cas", "selon les arrivages". */
  dependingOnNouns: readonly string[];
  /** Verbs of variation (phrase syntax, `*` allowed) before a "selon" that means "depending on". */
  variationVerbs: readonly string[];
}

/** Conditional mood (French): when it is hearsay and when it is the writer's own voice. */
export interface ConditionalLexicon {
  /** Words ending in -rait/-raient that are not conditionals: nouns, adjectives, imperfects of -rer verbs. */
  notConditional: readonly string[];
  /** Conditionals the writer uses for advice or judgement ("il faudrait", "aurait tout intérêt à") → opinion. */
  writerFrames: CueFamily;
  /** Markers of an unreal alternative next to the conditional ("sinon"): not hearsay. */
  counterfactualMarkers: readonly string[];
  /** Subjects that make a conditional the writer's hypothesis ("cela enverrait un signal désastreux"). */
  writerSubjects: readonly string[];
  /**
   * Nouns of events, decisions and figures that, after a demonstrative, make "pourrait"/"devrait" the
   * writer's forecast of their consequences ("Ce procès pourrait faire jurisprudence"), not hearsay
   * about what someone does or plans.
   */
  consequenceNouns: readonly string[];
}

/** The whole lexicon of one language. */
export interface ClaimLexicon {
  lang: 'en' | 'fr';
  attribution: AttributionLexicon;
  /** Families whose match makes the sentence a rumor unless a named source frames it. */
  rumorCues: readonly CueFamily[];
  /** Stance frames (hope, likelihood, first person, inference): the writer's opinion, stronger than a hedge. */
  opinionCues: readonly CueFamily[];
  /** Evaluative set phrases ("bonne nouvelle", "than ever"): opinion unless a hedge or a source rules. */
  judgementCues: readonly CueFamily[];
  /** Evaluative adjectives/adverbs: weaker opinion evidence, counted rather than decisive. */
  evaluativeWords: CueFamily;
  /** "declined to comment", "n'a pas donné suite": a non-answer is an event, hence a fact. */
  factFrames: CueFamily;
  /** Modal verbs that hedge an event when their subject is a company or thing (may, might, could). */
  eventModals: CueFamily;
  /** Subjects for which a modal is generic or the writer's own (you can, we could, it may take). */
  genericModalSubjects: readonly string[];
  /**
   * Verbs that make a following modal a statement of capability, permission or generic possibility
   * rather than a hedge on an event ("may contain", "can take", "could imagine"): specs, manuals, fiction.
   */
  genericModalVerbs: readonly string[];
  /**
   * Generic roles after which "may" grants permission rather than hedging ("Users may opt out",
   * "providers of models may rely on codes of practice"): looked for among the first words of the
   * modal's clause (writer-speculation.ts).
   */
  permissionSubjects: readonly string[];
  /**
   * Simple-past finite verbs: a "could"/"might" in a sentence told in the past is past ability or
   * future-in-past ("she could see", "so that he might leave"), not a hedge on a current event.
   */
  narrativePastVerbs: readonly string[];
  /**
   * Hedges that are rumor only about a third party's event ("Apple is preparing to launch", "the
   * update would likely add"), not in narrative or the writer's musing ("he would probably have
   * concluded", "Uber is preparing to respond in a civic manner"): same scope test as the modals.
   */
  scopedRumorCues: CueFamily;
  /**
   * Verbs of news events (base forms and irregular participles) that a hedge must govern to be a
   * rumor: launch, acquire, raise, lay off... A modal on "be disappointed", "take hours" or "be done"
   * is the writer's speculation or a statement of possibility, not a hedged claim about an event.
   */
  eventVerbs: readonly string[];
  /** Non-verbal event predicates after "be" ("on the way", "in talks", "worth $5 billion"). */
  eventPredicates: CueFamily;
  /** Words skipped between a modal and the verb it governs ("could soon be forced to close"). */
  modalBridges: readonly string[];
  /** Common nouns for products, deals and plans that can be the subject of a hedged event ("the update"). */
  eventSubjectNouns: readonly string[];
  /** Subjects with which a French modal conditional is hearsay only on an event verb ("il", "elle"). */
  pronounModalSubjects: readonly string[];
  /** Deontic modals: the writer's recommendation ("regulators should move faster") → opinion. */
  deonticModals: CueFamily;
  /** Subjects for which a deontic modal is an instruction or an expectation, not advice ("you should see"). */
  instructionSubjects: readonly string[];
  /** Seem/appear verbs: hedge (rumor) before an action verb, judgement (opinion) otherwise. */
  seemVerbs: CueFamily;
  /** Action verbs after seem/appear that make it a hedge on what a company does (delay, prepare). */
  seemActionVerbs: readonly string[];
  /** Future-tense intensifiers: a forecast with one of these is the writer's opinion. */
  forecastIntensifiers: CueFamily;
  /** Words that open a hypothesis ("si", "if"): a hedged main clause after them is the writer's reasoning. */
  hypothesisOpeners: readonly string[];
  /** Openers that look like a hypothesis but are not ("si l'on en croit", "if you"). */
  hypothesisExceptions: CueFamily;
  /** French conditional mood data (absent for English, which hedges with adverbs and modals). */
  conditional?: ConditionalLexicon;
}
