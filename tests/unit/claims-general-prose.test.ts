// General-prose rules of the claim classifier (ordinary web pages, manuals, fiction): each case is ours,
// written for the rule it pins, not copied from the corpus pages.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en').label;
const fr = (s: string) => classifySentence(s, 'fr').label;

describe('root vs epistemic modals', () => {
  it('"may not" in a licence or spec is a prohibition, not a hedge', () => {
    expect(en('Licensees may not sublicense the fonts to third parties.')).toBe('fact');
    expect(en('The Widget API may not call the storage layer directly.')).toBe('fact');
  });
  it('capability and generic possibility verbs after may/could are not hedges', () => {
    expect(en('Both Headers and Cookies may contain non-ASCII characters.')).toBe('fact');
    expect(en('The Scheduler could also run jobs on spare machines overnight.')).toBe('fact');
  });
  it('past ability and future-in-past in narrative are not hedges', () => {
    expect(en('The Nightingale could hear the river long before the village came into view.')).toBe('fact');
    expect(en('Marta left the door ajar, so that Tomas might slip in unnoticed while the guards were asleep.')).toBe('fact');
  });
  it('"could have" is a counterfactual', () => {
    expect(en('Harriet could have taken the early train to Leeds.')).toBe('fact');
  });
  it('keeps epistemic may/could on a company event', () => {
    expect(en('Valvecorp may delay its headset until the spring.')).toBe('rumor');
    expect(en('Two suspects may have fled across the border, police sources said.')).toBe('rumor');
  });
});

describe('lexical hedges that are not about the event', () => {
  it('"is said to" in a proverbial comparison or a definition', () => {
    expect(en('Just as a cornered cat is said to fight hardest, so Mr Pell pushed harder.')).toBe('fact');
    expect(en('A transaction is said to be durable once its log record reaches the disk.')).toBe('fact');
  });
  it('"would likely" inside a narrated thought is future-in-past', () => {
    expect(en('The sailors set out at dawn, knowing that the storm would likely catch them by noon.')).toBe('fact');
  });
});

describe('named sources in ordinary prose', () => {
  it('a capitalised preposition inside a title is not "per X"', () => {
    expect(en('Miles Per Hour is now playing at three cinemas in Leeds.')).toBe('fact');
  });
  it('a plural noun after a common noun is not a speech verb', () => {
    expect(en('Engineers review expense reports every Friday before the payroll run.')).toBe('fact');
  });
  it('"open-source" does not contain an anonymous "source"', () => {
    expect(en('There were no open-source libraries that handled our file format, so we wrote one.')).toBe('fact');
  });
  it('a hypothetical speaker ("would say") attributes nothing', () => {
    expect(en('Any of my neighbours would say that the bakery makes the best bread in town.')).not.toBe('rumor');
  });
  it('"described it" without "as" is an event, not a claim', () => {
    expect(en('In 1972, Okafor described it during a lecture at the Royal Institution.')).toBe('fact');
  });
  it('transitive verbs like "maintained" report only with a clause', () => {
    expect(en('The Hanseatic towns were a trading league that maintained order along the coast.')).toBe('fact');
    expect(en('Okafor maintained that the results were sound.')).toBe('reported');
  });
  it('a tag that closes the sentence frames it even after a hedge', () => {
    expect(en('Amid speculation that the merger was off, the chief executive flew to Oslo on Tuesday, his spokeswoman said.')).toBe('reported');
  });
  it('a name and a verb after a closing quotation name the speaker', () => {
    expect(en('“I never asked for any of this,” Rowena muttered.')).toBe('reported');
  });
  it('brand names that start with digits are names', () => {
    expect(en('Sales of the kettles doubled in March, according to analytics firm 4castdata.')).toBe('reported');
  });
});

describe('opinion cues in ordinary prose', () => {
  it('a capitalised evaluative word inside a name is not an evaluation', () => {
    expect(en('Farm incomes collapsed during the Great Slump of the 1930s.')).toBe('fact');
  });
  it('"make sure" is an idiom', () => {
    expect(en('The installer makes sure that the checksum of each package matches the index.')).toBe('fact');
  });
  it('a requirement in a relative clause describes a property', () => {
    expect(en('Bridges carry loads which have to be spread across the piers.')).toBe('fact');
  });
});

describe('French generic hypotheticals', () => {
  it('a conditional after "ceux qui" is not hearsay', () => {
    expect(fr('Ceux qui voudraient visiter le musée trouveront les horaires sur le site de la ville.')).toBe('fact');
  });
  it('"Aucune" opening a sentence is not a name', () => {
    expect(fr('Aucune entreprise ne pourra invoquer cette exception après le 1er janvier.')).toBe('fact');
  });
  it('an adverbial between the verb and "que" keeps the claim reported', () => {
    expect(fr('Le maire a annoncé dès lundi qu’il rouvrirait la piscine en juin.')).toBe('reported');
  });
});

describe('the first person plural telling readers what must be done', () => {
  it('"we need to", "nous devons", "il nous faut" are the writer calling to act', () => {
    expect(en('As regulators dither, we also need to protect the people who opt out of tracking.')).toBe('opinion');
    expect(en('We need to rethink how schools teach statistics.')).toBe('opinion');
    expect(fr('Nous devons reprendre la main sur nos données de santé.')).toBe('opinion');
    expect(fr('Il nous faut moins de comités et plus de décisions.')).toBe('opinion');
  });
  it('but a how-to walking through its steps, or a condition, is not', () => {
    expect(en('Next, we need to define the column that holds the timestamps.')).toBe('fact');
    expect(en('First we need to make sure that the archive on the device matches the published one.')).toBe('fact');
    expect(en('The only thing we need to do is restart the server with the new flag.')).toBe('fact');
    expect(en('The previous image stays tagged for a week in case we need to roll back.')).toBe('fact');
    expect(en('We keep the logs we have to archive in a separate bucket.')).toBe('fact');
  });
  it('and a named speaker saying it stays reported', () => {
    expect(en('"We need to hire faster," the chief executive, Lena Ortiz, said.')).toBe('reported');
  });
});

describe('research authors named by their trade', () => {
  it('"Researchers found that" points to a study\'s authors, as "the researchers" does', () => {
    const r = classifySentence('In a paper released on Monday, researchers concluded that the vaccine halved hospital stays.', 'en');
    expect(r.label).toBe('reported');
    expect(r.source).toBe('researchers');
    expect(en('Scientists found that the glacier lost a fifth of its mass in ten years.')).toBe('reported');
  });
  it('while "Experts say" stays an unnamed source', () => {
    expect(en('Experts say the glacier could vanish within a decade.')).toBe('rumor');
  });
});

describe('fears an event raises, held by nobody named', () => {
  it('"raised fears that", "fait craindre que" tell a speculation as rumor', () => {
    expect(en('The outage raised concerns that the exchange would delay its listing again.')).toBe('rumor');
    expect(en('The bombing sparked fears that the ceasefire was collapsing.')).toBe('rumor');
    expect(fr("La panne fait craindre que l'opérateur reporte encore son entrée en Bourse.")).toBe('rumor');
  });
  it('but fears a named source voices are reported', () => {
    expect(en('The IMF said the slowdown raised concerns that inflation would persist.')).toBe('reported');
  });
});
