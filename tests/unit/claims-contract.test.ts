/**
 * The Classification contract on every labelled sentence we have: cues inside the sentence with exact
 * offsets, cues for every non-fact label, confidence in [0, 1]; and no throw on odd input.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentence, classifySentences } from '../../src/core/claims/index';
import type { SupportedLang } from '../../src/core/types';

const FILES = [
  new URL('../../../shared/data/claims-dev.jsonl', import.meta.url),
  ...fs
    .readdirSync(new URL('../fixtures/claims/', import.meta.url))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => new URL(`../fixtures/claims/${f}`, import.meta.url)),
].filter((u) => fs.existsSync(u));

const rows: { text: string; lang: SupportedLang }[] = FILES.flatMap((u) =>
  fs.readFileSync(u, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
);

describe('classification contract', () => {
  it('has labelled sentences to check', () => {
    expect(rows.length).toBeGreaterThan(200);
  });

  it('returns well-formed classifications for every labelled sentence', () => {
    for (const { text, lang } of rows) {
      const r = classifySentence(text, lang);
      expect(['rumor', 'reported', 'fact', 'opinion']).toContain(r.label);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.label !== 'fact') expect(r.cues.length, text).toBeGreaterThan(0);
      for (const c of r.cues) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(c.start).toBeLessThan(c.end);
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
      if (r.label === 'reported') {
        expect(r.sourceKind).toBe('named');
        expect(r.source && r.source.length > 0, text).toBe(true);
      }
    }
  });

  it('never throws on empty or odd Unicode input', () => {
    const odd = [
      '', ' ', '\n\t', '…', '«»', '"', '’’’', '🙂🙂 serait 🙂', 'a', 'Selon', 'selon ,', 'According to', ', said',
      '\u0000\u200b\u200d', 'e\u0301te\u0301 aurait', 'x'.repeat(5000), 'said '.repeat(500), 'Ⅻ ℌ 𝔄𝔟𝔠', '\uD800',
      '(((((', 'Le', 'Il a-t-il déclaré', "qu'", 'l’', '.,;:!?', '» a déclaré «', 'per per per',
    ];
    for (const lang of ['fr', 'en'] as const) {
      for (const t of odd) {
        const r = classifySentence(t, lang);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        for (const c of r.cues) expect(t.slice(c.start, c.end)).toBe(c.text);
      }
      expect(classifySentences(odd, lang)).toHaveLength(odd.length);
    }
  });
});
