// Rules added after the blind set fresh15 (README, Accuracy): set phrases of judgement in both
// languages, correlative forecasts, "selon" as "depending on", restrictive "ne ... que", statements of
// intent and testimony. Each case is written for its rule, not copied from a set.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';
import { lastWordBefore } from '../../src/core/claims/phrase-pattern';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('judgements written as set phrases', () => {
  it('"the right/wrong call", "would do better to", "few ... would argue" are the writer\'s', () => {
    expect(en('Scrapping the toll was the wrong decision for the port.').label).toBe('opinion');
    expect(en('The regulator would do better to publish its models.').label).toBe('opinion');
    expect(en('Few economists would argue with the goal.').label).toBe('opinion');
    expect(en('A delay was always likely on a bridge this long.').label).toBe('opinion');
  });
  it('a review\'s rating is its verdict', () => {
    expect(en('Verdict: three stars out of five.').label).toBe('opinion');
    expect(fr('Notre verdict : trois étoiles sur cinq.').label).toBe('opinion');
  });
  it('French idioms of judgement', () => {
    expect(fr('La réforme va dans le bon sens, mais 50 millions ne pèsent pas lourd.').label).toBe('opinion');
    expect(fr('La concurrence entre les cloud souverains ne fait que commencer.').label).toBe('opinion');
    expect(fr('Le gratin, doré à souhait, arrive dans un plat en fonte.').label).toBe('opinion');
    expect(fr('La ville a choisi la facilité en reportant le chantier.').label).toBe('opinion');
  });
  it('a plain statement with the same words stays a fact', () => {
    expect(en('The council voted on Tuesday to review the toll decision.').label).toBe('fact');
    expect(fr('Le chantier a été reporté à 2027.').label).toBe('fact');
  });
});

describe('forecasts and hearsay in longer shapes', () => {
  it('a correlative comparative with a future second half is the writer\'s forecast', () => {
    expect(fr('Plus le chantier traîne, plus la facture sera lourde.').label).toBe('opinion');
    expect(en('The longer the strike lasts, the more the airline will lose.').label).toBe('opinion');
    // Without a future it describes what happened.
    expect(en('The more the company sold, the more it lost.').label).toBe('fact');
  });
  it('"is also understood to" hedges like "is understood to"', () => {
    const c = en('The retailer is also understood to be weighing a sale of its French arm.');
    expect(c.label).toBe('rumor');
    expect(c.cues.map((q) => q.text)).toContain('is also understood to');
  });
});

describe('French verbs and prepositions that do not always report', () => {
  it('"selon" after a verb of variation, or before "les cas", means "depending on"', () => {
    expect(fr('Les tarifs varient selon les opérateurs.').label).toBe('fact');
    expect(fr('La carte change selon les saisons.').label).toBe('fact');
    expect(fr('Selon les opérateurs, les tarifs vont augmenter.').label).toBe('reported');
  });
  it('"ne ... que" restricts an object: no clause, no report', () => {
    expect(fr("Le ministère n'a publié qu'un résumé de l'audit.").label).toBe('fact');
    expect(fr("Le ministère a publié que l'audit était clos.").label).not.toBe('fact');
  });
  it('an announced intention is a statement, an announced departure an event', () => {
    expect(fr('La maire, Claire Dumas, a annoncé son intention de se représenter.').label).toBe('reported');
    expect(fr('La maire a annoncé son départ.').label).toBe('fact');
  });
  it('testimony at the bar names its speaker', () => {
    expect(fr('« Je n’ai rien vu venir », a témoigné à la barre Paul, 58 ans, chauffeur.').label).toBe('reported');
  });
});

describe('lastWordBefore', () => {
  const viaRegex = (t: string, end: number) => {
    const m = /([\p{L}'’-]+)\s*$/u.exec(t.slice(0, end));
    return m ? { start: m.index, end: m.index + m[1]!.length } : undefined;
  };
  it('finds what the end-anchored regex finds, astral letters included', () => {
    const texts = ['has also  ', 'a', '', '  ', "l'équipe a", 'x, y ', 'C’est', 'mot\u00a0', '𝒜𝒷𝒸 ', 'a 𝒜', '12 ', 'semi-final '];
    for (const t of texts) for (let end = 0; end <= t.length; end++) expect(lastWordBefore(t, end), `${t}|${end}`).toEqual(viaRegex(t, end));
  });
});
