// Rules added after the blind set fresh34 (README, Accuracy): an event told just before as the subject
// of an inference verb is the writer reasoning; "comme l'a montré X" attributes; "people at City Hall"
// are anonymous; advice in ordinary words. Each case is written for its rule, not copied from the set.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('an event as the subject of an inference verb is the writer reasoning', () => {
  it('English: "the deal shows that", "the move underscores how"', () => {
    expect(en('The acquisition shows that the group wants a foothold in gaming.').label).toBe('opinion');
    expect(en('The move underscores how little room the regulator has.').label).toBe('opinion');
    // A document or research keeps speaking for its author.
    const study = en('The study shows that children sleep less than a decade ago.');
    expect(study.label).toBe('reported');
    expect(en('The company\'s filing shows that revenue fell 8 percent.').label).toBe('reported');
    // "shows off" is a display, not an inference.
    expect(en('The launch shows off a brighter screen and a larger battery.').label).toBe('fact');
  });
  it('French: "le rachat montre que", "l\'opération souligne"', () => {
    expect(fr('Le rachat montre que le groupe veut peser dans le jeu vidéo.').label).toBe('opinion');
    expect(fr('L\'opération souligne à quel point le régulateur est démuni.').label).toBe('opinion');
    expect(fr('Le rapport montre que les délais ont doublé.').label).toBe('reported');
  });
});

describe('"comme l\'a montré X" attributes to X, read after the verb', () => {
  it('names the source that follows the verb', () => {
    const shown = fr('Les crues sont plus fréquentes, comme l\'a montré une étude de l\'Inrae publiée en 2021.');
    expect(shown.label).toBe('reported');
    expect(shown.source).toBe('Inrae');
    const said = fr('Le chantier prendra deux ans, comme l\'a indiqué la préfecture.');
    expect(said.label).toBe('reported');
    expect(said.source).toBe('la préfecture');
  });
});

describe('people at a place are anonymous', () => {
  it('"according to people at City Hall" is a rumor, not City Hall speaking', () => {
    const c = en('The budget chief plans to step down in June, according to people at the agency.');
    expect(c.label).toBe('rumor');
    expect(c.source).toBeUndefined();
  });
});

describe('advice and verdicts in ordinary words', () => {
  it('English', () => {
    expect(en('For a family on a budget, the smart move is to wait for the spring sales.').label).toBe('opinion');
    expect(en('Buying the whole stadium is a gamble for a club that lost money last year.').label).toBe('opinion');
    expect(en('Anyone who rides the night bus should show up to the hearing.').label).toBe('opinion');
    // "should show" is an expectation about results, as before.
    expect(en('The tests should show whether the valve leaks.').label).not.toBe('opinion');
  });
  it('French', () => {
    expect(fr('Les locataires ont tout intérêt à garder leurs factures.').label).toBe('opinion');
  });
});

// Rules added after the blind set fresh35 and the candidates left from fresh33.
describe('a French past participle without its auxiliary qualifies a noun', () => {
  it('"les milliards promis par l\'État" frames nothing; "a promis" and coordinated participles still do', () => {
    expect(fr('Les milliards promis par l\'État n\'arriveront pas avant 2027.').label).toBe('fact');
    const promised = fr('Le groupe a promis des milliards pour la nouvelle usine.');
    expect(promised.label).toBe('reported');
    expect(promised.source).toBe('Le groupe');
    expect(fr('Le maire a condamné la fuite et assuré n\'y être pour rien.').label).toBe('reported');
  });
  it('"aux yeux de X" frames the sentence as X\'s view', () => {
    const c = fr('Aux yeux de l\'économiste Jean Tirole, la taxe est mal conçue.');
    expect(c.label).toBe('reported');
    expect(c.source).toBe('Jean Tirole');
  });
  it('a verdict quoted after "a défendu" is the speaker\'s', () => {
    const c = fr('La ministre a défendu jeudi sur RTL un texte « équilibré et nécessaire ».');
    expect(c.label).toBe('reported');
    expect(c.source).toBe('La ministre');
  });
});

describe('the writer\'s verdicts in set phrases', () => {
  it('French', () => {
    expect(fr('Le débat mériterait mieux que des slogans.').label).toBe('opinion');
    expect(fr('Le récit s\'essouffle dans sa seconde moitié.').label).toBe('opinion');
    expect(fr('Une simple mise en garde ne suffit pas.').label).toBe('opinion');
    expect(fr('Le projet relève davantage du symbole que de la réforme.').label).toBe('opinion');
  });
  it('English', () => {
    expect(en('Hold off until the second generation arrives.').label).toBe('opinion');
    expect(en('The camera app works well in daylight but struggles at night.').label).toBe('opinion');
    // A requirement is no verdict.
    expect(en('The parser had to work well on files of any size.').label).toBe('fact');
  });
});

