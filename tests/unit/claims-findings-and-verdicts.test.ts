// Rules added after the blind sets fresh16 and fresh17 (README, Accuracy): research that states its
// findings, verdicts quoted from a named speaker, testimony heard by a court, the writer's own French
// conditionals of regret, "it appears that" as hearsay, participle tags with "tout en". Each case is
// written for its rule, not copied from a set.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('research, verdicts and testimony are attributed', () => {
  it('a study or review states its findings, with a clause or a plain object', () => {
    const withYear = en('A 2021 survey of 900 farms found that yields fell.');
    expect(withYear.label).toBe('reported');
    expect(withYear.source).toBe('A 2021 survey of 900 farms');
    expect(en('The audit found serious gaps in the tender records.').label).toBe('reported');
    const incise = en('A review of 40 trials, published in The Lancet, found no benefit from the drug.');
    expect(incise.label).toBe('reported');
    expect(incise.source).toBe('A review of 40 trials');
    // A finding verb with a person or the police is an event, as before.
    expect(en('Divers found a wreck off the coast.').label).toBe('fact');
  });
  it('"X called Y “...”" quotes X\'s verdict; naming with "called" does not', () => {
    const c = en('Senator Ruth Okafor called the bill “a gift to landlords”.');
    expect(c.label).toBe('reported');
    expect(c.source).toBe('Senator Ruth Okafor');
    expect(en('This so-called “smart tax” is not new.').label).toBe('fact');
    expect(en('The team used a method called “bootstrapping” to test it.').label).toBe('fact');
    expect(en('The firm, called Bright Labs, which sells “green” paint, opened in May.').label).toBe('fact');
  });
  it('testimony before a court or an inquiry is reported', () => {
    expect(en('The jury heard that the driver had been awake for 20 hours.').label).toBe('reported');
    expect(en('I heard that the bakery closed.').label).not.toBe('reported');
  });
  it('French "invoque", "espère" with a named subject, and "tout en jugeant" tags', () => {
    expect(fr('Le transporteur invoque la hausse du prix du gazole.').label).toBe('reported');
    expect(fr('La mairie espère une réouverture avant Noël.').label).toBe('reported');
    const tag = fr('L\'agence Fitch a relevé la note du Portugal, tout en jugeant que la dette restait « élevée ».');
    expect(tag.label).toBe('reported');
    expect(tag.source).toBe('Fitch');
  });
  it('hopes, confidence and praise told of a named subject are reported; praise in the passive is hearsay', () => {
    expect(en('The airline hopes to restore the route by June.').label).toBe('reported');
    expect(en('She is confident the merger will close this year.').label).toBe('reported');
    expect(en('At the summit, Macron hailed the accord as historic.').label).toBe('reported');
    expect(en('The scheme has been hailed as a model for other cities.').label).toBe('rumor');
    // The writer's own hope stays an opinion; "once hailed as" names no one.
    expect(en('We hope to see the bridge reopen soon.').label).toBe('opinion');
    expect(en('The scooter, once hailed as the future of transport, is now a commodity.').label).not.toBe('reported');
  });
  it('an inverted French tag names the body after an elided "d\'"', () => {
    const c = fr('« Aucune donnée n\'a fuité », a assuré un porte-parole d\'Airbus.');
    expect(c.label).toBe('reported');
    expect(c.source).toBe('Airbus');
  });
  it('a participle tag names the whole subject noun phrase', () => {
    expect(en('The European space agency delayed the launch, saying a valve had failed.').source).toBe('The European space agency');
  });
});

describe('the writer\'s voice and hearsay, told apart', () => {
  it('French conditionals of regret or verdict are the writer\'s', () => {
    expect(fr('Il aurait fallu consulter les riverains plus tôt.').label).toBe('opinion');
    expect(fr('Le roman aurait gagné à être plus court.').label).toBe('opinion');
    expect(fr('Ce serait largement mérité.').label).toBe('opinion');
    expect(fr('La ministre devrait enfin écouter les enseignants.').label).toBe('opinion');
    // "ce serait" + a time or a place is still hearsay.
    expect(fr('Ce serait pour le mois de mars.').label).toBe('rumor');
  });
  it('"sans plus" judges only on its own, not in "sans plus de précisions"', () => {
    expect(fr('Le son est correct, sans plus.').label).toBe('opinion');
    expect(fr('Le club a annoncé son départ, sans plus de précisions.').label).toBe('fact');
  });
  it('an impersonal "it appears that" hedges like "il semble que"', () => {
    const c = en('It appears that the carrier has quietly dropped the route.');
    expect(c.label).toBe('rumor');
    expect(c.cues[0]?.text).toBe('It appears that');
  });
  it('a sentence-opening demonstrative does not make "should" reported speech', () => {
    expect(en('That complaint should not be brushed aside.').label).toBe('opinion');
    expect(en('The minister said that councils should publish the data.').label).not.toBe('opinion');
  });
  it('a passive "blamed on" and a quantifier subject name nobody', () => {
    const c = en('Any delay blamed on the suppliers would hurt the brand.');
    expect(c.label).not.toBe('reported');
    expect(c.source).toBeUndefined();
  });
  it('an indirect question after the verb is no inverted speaker', () => {
    expect(en('That number, more than any speech, explains why the vote matters beyond Ohio.').source).toBeUndefined();
  });
});
