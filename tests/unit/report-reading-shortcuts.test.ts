// The shortcuts that make a report cheaper to read and to send give exactly what the plain ways
// give: one glossary scan for both match lists, the hand-made word split of the language check, and
// the report the page gets without the glossary's two-language definitions (restored on its way back).
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportForPage, reportFromPage } from '../../src/background/report-transport';
import { toArticleInput } from '../../src/content/article-input';
import { extractArticle } from '../../src/content/extract';
import { getGlossaryMatcher, readArticleGlossary, summarizeGlossary } from '../../src/core/glossary/index';
import { countFunctionWords, MARKERS } from '../../src/core/lang/function-words';
import { buildReport } from '../../src/core/report/build-report';

const pagesDir = path.resolve('tests/fixtures/pages');
const articles = fs
  .readdirSync(pagesDir)
  .filter((d) => fs.existsSync(path.join(pagesDir, d, 'source.html')))
  .map((d) => {
    const { document } = parseHTML(fs.readFileSync(path.join(pagesDir, d, 'source.html'), 'utf8'));
    return { name: d, input: toArticleInput(`https://example.test/${d}`, extractArticle(document as unknown as Document)) };
  });

/** The language check's word split as it was first written (a regex split): the reference. */
function countByRegexSplit(text: string, lang: string) {
  const languageOf = new Map<string, 'en' | 'fr' | 'other'>();
  for (const [l, words] of Object.entries(MARKERS)) for (const w of words) languageOf.set(w, l as 'en' | 'fr' | 'other');
  const counts = { en: 0, fr: 0, other: 0, distinct: 0 };
  const seen = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const of = word.length <= 6 ? languageOf.get(word) : undefined;
    if (!of) continue;
    counts[of]++;
    if (of === lang && !seen.has(word)) {
      seen.add(word);
      counts.distinct++;
    }
  }
  return counts;
}

describe('report reading shortcuts', () => {
  it('one glossary scan gives matchBlocks, matchBlocksNested and the summary', () => {
    const m = getGlossaryMatcher();
    for (const { input } of articles) {
      const texts = input.blocks.map((b) => b.text);
      const both = m.matchBlocksBoth(texts);
      expect(both.longest).toEqual(m.matchBlocks(texts));
      expect(both.nested).toEqual(m.matchBlocksNested(texts));
      for (const lang of ['fr', 'en'] as const) {
        const read = readArticleGlossary(texts, lang);
        expect(read.hits).toEqual(summarizeGlossary(texts, lang));
        expect(read.longest).toEqual(both.longest);
      }
    }
  });

  it('counts function words as the regex split does, on any text', () => {
    const pieces = ['the', 'The', 'LES', 'et', 'été', 'ÉTÉ', 'İt', 'ſo', 'de', 'der', '\u{1d49c}the', 'the\u{1d49c}', '\ud835', '\udc9c', ' ', '.', '’', '\u0307', '1'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary' }), fc.string()), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'fr'), (t, lang) => {
        expect(countFunctionWords(t, lang)).toEqual(countByRegexSplit(t, lang));
      }),
      { numRuns: 3000, seed: 4 },
    );
  });

  it('the page gets the report without the definitions pair, and the popup gets it back whole', () => {
    let glossaries = 0;
    for (const { input } of articles) {
      const report = buildReport(input, { force: true });
      const sent = JSON.parse(JSON.stringify(reportForPage(report)));
      glossaries += report.glossary.length;
      expect(JSON.stringify(sent).length).toBeLessThanOrEqual(JSON.stringify(report).length);
      for (const [i, g] of sent.glossary.entries()) {
        // What the page's term card shows is unchanged.
        const lang = report.lang === 'fr' ? 'fr' : 'en';
        expect(g.definitions[lang] || g.definition).toBe(report.glossary[i]!.definitions[lang] || report.glossary[i]!.definition);
      }
      expect(JSON.stringify(reportFromPage(sent))).toBe(JSON.stringify(report));
    }
    expect(glossaries).toBeGreaterThan(0);
  });
});