// Rules added after the blind set fresh36.
describe('"The city says" is speech', () => {
  it('present-tense "says" after any common noun frames the sentence', () => {
    const c = en('The charity says the new rules will close two shelters.');
    expect(c.label).toBe('reported');
    expect(c.source).toBe('The charity');
    // A plural noun after a common noun stays a noun ("weather forecasts").
    expect(en('The expense reports were filed on Monday.').label).toBe('fact');
  });
  it('a maker\'s figure is its claim', () => {
    expect(fr('Le constructeur promet jusqu\'à 500 kilomètres d\'autonomie.').label).toBe('reported');
    expect(en('The maker promises up to 12 hours of battery life.').label).toBe('reported');
  });
});

describe('more verdicts in set phrases', () => {
  it('French and English', () => {
    expect(fr('Le dossier dépasse largement le cadre de cette seule entreprise.').label).toBe('opinion');
    expect(fr('La batterie se montre convaincante au quotidien.').label).toBe('opinion');
    expect(en('Cutting the library budget is the wrong answer to a real problem.').label).toBe('opinion');
    expect(en('On this evidence, the club can no longer justify the price.').label).toBe('opinion');
    // "le vrai" telling an impostor from the real person is no verdict; "est le vrai" after a copula is.
    expect(fr('L\'alerte a été donnée lorsque le vrai directeur est rentré.').label).toBe('fact');
    expect(fr('Le prix est le vrai problème de cette offre.').label).toBe('opinion');
  });
});

// Rules added after the blind set fresh37.
describe('findings and official reports', () => {
  it('"found only weak evidence" is a finding; "found only in" a place', () => {
    expect(en('A 2023 review by the National Audit Office found only limited savings from the scheme.').label).toBe('reported');
    expect(en('The same fungus found only in old forests was spotted in a park.').label).toBe('fact');
  });
  it('a parliamentary report speaks for its authors, even with an indefinite article', () => {
    expect(fr('Selon un rapport sénatorial publié en mai, la moitié des radars sont hors service.').label).toBe('reported');
    expect(en('According to a parliamentary report, half the speed cameras are broken.').label).toBe('reported');
  });
});

describe('a capitalised opening adjective is no name', () => {
  it('"Early experience in the sector suggests" is the writer drawing on experience', () => {
    const c = en('Early experience in the sector suggests such targets are hard to hit.');
    expect(c.label).toBe('opinion');
    expect(c.source).toBeUndefined();
    expect(en('Recent history suggests the rebound will be short.').label).toBe('opinion');
  });
});

describe('a study\'s conclusion in the imperfect', () => {
  it('"concluait que" reports, as "conclut que" does', () => {
    expect(fr('Une étude de l\'Insee publiée en 2022 concluait que les loyers avaient doublé.').label).toBe('reported');
  });
});

describe('a quotation tag with an object pronoun', () => {
  it('"», nous confiait-elle" and "», lui a répondu le maire" name the speaker', () => {
    expect(fr('« Je voulais un disque plus sombre », nous confiait-elle avant la tournée.').label).toBe('reported');
    const mayor = fr('« Ce n\'est pas le moment », lui a répondu le maire.');
    expect(mayor.label).toBe('reported');
    expect(mayor.source).toBe('le maire');
  });
});

describe('evaluative adjectives after a copula', () => {
  it('"la victoire est méritée", "the sentence was lenient"', () => {
    expect(fr('La victoire est méritée.').label).toBe('opinion');
    expect(fr('Le lancement a été bâclé.').label).toBe('opinion');
    expect(en('The sentence was lenient for a crime of this size.').label).toBe('opinion');
  });
});

describe('"devrait" as the writer\'s recommendation (DESIGN.md), not hearsay', () => {
  it('verbs of conduct, learning and restraint recommend; verbs of events stay hearsay', () => {
    expect(fr('La direction devrait tirer les leçons de ce fiasco.').label).toBe('opinion');
    expect(fr('Les élus devraient se pencher sur le coût réel du projet.').label).toBe('opinion');
    expect(fr('Le ministère devrait publier le décret en juin.').label).toBe('rumor');
    // A named source still frames it.
    expect(fr('Selon la Cour des comptes, l\'État devrait revoir sa copie.').label).toBe('reported');
  });
});

describe('an anonymous closing tag frames the whole sentence', () => {
  it('"The company has told investors ..., the person said" is a rumor', () => {
    expect(en('The lab has told staff it will cut a fifth of its jobs, one of the people said.').label).toBe('rumor');
    // A named closing tag keeps the sentence reported, and a conduit's "citing people" keeps the outlet's frame.
    expect(en('The lab has told staff it will cut a fifth of its jobs, the company said.').label).toBe('reported');
    expect(en('The lab will cut a fifth of its jobs, The Verge reported, citing people familiar with the plan.').label).toBe('reported');
  });
});
