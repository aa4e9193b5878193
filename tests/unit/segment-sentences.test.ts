import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/core/text/segment-sentences';

describe('segmentSentences', () => {
  it('splits French sentences and keeps offsets exact', () => {
    const text = "Meta serait en train de construire un modèle. Le Wall Street Journal rapporté que Meta travaille. Espérons que oui !";
    const s = segmentSentences(text, 'fr');
    expect(s.map((x) => x.text)).toEqual([
      'Meta serait en train de construire un modèle.',
      'Le Wall Street Journal rapporté que Meta travaille.',
      'Espérons que oui !',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after abbreviations and initials', () => {
    const fr = segmentSentences('Selon M. Dupont, le projet avance. Il sera livré en mars.', 'fr');
    expect(fr).toHaveLength(2);
    const en = segmentSentences('Dr. Smith told U.S. officials that J. R. Doe had left. The firm declined to comment.', 'en');
    expect(en.map((x) => x.text)).toEqual(['Dr. Smith told U.S. officials that J. R. Doe had left.', 'The firm declined to comment.']);
  });

  it('does not split after a quoted "!" or "?" that the sentence goes on from', () => {
    const en = segmentSentences('Nobody knows when that "eureka!" moment comes. The lab will test it.', 'en');
    expect(en.map((x) => x.text)).toEqual(['Nobody knows when that "eureka!" moment comes.', 'The lab will test it.']);
    const fr = segmentSentences('« Quelle surprise ! » lance-t-elle. Le public applaudit.', 'fr');
    expect(fr.map((x) => x.text)).toEqual(['« Quelle surprise ! » lance-t-elle.', 'Le public applaudit.']);
    // A quoted exclamation that ends the sentence still ends it.
    expect(segmentSentences('She shouted "Stop!" Then she ran.', 'en')).toHaveLength(2);
  });

  it('drops empty and punctuation-only pieces and never throws on odd input', () => {
    expect(segmentSentences('', 'en')).toEqual([]);
    expect(segmentSentences('   …  ', 'en')).toEqual([]);
    const odd = 'a\u200d\u202e b. \ud800 c\u0301! 😀 d\u0000.';
    for (const x of segmentSentences(odd, 'en')) {
      expect(x.start).toBeGreaterThanOrEqual(0);
      expect(x.end).toBeLessThanOrEqual(odd.length);
      expect(odd.slice(x.start, x.end)).toBe(x.text);
    }
  });
});
