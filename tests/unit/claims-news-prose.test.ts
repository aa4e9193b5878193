// Readings of ordinary news prose that the tenth rule round fixed: negated reporting verbs with an adverb,
// documents described by a participle, forecasts in relative clauses, participle tags under a hedge, and
// the French conditional about a thing. Each case is ours, written for the rule it pins.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en').label;
const fr = (s: string) => classifySentence(s, 'fr').label;

describe('statements not made', () => {
  it('a negation with an adverb before the verb reports nothing', () => {
    expect(en('The lab employs 90 people and has not yet reported any revenue.')).toBe('fact');
    expect(en('The ministry has not publicly confirmed the figure.')).toBe('fact');
  });
  it('a modal inside an indirect question after "has not said when" is nobody\'s speculation', () => {
    expect(en('The startup has not said when it might open its first office abroad.')).toBe('fact');
  });
  it('a plural noun that is also a verb is no speech act after an adjective', () => {
    expect(en('Rival chipmakers have raised large sums on similar promises.')).toBe('fact');
  });
});

describe('documents and tags', () => {
  it('a document described by a participle still speaks for its authors', () => {
    const r = classifySentence('A county housing analysis released in May estimated that 3,000 families would lose aid.', 'en');
    expect(r.label).toBe('reported');
    expect(r.source).toBe('A county housing analysis');
    expect(en('A lawsuit filed in federal court alleges that the firm copied thousands of photographs.')).toBe('reported');
  });
  it('where a speaker spoke is not part of who spoke', () => {
    const r = classifySentence('« Nous ne faisons que commencer », a lancé sa patronne Anne Roux devant plusieurs centaines d’étudiants.', 'fr');
    expect(r.label).toBe('reported');
    expect(r.source).toBe('Anne Roux');
  });
  it('"..., a annoncé la préfecture." closes the sentence with its speaker, not an announced object', () => {
    expect(fr('Les lycées du département resteront fermés vendredi, a annoncé la préfecture.')).toBe('reported');
    expect(fr('Le groupe a annoncé mardi la suppression de 300 postes.')).toBe('fact');
  });
  it('a participle tag does not outrank a hedge on its own main clause', () => {
    expect(en('The nurses\' union is reportedly preparing a strike, arguing that the rota breaks its contract.')).toBe('rumor');
    expect(en('The union filed a complaint on Monday, arguing that the rota breaks its contract.')).toBe('reported');
  });
});

describe("the writer's forecasts and frames", () => {
  it('"will likely" in a relative clause is still the writer forecasting', () => {
    expect(en('Closing the branch is a false saving that will likely cost the town more.')).toBe('opinion');
  });
  it('a modal conditional about an event just told, or about "such a" thing, is the writer reasoning', () => {
    expect(fr('Ce jugement pourrait faire date bien au-delà du secteur.')).toBe('opinion');
    expect(fr('Une telle hausse arriverait bien tard pour les ménages.')).toBe('opinion');
  });
  it('while a conditional about a deal or a company stays hearsay', () => {
    expect(fr('Cette levée pourrait valoriser la start-up à 2 milliards.')).toBe('rumor');
    expect(fr('Ce recul aurait été négocié la veille du vote.')).toBe('rumor');
  });
  it('"il semble par ailleurs que" is the impersonal hearsay split by a connective', () => {
    expect(fr('Il semble par ailleurs que le transfert du défenseur soit acté.')).toBe('rumor');
  });
  it('set phrases of judgement and inferences from a longer demonstrative subject', () => {
    expect(fr('Toute la question est de savoir si le texte survivra au Conseil.')).toBe('opinion');
    expect(fr('Ce coup de force illustre la fragilité de la coalition.')).toBe('opinion');
  });
});
