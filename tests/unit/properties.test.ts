import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDetailed } from '../../src/core/claims/classify-sentence';
import { getGlossaryMatcher } from '../../src/core/glossary/index';
import { segmentSentences } from '../../src/core/text/segment-sentences';
import { EXTRACT_LIMITS, extractArticle, extractArticleInSlices } from '../../src/content/extract';
import { BlockTextBuilder, blockRangeToDom, normalizeBlockText } from '../../src/content/text-map';

/**
 * Property tests (issue 7) over arbitrary Unicode, with a fixed seed so a failure replays: the
 * core's segmentation, classification and glossary matching, and the content script's offset
 * mapping, never throw and always return offsets inside the text, in order, that cover real
 * characters only (`text.slice(start, end) === span.text`, and no span starts or ends between the
 * two halves of a surrogate pair). Inputs mix any code point with lone surrogates, NUL, bidi and
 * zero-width marks, combining accents, emoji sequences and the cue words and terms the analysers
 * look for, so the matchers do fire on them.
 */

const SEED = 20_260_427;
const RUNS = 3_000;

const ODDITIES = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u200F', '\u200E', '\u202E', '\u202C', '\u2066', '\u2069', '\u200D', '\u200B', '\u00AD', '\uFEFF', '\u2028', '\u00A0', 'e\u0301', 'Z\u0337\u0322\u031B', '👩🏽‍💻', '🇫🇷', '🤖', '\t', '\n', '\r\n', '  '];
const WORDS = [
  'LLM', 'GPU', 'H100', 'OpenAI', 'Meta', 'Llama 2', 'open source', 'GPT-4', "l'IA", 'IA générative', 'Nvidia', 'Gemini', 'chatbot',
  'reportedly', 'is said to', 'according to', 'Reuters reported that', 'people familiar with the matter', 'I think', 'serait', 'aurait',
  'selon les rumeurs', 'Le Wall Street Journal a rapporté que', 'espérons que', 'M.', 'Dr.', 'U.S.', 'etc.', '.', '!', '?', '…', ',', '«', '»', '"', ' ',
];

/** One unit of text: any code point, a lone surrogate, an oddity, or a word the analysers know. */
const unit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom(...ODDITIES), weight: 2 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
);
const text = fc.string({ unit, maxLength: 60 });
const lang = fc.constantFrom('fr' as const, 'en' as const);
const params = { seed: SEED, numRuns: RUNS };

/**
 * The normalisation text-map.ts documents: invisible format characters dropped, runs of ASCII
 * whitespace and NBSP collapsed to one space, that space dropped at both ends.
 */
function documentedNormalisation(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]+/g, '').replace(/[\t\n\f\r \u00a0]+/g, ' ').replace(/^ | $/g, '');
}

/** True when offset `i` falls between the halves of a surrogate pair (a real character cut in two). */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const hi = s.charCodeAt(i - 1);
  const lo = s.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** The span contract: inside the text, non-empty, whole characters, and its own text. */
function expectSpan(s: string, span: { start: number; end: number; text: string }): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(s.length);
  expect(span.end).toBeGreaterThan(span.start);
  expect(s.slice(span.start, span.end)).toBe(span.text);
  expect(splitsPair(s, span.start) || splitsPair(s, span.end)).toBe(false);
}

/** Spans in order and not overlapping. */
function expectOrdered(spans: readonly { start: number; end: number }[]): void {
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
}

