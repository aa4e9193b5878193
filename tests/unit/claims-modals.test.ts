// Event-scope rule for weak hedges (src/core/claims/event-scope.ts): a bare modal, "would likely",
// "is preparing to" or seem/appear + verb is a rumor only when a third party (name, organisation,
// product, deal) is its subject AND it governs a news event. Every sentence here is ours.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en').label;
const fr = (s: string) => classifySentence(s, 'fr').label;

describe('English modals: third-party subject + event verb → rumor', () => {
  it('keeps hedged company events as rumor', () => {
    expect(en('Qualcomm could unveil a laptop chip with twelve cores next spring.')).toBe('rumor');
    expect(en('The startup might raise another $300 million before the summer.')).toBe('rumor');
    expect(en('Regulators may soon ban the sale of the devices to minors.')).toBe('rumor');
    expect(en('Samsung may have delayed its foldable tablet until next year.')).toBe('rumor');
    expect(en('The retailer could be forced to close up to 20 stores.')).toBe('rumor');
    expect(en('A cheaper Vision headset could be on the way.')).toBe('rumor');
  });
  it('first/second person and generic subjects are not rumor', () => {
    expect(en('I might be wrong about the ending, of course.')).not.toBe('rumor');
    expect(en('You might want to back up your photos first.')).not.toBe('rumor');
    expect(en('It could take several hours to rebuild the index.')).not.toBe('rumor');
    expect(en('Things may look different by the time the snow melts.')).not.toBe('rumor');
  });
  it('a named subject with a non-event predicate is not rumor', () => {
    expect(en('Visitors to Lisbon might be surprised by how steep the streets are.')).not.toBe('rumor');
    expect(en('The Gradle plugin could enforce a naming scheme across modules.')).not.toBe('rumor');
    expect(en('Petra may well be the kindest person on the street.')).not.toBe('rumor');
  });
  it('a common-noun subject behind a name modifier is not a third party', () => {
    expect(en('The Linux scheduler could launch threads on idle cores first.')).not.toBe('rumor');
  });
  it('questions ask, they do not claim', () => {
    expect(en('Could Spotify raise prices again this year?')).not.toBe('rumor');
  });
  it("the writer's own modal speculation is opinion", () => {
    expect(en('I might be wrong, but the second half drags.')).toBe('opinion');
    expect(en('The garden may well be the best part of the visit.')).toBe('opinion');
    expect(fr('Le pari est risqué, mais il pourrait bien réussir.')).toBe('opinion');
  });
  it('evaluative predicates after a modal are opinion', () => {
    expect(en('The sequel could be much better than the original.')).toBe('opinion');
  });
});

describe('scoped hedges: would likely / is preparing to', () => {
  it('rumor on a company event', () => {
    expect(en('Apple is preparing to launch a cheaper iPad in March.')).toBe('rumor');
    expect(en('The merger would likely close in the first quarter.')).toBe('rumor');
  });
  it('not rumor in narrative or about a non-event', () => {
    expect(en('By nightfall he would probably have finished the letter.')).not.toBe('rumor');
    expect(en('The city, weary of the noise, is preparing to celebrate its anniversary quietly.')).not.toBe('rumor');
  });
});

describe('seem/appear + action', () => {
  it('rumor when a company seems to be acting', () => {
    expect(en('Netflix appears to be testing a cheaper ad tier in Canada.')).toBe('rumor');
  });
  it('not rumor with a pronoun or a common-noun subject', () => {
    expect(en("They don't appear to work when the battery is low.")).not.toBe('rumor');
    expect(en('The river seems to be moving faster after the rain.')).not.toBe('rumor');
  });
});

describe('strong hearsay stays rumor whatever the subject', () => {
  it('reportedly, allegedly, is said to, expected to', () => {
    expect(en('The band is reportedly planning a reunion tour.')).toBe('rumor');
    expect(en('It is said to be the fastest chip the firm has made.')).toBe('rumor');
    expect(en('The startup is expected to hire 200 engineers in Paris.')).toBe('rumor');
  });
});

describe('learned / told', () => {
  it('"learned from" and "was told to" are not unnamed-source frames', () => {
    expect(en('There is a lot to be learned from the way the town rebuilt its harbour.')).not.toBe('rumor');
    expect(en('He was told to wait in the lobby until noon.')).not.toBe('rumor');
  });
  it('"has learned" keeps its unnamed-source reading', () => {
    expect(en('The company is cutting a fifth of its staff, The Verge has learned.')).toBe('rumor');
  });
});

describe('French modal conditionals', () => {
  it('a company or thing as subject stays hearsay', () => {
    expect(fr('La société pourrait racheter un concurrent allemand cette année.')).toBe('rumor');
    expect(fr('Le nouveau casque devrait arriver en magasin au printemps.')).toBe('rumor');
  });
  it('generic subjects (on, cela) are the writer speaking', () => {
    expect(fr('On pourrait presque croire à une blague.')).not.toBe('rumor');
    expect(fr('Cela devrait rassurer les lecteurs les plus inquiets.')).not.toBe('rumor');
  });
  it('a pronoun subject is hearsay only on an event verb', () => {
    expect(fr('Le film est long, mais il pourrait plaire aux plus jeunes.')).not.toBe('rumor');
    expect(fr('Il se pourrait que la pluie revienne demain.')).not.toBe('rumor');
    expect(fr('Fondée en 2021, elle pourrait lever 50 millions d’euros d’ici l’été.')).toBe('rumor');
  });
  it('strong hearsay conditionals stay rumor', () => {
    expect(fr('Le groupe serait en train de préparer une offre de rachat.')).toBe('rumor');
  });
});
