import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { blockRangeToDom, extractArticle, type ExtractedBlock } from '../../src/content/extract';

/** Evidence that extraction reads the article and nothing around it, on realistic pages. */

const pagesDir = path.join(process.cwd(), 'tests/fixtures/pages');
const sample = path.join(process.cwd(), '../shared/samples/meta-llm-fr.html');

interface Expected { lang: string; isAiNews: boolean; mustContain: string[]; mustNotContain: string[] }
const fixtures = fs.readdirSync(pagesDir).sort()
  .filter(slug => fs.existsSync(path.join(pagesDir, slug, 'source.html')))
  .map(slug => ({
    slug,
    file: path.join(pagesDir, slug, 'source.html'),
    expected: JSON.parse(fs.readFileSync(path.join(pagesDir, slug, 'expected.json'), 'utf8')) as Expected,
  }));

const load = (file: string) => parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document;
const collapse = (s: string) => s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\t\n\f\r \u00a0]+/g, ' ');

/** The page text between two DOM points, over the text nodes the block maps to (in block order). */
function domTextBetween(block: ExtractedBlock, p: NonNullable<ReturnType<typeof blockRangeToDom>>): string {
  const nodes: Text[] = [];
  for (const piece of block.pieces) if (!nodes.includes(piece.node)) nodes.push(piece.node);
  const from = nodes.indexOf(p.startNode);
  const to = nodes.indexOf(p.endNode);
  let out = '';
  for (let i = from; i <= to; i++) {
    const data = nodes[i]!.data;
    out += data.slice(i === from ? p.startOffset : 0, i === to ? p.endOffset : data.length);
  }
  return out;
}

/** Deterministic pseudo-random numbers (LCG) so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('fixture pages: the body, all of it, and nothing else', () => {
  it('has at least 12 AI-news pages, half French, half English, and some negatives', () => {
    const positives = fixtures.filter(f => f.expected.isAiNews);
    expect(positives.length).toBeGreaterThanOrEqual(12);
    expect(positives.filter(f => f.expected.lang === 'fr').length).toBeGreaterThanOrEqual(6);
    expect(positives.filter(f => f.expected.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(fixtures.filter(f => !f.expected.isAiNews).length).toBeGreaterThanOrEqual(3);
  });

  for (const { slug, file, expected } of fixtures) {
    it(`${slug}: body sentences in, chrome out`, () => {
      const article = extractArticle(load(file));
      const texts = article.blocks.map(b => b.text);
      expect(article.isArticle).toBe(true);
      for (const s of expected.mustContain) expect(texts.some(t => t.includes(s)), `missing: ${s}`).toBe(true);
      for (const s of expected.mustNotContain) expect(texts.filter(t => t.includes(s)), `leaked: ${s}`).toEqual([]);
    });
  }
});

describe('the sample article', () => {
  const article = extractArticle(load(sample));

  it('reads title, language, metadata and every paragraph', () => {
    expect(article.htmlLang).toBe('fr');
    expect(article.title).toBe('Meta construirait un LLM capable de rivaliser avec GPT-4');
    expect(article.metaText).toContain('Intelligence artificielle');
    expect(article.headings[0]).toBe('Meta construirait un LLM capable de rivaliser avec GPT-4');
    expect(article.blocks.filter(b => b.kind === 'paragraph')).toHaveLength(12);
    expect(article.blocks.some(b => b.text.startsWith('Meta serait en train de construire un modèle'))).toBe(true);
  });

  it('leaves the byline, the aside and the footer out', () => {
    const all = article.blocks.map(b => b.text).join('\n');
    for (const s of ['Par la rédaction', '11 septembre 2023', 'À lire aussi', 'Recevez chaque matin', 'Mentions légales', 'Smartphones']) {
      expect(all).not.toContain(s);
    }
  });
});

describe('blockRangeToDom round-trips on every page', () => {
  for (const { slug, file } of [{ slug: 'sample', file: sample }, ...fixtures]) {
    it(`${slug}: DOM text between the returned points equals the block slice`, () => {
      const rnd = random(slug.length * 7919);
      for (const block of extractArticle(load(file)).blocks) {
        // Whole block, then random ranges.
        const ranges: [number, number][] = [[0, block.text.length]];
        for (let i = 0; i < 8; i++) {
          const a = Math.floor(rnd() * block.text.length);
          const b = a + 1 + Math.floor(rnd() * (block.text.length - a));
          ranges.push([a, b]);
        }
        for (const [a, b] of ranges) {
          const p = blockRangeToDom(block, a, b);
          expect(p, `${a}..${b}`).not.toBeNull();
          expect(collapse(domTextBetween(block, p!))).toBe(block.text.slice(a, b));
        }
      }
    });
  }

  it('rejects empty and out-of-bounds ranges', () => {
    const block = extractArticle(load(sample)).blocks[1]!;
    expect(blockRangeToDom(block, 3, 3)).toBeNull();
    expect(blockRangeToDom(block, -1, 4)).toBeNull();
    expect(blockRangeToDom(block, 0, block.text.length + 1)).toBeNull();
  });
});
