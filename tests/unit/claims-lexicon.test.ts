/**
 * Keeps the claim lexicons honest: every entry well-formed and lower-case, no duplicates, and every
 * cue family triggered by at least one of its own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/core/claims/compiled-lexicon';
import { isConditionalForm } from '../../src/core/claims/conditional-mood';
import { EN_LEXICON } from '../../src/core/claims/lexicon/en';
import { FR_LEXICON } from '../../src/core/claims/lexicon/fr';
import type { ClaimLexicon, CueFamily } from '../../src/core/claims/lexicon/types';
import { compilePhrases, findSpans } from '../../src/core/claims/phrase-pattern';

function families(lex: ClaimLexicon): CueFamily[] {
  const a = lex.attribution;
  const out: CueFamily[] = [
    a.prepositions, a.speechVerbs, a.clauseVerbs, a.learnedVerbs, a.anonymousNouns, a.anonymousUnlessNamed,
    a.anonymousPhrases, a.sourceNouns, ...lex.rumorCues, ...lex.opinionCues, ...lex.judgementCues,
    lex.evaluativeWords, lex.factFrames, lex.eventModals, lex.deonticModals, lex.seemVerbs,
    lex.forecastIntensifiers, lex.hypothesisExceptions,
  ];
  if (lex.conditional) out.push(lex.conditional.writerFrames);
  return out;
}

function wordLists(lex: ClaimLexicon): Record<string, readonly string[]> {
  const a = lex.attribution;
  return {
    definiteDeterminers: a.definiteDeterminers, pronouns: a.pronouns, nonSourceSubjects: a.nonSourceSubjects,
    capitalisedNonNames: a.capitalisedNonNames, nameConnectors: a.nameConnectors, fillers: a.fillers,
    affiliatedExperts: a.affiliatedExperts, headBreakers: a.headBreakers, nounMarkers: a.nounMarkers,
    passiveAuxiliaries: a.passiveAuxiliaries, clauseMarkers: a.clauseMarkers, objectMarkers: a.objectMarkers,
    eventObjectNouns: a.eventObjectNouns, genericModalSubjects: lex.genericModalSubjects, permissionSubjects: lex.permissionSubjects,
    seemActionVerbs: lex.seemActionVerbs, hypothesisOpeners: lex.hypothesisOpeners,
    instructionSubjects: lex.instructionSubjects,
    notConditional: lex.conditional?.notConditional ?? [], counterfactualMarkers: lex.conditional?.counterfactualMarkers ?? [],
    notNameStarts: a.notNameStarts, eventAnnouncingVerbs: a.eventAnnouncingVerbs, writerSubjects: lex.conditional?.writerSubjects ?? [],
    groupQuantifiers: a.groupQuantifiers, anonymityMarkers: a.anonymityMarkers, nounQuantifiers: a.nounQuantifiers, negationAdverbs: a.negationAdverbs, nounVerbForms: a.nounVerbForms, researchNouns: a.researchNouns, findingNouns: a.findingNouns, researchGroups: a.researchGroups,
    statementNouns: a.statementNouns, dependingOnNouns: a.dependingOnNouns, variationVerbs: a.variationVerbs,
  };
}

const dupes = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

for (const lex of [EN_LEXICON, FR_LEXICON]) {
  describe(`claim lexicon ${lex.lang}`, () => {
    const fams = families(lex);

    it('has unique family ids', () => {
      expect(dupes(fams.map((f) => f.id))).toEqual([]);
    });

    for (const fam of fams) {
      describe(fam.id, () => {
        it('has well-formed, lower-case, unique phrases', () => {
          expect(fam.phrases.length).toBeGreaterThan(0);
          for (const p of fam.phrases) {
            expect(p, `"${p}"`).toBe(p.trim());
            expect(p, `"${p}"`).toBe(p.toLowerCase());
            expect(p, `"${p}"`).not.toMatch(/\s{2,}/);
            expect(p.length).toBeGreaterThan(0);
          }
          expect(dupes(fam.phrases)).toEqual([]);
        });

        it('compiles to a regex', () => {
          expect(() => compilePhrases(fam.phrases)).not.toThrow();
        });

        it('is triggered by each of its example sentences', () => {
          expect(fam.examples.length).toBeGreaterThan(0);
          const re = compilePhrases(fam.phrases);
          for (const ex of fam.examples) expect(findSpans(re, ex).length, ex).toBeGreaterThan(0);
        });
      });
    }

    for (const [name, list] of Object.entries(wordLists(lex))) {
      it(`word list ${name} is lower-case, trimmed and unique`, () => {
        for (const w of list) {
          expect(w, `"${w}"`).toBe(w.trim().toLowerCase());
          expect(w.length).toBeGreaterThan(0);
        }
        expect(dupes(list)).toEqual([]);
      });
    }

    it('compiles as a whole', () => {
      expect(() => compileLexicon(lex)).not.toThrow();
    });
  });
}

describe('French conditional forms', () => {
  const notCond = new Set(FR_LEXICON.conditional!.notConditional);
  it('recognises conditionals', () => {
    for (const w of ['serait', 'aurait', 'devrait', 'pourrait', 'lèverait', 'peineraient', 'viendrait', 'mettrait', 'permettrait', 'finirait', 'saurait', 'verrait', 'connaîtrait', "n'aurait", 'feraient']) {
      expect(isConditionalForm(w, notCond), w).toBe(true);
    }
  });
  it('rejects nouns, adjectives and imperfects that share the ending', () => {
    for (const w of ['portrait', 'extrait', 'attrait', 'retrait', 'trait', 'abstrait', 'distrait', 'parfait', 'déclarait', 'espérait', 'entrait', 'montrait', 'durait', 'ignorait', 'tirait', 'ouvrait', 'livrait', 'démarrait', 'paraît']) {
      expect(isConditionalForm(w, notCond), w).toBe(false);
    }
  });
});
