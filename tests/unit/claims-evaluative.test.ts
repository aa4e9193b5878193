// Evaluative stance without a stance frame (src/core/claims/evaluative-stance.ts), the writer's
// epistemic modals (writer-speculation.ts) and French restrictive relatives with a conditional.
// Every example sentence is ours; each lexicon family's examples must read as opinion.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';
import { findEvaluativeStance } from '../../src/core/claims/evaluative-stance';
import { EN_EVALUATIVE } from '../../src/core/claims/lexicon/evaluative-en';
import { FR_EVALUATIVE } from '../../src/core/claims/lexicon/evaluative-fr';

const en = (s: string) => classifySentence(s, 'en').label;
const fr = (s: string) => classifySentence(s, 'fr').label;
const dupes = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

for (const lex of [EN_EVALUATIVE, FR_EVALUATIVE]) {
  describe(`evaluative lexicon ${lex.lang}`, () => {
    const lists: Record<string, readonly string[]> = {
      intensifiers: lex.intensifiers, predicateAdverbs: lex.predicateAdverbs, copulas: lex.copulas,
      copulaBridges: lex.copulaBridges, excess: lex.excess, neutralUses: lex.neutralUses,
      ...Object.fromEntries(lex.adjectives.map((f) => [f.id, f.words])),
      ...Object.fromEntries(lex.phrases.map((f) => [f.id, f.phrases])),
    };
    for (const [name, xs] of Object.entries(lists)) {
      it(`${name}: lower-case, trimmed, unique`, () => {
        for (const x of xs) expect(x, `"${x}"`).toBe(x.trim().toLowerCase());
        expect(dupes(xs)).toEqual([]);
      });
    }
    it('has a few hundred entries', () => {
      const n = lex.adjectives.reduce((k, f) => k + f.words.length, 0) + lex.phrases.reduce((k, f) => k + f.phrases.length, 0);
      expect(n).toBeGreaterThan(250);
    });
    for (const fam of [...lex.adjectives, ...lex.phrases]) {
      it(`${fam.id}: every example finds a cue and reads as opinion`, () => {
        expect(fam.examples.length).toBeGreaterThan(0);
        for (const ex of fam.examples) {
          expect(findEvaluativeStance(ex, lex.lang).length, ex).toBeGreaterThan(0);
          expect(classifySentence(ex, lex.lang).label, ex).toBe('opinion');
        }
      });
    }
  });
}

describe('English judgement without a cue word → opinion', () => {
  it('copula + evaluative adjective, degree words, excess', () => {
    expect(en('The soundtrack is gorgeous and the pacing never drags.')).toBe('opinion');
    expect(en('The club is deeply a family business, from its logo to its board.')).toBe('opinion');
    expect(en('This is the best pair of headphones I have used.')).toBe('opinion');
    expect(en('Renaming the module now would be a terrible idea.')).toBe('opinion');
    expect(en('The menu is too long and the portions too small.')).toBe('opinion');
    expect(en('Setting up the router was so frustrating.')).toBe('opinion');
    expect(en('What a comeback for the home team!')).toBe('opinion');
  });
  it('stance adverbs, evaluative nouns, reader advice, first-person mind', () => {
    expect(en('Sadly, the café closed its doors last winter.')).toBe('opinion');
    expect(en('A sturdy tripod is a must-have for night shots.')).toBe('opinion');
    expect(en('You should visit the old town early in the morning.')).toBe('opinion');
    expect(en('The second volume is well worth reading.')).toBe('opinion');
    expect(en("I can't imagine going back to a wired mouse.")).toBe('opinion');
  });
  it('the writer’s epistemic modals → opinion; ability, permission and specs stay fact', () => {
    expect(en('It could be argued that the museum needs a new wing.')).toBe('opinion');
    expect(en('This might be the warmest winter in a decade.')).toBe('opinion');
    expect(en('You may find the second chapter slower.')).toBe('opinion');
    expect(en('The repair could take an hour or two.')).toBe('fact');
    expect(en('This product may contain traces of nuts.')).toBe('fact');
    expect(en('The files may not be redistributed without permission.')).toBe('fact');
  });
});

describe('English: neutral, named, quoted or sourced uses stay as they are', () => {
  it('neutral technical uses and names are not judgements', () => {
    expect(en('The difference between the two groups was statistically significant.')).toBe('fact');
    expect(en('The guide lists best practices for naming branches.')).toBe('fact');
    expect(en('The Great Lakes hold a fifth of the world’s fresh surface water.')).toBe('fact');
    expect(en('The checksum is a perfect match for the published one.')).toBe('fact');
  });
  it('a quoted judgement belongs to its speaker; a source frames it', () => {
    // Not the writer's: the verdict quoted is the review's, which "called" now attributes to it.
    expect(en('The review called it “a terrible idea” and moved on.')).toBe('reported');
    expect(en('The film is funny and sweet, according to Variety.')).toBe('reported');
  });
  it('hearsay still rules over an evaluative word', () => {
    expect(en('The new console is reportedly very expensive.')).toBe('rumor');
  });
});

describe('French judgement without a cue word → opinion', () => {
  it('copula + evaluative adjective, degree words, trop', () => {
    expect(fr('La mise en scène est élégante et les décors superbes.')).toBe('opinion');
    expect(fr('Le dernier épisode reste franchement décevant.')).toBe('opinion');
    expect(fr('Le menu est trop cher pour ce qu’il propose.')).toBe('opinion');
    expect(fr('Les budgets de la chaîne sont bien moins généreux que ceux de ses concurrents.')).toBe('opinion');
  });
  it('stance adverbs, nouns and advice', () => {
    expect(fr('Bref, un roman à lire cet été.')).toBe('opinion');
    expect(fr('Dommage que le dernier acte soit si court.')).toBe('opinion');
    expect(fr('Mieux vaut réserver sa table le week-end.')).toBe('opinion');
    expect(fr('On regrettera un final un peu expédié.')).toBe('opinion');
  });
  it('neutral uses stay fact', () => {
    expect(fr('Le parti politique a tenu son congrès à Lyon en mars.')).toBe('fact');
    expect(fr('Le musée ouvre ses portes au moins trois jours par semaine.')).toBe('fact');
  });
});

describe('French conditional in a restrictive relative follows the main clause', () => {
  it('a hypothetical referent is not hearsay', () => {
    expect(fr('La loi protège le salarié qui aurait signalé une fraude à sa hiérarchie.')).toBe('fact');
    expect(fr('Aucune sanction ne visera l’employé qui aurait refusé de signer.')).toBe('fact');
  });
  it('an appositive relative and a main-clause conditional stay hearsay', () => {
    expect(fr('La start-up, qui lèverait 200 millions d’euros, recrute à Paris.')).toBe('rumor');
    expect(fr('Le groupe lancerait une tablette qui coûterait moins de 300 euros.')).toBe('rumor');
  });
});