describe('properties over arbitrary Unicode', () => {
  it('segmentation: sentences are ordered, inside the text, whole characters', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const spans = segmentSentences(s, l);
        for (const span of spans) expectSpan(s, span);
        expectOrdered(spans);
      }),
      params,
    );
  });

  it('classification (the raw classifier, not its catch-all wrapper): a label, a confidence in [0,1], cues inside the sentence', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const { classification: c } = classifyDetailed(s, l);
        expect(['rumor', 'reported', 'fact', 'opinion']).toContain(c.label);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        for (const cue of c.cues) expectSpan(s, cue);
        if (c.source !== undefined) expect(typeof c.source).toBe('string');
      }),
      params,
    );
  });

  it('glossary matching: terms are ordered, non-overlapping, inside the text, whole characters', () => {
    const matcher = getGlossaryMatcher();
    fc.assert(
      fc.property(text, (s) => {
        const hits = matcher.match(s);
        for (const h of hits) expectSpan(s, h);
        expectOrdered(hits);
      }),
      params,
    );
  });

  it('offset mapping (linkedom DOM): pieces cover the block text in order, and any range maps back to the same text', () => {
    const { document } = parseHTML('<!doctype html><html><body><p id="p"></p></body></html>');
    const p = document.getElementById('p')!;
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (datas, a, b) => {
        p.textContent = '';
        const nodes = datas.map((d) => p.appendChild(document.createTextNode(d)) as unknown as Text);
        const builder = new BlockTextBuilder();
        for (const n of nodes) builder.append(n, false);
        const blockText = builder.text();
        expect(blockText).toBe(documentedNormalisation(datas.join('')));
        expect(normalizeBlockText(datas.join('')), 'normalizeBlockText agrees with the builder').toBe(blockText);
        let at = 0;
        for (const piece of builder.pieces) {
          expect(piece.blockStart).toBe(at);
          expect(piece.nodeStart + piece.length).toBeLessThanOrEqual(piece.node.data.length);
          const fromNode = piece.node.data.slice(piece.nodeStart, piece.nodeStart + piece.length);
          const fromBlock = blockText.slice(piece.blockStart, piece.blockStart + piece.length);
          // Character for character, where a block space stands for the first of a collapsed whitespace run.
          for (let k = 0; k < piece.length; k++) {
            const ok = fromBlock[k] === fromNode[k] || (fromBlock[k] === ' ' && /[\t\n\f\r \u00a0]/.test(fromNode[k]!));
            expect(ok, `${JSON.stringify(fromBlock)} vs ${JSON.stringify(fromNode)}`).toBe(true);
          }
          at += piece.length;
        }
        expect(at).toBe(blockText.length);
        if (!blockText.length) return;
        const start = a % blockText.length;
        const end = start + 1 + (b % (blockText.length - start));
        const pts = blockRangeToDom({ text: blockText, pieces: builder.pieces }, start, end)!;
        expect(pts).not.toBeNull();
        expect(pts.startOffset).toBeLessThanOrEqual(pts.startNode.data.length);
        expect(pts.endOffset).toBeLessThanOrEqual(pts.endNode.data.length);
        // The DOM text between the two points, normalised, is the block slice, normalised.
        const i = nodes.indexOf(pts.startNode);
        const j = nodes.indexOf(pts.endNode);
        expect(j).toBeGreaterThanOrEqual(i);
        const between = i === j ? nodes[i]!.data.slice(pts.startOffset, pts.endOffset) : nodes[i]!.data.slice(pts.startOffset) + nodes.slice(i + 1, j).map((n) => n.data).join('') + nodes[j]!.data.slice(0, pts.endOffset);
        expect(documentedNormalisation(between)).toBe(documentedNormalisation(blockText.slice(start, end)));
      }),
      params,
    );
  });

  it('out-of-range offsets map to nothing rather than to a wrong place', () => {
    const { document } = parseHTML('<!doctype html><html><body><p>x</p></body></html>');
    const builder = new BlockTextBuilder();
    builder.append(document.createTextNode('AI \uD800 news') as unknown as Text, false);
    const block = { text: builder.text(), pieces: builder.pieces };
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 30 }), (s, e) => {
        const pts = blockRangeToDom(block, s, e);
        if (!(s >= 0 && e > s && e <= block.text.length)) expect(pts).toBeNull();
        else expect(pts).not.toBeNull();
      }),
      params,
    );
  });
});

describe('extraction in slices (the live page path)', () => {
  const pages = fs.readdirSync('tests/fixtures/pages').map((slug) => path.join('tests/fixtures/pages', slug, 'source.html'));
  const hostile = ['ticker.html', 'unicode.html', 'contenteditable.html', 'frameset.html', 'empty.html'].map((f) => path.join('tests/fixtures/hostile', f));

  it.each([...pages, ...hostile].filter((f) => fs.existsSync(f)))('reads exactly what the one-pass extraction reads: %s', async (file) => {
    const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
    const doc = document as unknown as Document;
    const once = extractArticle(doc);
    const sliced = await extractArticleInSlices(doc);
    expect(sliced.blocks.map((b) => [b.kind, b.text])).toEqual(once.blocks.map((b) => [b.kind, b.text]));
    expect({ ...sliced, blocks: [] }).toEqual({ ...once, blocks: [] });
  });

  it('honours the text cap and says so', async () => {
    const paragraph = '<p>OpenAI is reportedly training a new large language model, according to people familiar with the matter.</p>';
    const { document } = parseHTML(`<html><body><article>${paragraph.repeat(400)}</article></body></html>`);
    const capped = await extractArticleInSlices(document as unknown as Document, { maxChars: 5_000 });
    expect(capped.truncated).toBe(true);
    expect(capped.blocks.reduce((n, b) => n + b.text.length + 1, 0)).toBeLessThanOrEqual(5_000);
    expect(EXTRACT_LIMITS.maxChars).toBe(200_000);
    expect((await extractArticleInSlices(document as unknown as Document)).truncated).toBe(false);
  });
});
