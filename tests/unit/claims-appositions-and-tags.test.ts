// Rules added after the blind set fresh41 (README, Accuracy): French tags with an inverted auxiliary or a
// pronominal verb, an addressee before a reported infinitive, a finding dated before its clause, the
// writer's judgement without a copula (an impersonal adjective, an apposition, advice to the reader), and
// results made to "tell us". Each case is written for its rule, not copied from the set.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('French quotation and clause tags', () => {
  it('an inverted auxiliary before any participle of speech: "..., a-t-il annoncé jeudi."', () => {
    const announced = fr('Les ventes ont reculé de 4 % au troisième trimestre, a-t-il annoncé jeudi.');
    expect(announced.label).toBe('reported');
    expect(announced.cues.map((c) => c.text)).toContain('a-t-il annoncé');
    expect(fr('« Nous ne fermerons aucune usine », ont-elles martelé.').label).toBe('reported');
    // A question opening on the same words reports nothing.
    expect(fr('A-t-il annoncé sa candidature ?').label).not.toBe('reported');
  });
  it('pronominal verbs of indignation tag a quotation, named or not', () => {
    expect(fr('« On ferme la seule maternité du canton », s\'indigne la maire, Claire Vautrin.').label).toBe('reported');
    expect(fr('« Personne ne nous a prévenus », s\'insurge un riverain qui a requis l\'anonymat.').label).toBe('rumor');
    // A complaint of the body is no speech.
    expect(fr('Il se plaint de douleurs au genou depuis la reprise.').label).toBe('fact');
  });
  it('an addressee, then the reported infinitive: "a confié au Parisien avoir ..."', () => {
    const told = fr('Le chanteur a confié au Parisien avoir enregistré l\'album en dix jours.');
    expect(told.label).toBe('reported');
    expect(fr('La ministre a assuré à l\'AFP ne pas vouloir quitter le gouvernement.').label).toBe('reported');
    // An object handed to someone is an event.
    expect(fr('Le maire a confié au premier adjoint la gestion du dossier.').label).toBe('fact');
  });
  it('a named speaker\'s doubt is reported; the writer\'s certainty is opinion', () => {
    expect(fr('L\'économiste Paul Berthier doute toutefois de l\'efficacité de la mesure.').label).toBe('reported');
    expect(fr('Il ne fait aucun doute que le texte sera retoqué.').label).toBe('opinion');
    expect(fr('Le doute plane sur la date de livraison.').label).toBe('fact');
  });
});

describe('a finding dated before its clause', () => {
  it('"found in March that" reports the finding', () => {
    const found = en('A review by the Care Quality Commission found in March that a third of wards were understaffed.');
    expect(found.label).toBe('reported');
    // A place after "found" is still a participle.
    expect(en('The same sensor found in last year\'s model returns this year.').label).toBe('fact');
  });
});

describe('hearsay in set words', () => {
  it('"word in X is that" is a rumor', () => {
    expect(en('Word in the dressing room is that the captain wants out.').label).toBe('rumor');
  });
});

describe('the writer judging without a copula', () => {
  it('an impersonal adjective opening the sentence', () => {
    expect(fr('Difficile pourtant de croire que le calendrier sera tenu.').label).toBe('opinion');
    expect(fr('Normal que les habitants s\'inquiètent.').label).toBe('opinion');
    expect(en('Hard to see the regulator backing down now.').label).toBe('opinion');
    expect(en('Small wonder the shares fell.').label).toBe('opinion');
  });
  it('an evaluative adjective set off as an apposition', () => {
    expect(fr('Remarquable de bout en bout, la défense a tenu jusqu\'au coup de sifflet.').label).toBe('opinion');
    expect(en('The striker, superb in the first half, faded after the break.').label).toBe('opinion');
    // A participle with its agent, an item of a list, a participle with an object: no judgement.
    expect(fr('Inspiré par un fait divers, le film suit une famille de pêcheurs.').label).toBe('fact');
    expect(en('The kit includes a charger, a cable, and a case.').label).toBe('fact');
    expect(en('Apple showed a new assistant in June, promising faster answers.').label).toBe('fact');
  });
  it('advice to the reader after a condition', () => {
    expect(en('If your laptop is more than five years old, buy it now.').label).toBe('opinion');
    expect(fr('Si vous aimez les polars nordiques, foncez.').label).toBe('opinion');
    expect(en('Buy now, pay later schemes have doubled in two years.').label).toBe('fact');
  });
  it('results made to tell the reader something', () => {
    expect(en('That number tells us little about who actually benefits.').label).toBe('opinion');
    expect(fr('Ce score nous dit surtout que l\'équipe manque de banc.').label).toBe('opinion');
  });
  it('review adjectives in the lexicon', () => {
    expect(en('The night shots remain grainy and soft.').label).toBe('opinion');
    expect(fr('Le bilan de la saison est maigre.').label).toBe('opinion');
    expect(fr('La bande originale est somptueuse.').label).toBe('opinion');
  });
});
