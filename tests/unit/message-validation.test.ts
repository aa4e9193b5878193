import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_TO_BACKGROUND, POPUP_TO_BACKGROUND, TO_CONTENT } from '../../src/shared/protocol';
import { CONTENT_TO_BACKGROUND_PARAMS, MAX_QUERY_CHARS, POPUP_TO_BACKGROUND_PARAMS, TO_CONTENT_PARAMS } from '../../src/shared/validate';

/**
 * Every param of every call in protocol.ts is checked at the receiver: well-formed params pass,
 * each malformed variant is refused, and no input whatsoever makes a validator throw.
 */

const article = { url: 'https://x.test/a', title: 'T', htmlLang: 'fr', metaText: '', headings: [], blocks: [{ text: 'Bonjour.', kind: 'paragraph' }], isArticle: true, truncated: false };

const CASES: { name: string; check: (p: unknown) => boolean; good: unknown[]; bad: unknown[] }[] = [
  {
    name: 'analyzeArticle',
    check: CONTENT_TO_BACKGROUND_PARAMS.analyzeArticle,
    good: [{ article, force: false }, { article: { ...article, truncated: undefined }, force: true }],
    bad: [{ article }, { article, force: 'yes' }, { article: { ...article, truncated: 'no' }, force: false }, { article: { ...article, blocks: [null] }, force: false }, { article: { ...article, blocks: [{ text: 'x', kind: 'script' }] }, force: false }, { force: false }],
  },
  {
    name: 'getTabReport',
    check: POPUP_TO_BACKGROUND_PARAMS.getTabReport,
    good: [{ tabId: 0 }, { tabId: 1234 }],
    bad: [{ tabId: '12' }, { tabId: -1 }, { tabId: 1.5 }, { tabId: NaN }, { tabId: 2 ** 60 }, {}],
  },
  {
    name: 'analyzeTab',
    check: POPUP_TO_BACKGROUND_PARAMS.analyzeTab,
    good: [{ tabId: 3, force: true }],
    bad: [{ tabId: 3 }, { tabId: 3, force: 1 }, { tabId: '3', force: true }],
  },
  {
    name: 'searchGlossary',
    check: POPUP_TO_BACKGROUND_PARAMS.searchGlossary,
    good: [{ query: 'llm', lang: 'en' }, { query: '', lang: 'fr' }],
    bad: [{ query: 3, lang: 'en' }, { query: 'llm', lang: 'de' }, { query: 'llm' }, { query: 'x'.repeat(MAX_QUERY_CHARS + 1), lang: 'en' }],
  },
  {
    name: 'analyzeNow',
    check: TO_CONTENT_PARAMS.analyzeNow,
    good: [{ force: false }],
    bad: [{}, { force: 'true' }],
  },
  {
    name: 'reveal',
    check: TO_CONTENT_PARAMS.reveal,
    good: [{ kind: 'claim', index: 0 }, { kind: 'term', id: 'llm' }],
    bad: [{ kind: 'claim', index: -1 }, { kind: 'claim', index: '2' }, { kind: 'claim', index: 0.5 }, { kind: 'term', id: 7 }, { kind: 'node', index: 1 }, {}],
  },
  { name: 'highlightState', check: TO_CONTENT_PARAMS.highlightState, good: [{}], bad: [[], 'x'] },
  {
    name: 'step',
    check: TO_CONTENT_PARAMS.step,
    good: [{ direction: 'next' }, { direction: 'prev' }],
    bad: [{ direction: 'up' }, {}, { direction: 1 }],
  },
  { name: 'toggleHighlights', check: TO_CONTENT_PARAMS.toggleHighlights, good: [{}], bad: [[], 0] },
];

describe('params validation at the receiver', () => {
  it('has a validator for every method of every direction', () => {
    expect(Object.keys(CONTENT_TO_BACKGROUND_PARAMS).sort()).toEqual([...CONTENT_TO_BACKGROUND].sort());
    expect(Object.keys(POPUP_TO_BACKGROUND_PARAMS).sort()).toEqual([...POPUP_TO_BACKGROUND].sort());
    expect(Object.keys(TO_CONTENT_PARAMS).sort()).toEqual([...TO_CONTENT].sort());
    expect(CASES.map((c) => c.name).sort()).toEqual([...CONTENT_TO_BACKGROUND, ...POPUP_TO_BACKGROUND, ...TO_CONTENT].sort());
  });

  it.each(CASES)('$name: accepts well-formed params and refuses each malformed variant', ({ check, good, bad }) => {
    for (const g of good) expect(check(g), JSON.stringify(g)).toBe(true);
    for (const b of [...bad, null, undefined, 'params', 42]) expect(check(b), JSON.stringify(b)).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (junk) => {
        for (const c of CASES) expect(typeof c.check(junk)).toBe('boolean');
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
