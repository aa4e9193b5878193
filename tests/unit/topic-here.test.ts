import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/content/extract';
import { mayBeAiNews, LOCAL_CHECK_MAX_CHARS } from '../../src/content/topic-here';
import { AI_VOCABULARY, DEFAULT_TOPIC_THRESHOLDS, scoreAiTopic, topicInputOf, type ArticleLike } from '../../src/core/topic/index';

/**
 * `mayBeAiNews` lets the content script skip the worker on articles that cannot be AI news. It must
 * never say no where the worker's verdict (`scoreAiTopic`) says yes: checked on every real page we
 * have and on generated articles mixing vocabulary, near-misses and filler; and it must say no on
 * most real non-AI articles, or it would spare nothing.
 */

const corpusDir = path.join(process.cwd(), '../shared/corpus/readability-pages');
const pagesDir = path.join(process.cwd(), 'tests/fixtures/pages');
const sample = path.join(process.cwd(), '../shared/samples/meta-llm-fr.html');
const load = (file: string) => parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document;

describe('mayBeAiNews on real pages', () => {
  const files = [
    ...fs.readdirSync(corpusDir).map(d => path.join(corpusDir, d, 'source.html')),
    ...fs.readdirSync(pagesDir).map(d => path.join(pagesDir, d, 'source.html')),
    sample,
  ].filter(f => fs.existsSync(f));

  it('is true on every page the worker calls AI news, and false on most corpus articles', () => {
    const missed: string[] = [];
    let corpusArticles = 0;
    let corpusSkipped = 0;
    for (const file of files) {
      const article = extractArticle(load(file));
      const verdict = scoreAiTopic(topicInputOf(article));
      const local = mayBeAiNews(article);
      if (verdict.isAiNews && !local) missed.push(file);
      if (file.startsWith(corpusDir) && article.isArticle) {
        corpusArticles++;
        if (!local) corpusSkipped++;
      }
    }
    expect(files.length).toBeGreaterThan(140);
    expect(missed).toEqual([]);
    expect(corpusSkipped / corpusArticles).toBeGreaterThan(0.8);
  });
});

describe('mayBeAiNews on generated articles', () => {
  const vocabulary = AI_VOCABULARY.flatMap(t => t.forms);
  const nearMisses = ['Mail', 'via', 'IAM', 'Amnesty International', 'Claude Monet', 'le mistral', 'Gemini zodiac', 'Nvidia', 'GPU', 'H100', 'AI', 'IA'];
  const word = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom(...nearMisses),
    fc.constantFrom('the', 'report', 'said', 'le', 'rapport', 'selon', 'model', 'language', 'large', 'intelligence', '\n', '-'),
  );
  const text = fc.array(word, { maxLength: 60 }).map(ws => ws.join(' '));
  const article: fc.Arbitrary<ArticleLike> = fc.record({
    title: text,
    metaText: text,
    headings: fc.array(text, { maxLength: 3 }),
    blocks: fc.array(text.map(t => ({ text: t, kind: 'paragraph' })), { maxLength: 8 }),
    isArticle: fc.boolean(),
  });

  it('never says no where the worker says yes', () => {
    fc.assert(
      fc.property(article, a => !scoreAiTopic(topicInputOf(a)).isAiNews || mayBeAiNews(a)),
      { seed: 20261127, numRuns: 3000 },
    );
    // Not vacuous: the generator makes both AI news and articles the local check turns away.
    const drawn = fc.sample(article, { seed: 20261127, numRuns: 1000 });
    expect(drawn.filter(a => scoreAiTopic(topicInputOf(a)).isAiNews).length).toBeGreaterThan(50);
    expect(drawn.filter(a => !mayBeAiNews(a)).length).toBeGreaterThan(50);
  });

  it('leaves articles longer than the local limit to the worker', () => {
    const long = { title: '', metaText: '', headings: [], isArticle: true, blocks: [{ text: 'x '.repeat(LOCAL_CHECK_MAX_CHARS), kind: 'paragraph' }] };
    expect(mayBeAiNews(long)).toBe(true);
    expect(mayBeAiNews({ ...long, blocks: [{ text: 'A quiet story about gardening.', kind: 'paragraph' }] })).toBe(false);
  });
});

describe('mayBeAiNews leans on the default thresholds', () => {
  it('counts no hits apart: enough anchors and names are enough hits while minBodyHits <= minBodyAnchorHits', () => {
    expect(DEFAULT_TOPIC_THRESHOLDS.minBodyHits).toBeLessThanOrEqual(DEFAULT_TOPIC_THRESHOLDS.minBodyAnchorHits);
  });
});
