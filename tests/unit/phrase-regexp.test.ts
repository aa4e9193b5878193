import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledLexicon } from '../../src/core/claims/compiled-lexicon';
import { EN_LEXICON } from '../../src/core/claims/lexicon/en';
import { FR_LEXICON } from '../../src/core/claims/lexicon/fr';
import { compilePhrases, lower } from '../../src/core/claims/phrase-pattern';

/**
 * `compilePhrases` returns a regex that only tries its pattern at the word starts where one of its
 * phrases can begin. It must find exactly what the same pattern finds scanning every position: these
 * tests run both over real sentences and over random strings made to catch the edges (apostrophes,
 * hyphens, digits, letters outside the Latin table, surrogate pairs, wildcards, a resumed `lastIndex`).
 */

/** Every match of a global regex from `from`, as [index, text] pairs, the way callers loop over them. */
function allMatches(re: RegExp, s: string, from = 0): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  expect(re.lastIndex).toBe(0);
  return out;
}

const plain = (re: RegExp): RegExp => new RegExp(re.source, re.flags);

function compiledRegexes(): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  for (const lang of ['en', 'fr'] as const) {
    const c = compiledLexicon(lang);
    for (const [k, v] of Object.entries(c)) {
      if (v instanceof RegExp && v.global) out.push([`${lang}.${k}`, v]);
      if (Array.isArray(v)) for (const f of v) if (f && f.re instanceof RegExp) out.push([`${lang}.${k}.${f.id}`, f.re]);
    }
  }
  return out;
}

describe('phrase regexes tried at word starts only', () => {
  const regexes = compiledRegexes();

  it('most lexicon roles use the word-start search (the rest scan as before)', () => {
    const prefiltered = regexes.filter(([, re]) => Object.getPrototypeOf(re) !== RegExp.prototype);
    expect(prefiltered.length).toBeGreaterThan(regexes.length / 2);
  });

  it('find the same matches as a full scan on every sentence of the development set', () => {
    const lines = fs.readFileSync('../shared/data/claims-dev.jsonl', 'utf8').split('\n').filter((l) => l.trim());
    let matches = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      const low = lower(text);
      for (const [name, re] of regexes) {
        const got = allMatches(re, low);
        expect(got, `${name} on ${text}`).toEqual(allMatches(plain(re), low));
        matches += got.length;
      }
    }
    expect(matches).toBeGreaterThan(500);
  });

  it('find the same matches as a full scan on random strings, from any lastIndex', () => {
    const phrases = [
      ...EN_LEXICON.rumorCues.flatMap((f) => f.phrases).slice(0, 60),
      ...FR_LEXICON.attribution.speechVerbs.phrases.slice(0, 60),
      'disappoint*', 'a*', 'x-ray', "l'on", 'it’s', 'a', 'œuvre', '2024 model', 'h100', 'short-sighted', 'a … idea',
    ];
    const re = compilePhrases(phrases);
    expect(Object.getPrototypeOf(re)).not.toBe(RegExp.prototype);
    const piece = fc.oneof(
      fc.constantFrom(...phrases.map((p) => p.replace(/\*/g, 'ing').replace(/…/g, 'very bad'))),
      fc.constantFrom(' ', '  ', "'", '’', '-', '.', ',', '«', '"', 'a', 'x', 'l', 'é', 'œ', 'ж', 'Δ', '2', '𝐀', '🤖', '\u0301', '\uD800', 'ab', 'said', 'dit'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(200), (parts, from) => {
        const s = parts.join('');
        const start = Math.min(from, s.length);
        expect(allMatches(re, s, start)).toEqual(allMatches(plain(re), s, start));
        expect(re.test(s)).toBe(plain(re).test(s));
        re.lastIndex = 0;
      }),
      { seed: 20_261_128, numRuns: 3000 },
    );
  });

  it('keep the full scan for lists whose phrases may begin outside a word', () => {
    const re = compilePhrases(['« selon', 'said']);
    expect(Object.getPrototypeOf(re)).toBe(RegExp.prototype);
    expect(allMatches(re, 'he said « selon lui » and she said so again today')).toEqual([
      [3, 'said'],
      [8, '« selon'],
      [30, 'said'],
    ]);
  });
});
