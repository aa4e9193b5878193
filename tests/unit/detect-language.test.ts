import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../src/core/lang/detect-language';

describe('detectLanguage', () => {
  it('reads French and English text with franc', () => {
    expect(detectLanguage("Meta serait en train de construire un modèle d'intelligence artificielle plus puissant que le précédent, selon le journal.", 'en')).toEqual({ lang: 'fr', by: 'franc' });
    expect(detectLanguage('The company is reportedly building a new language model that would rival the best systems available today.', 'fr')).toEqual({ lang: 'en', by: 'franc' });
  });

  it('reports other languages with their own code', () => {
    expect(detectLanguage('Das Unternehmen entwickelt offenbar ein neues Sprachmodell, das mit den besten Systemen konkurrieren soll, berichtet die Zeitung.').lang).toBe('de');
  });

  it("falls back to the page's lang when the text is too short", () => {
    expect(detectLanguage('Bonjour.', 'fr-FR')).toEqual({ lang: 'fr', by: 'page' });
    expect(detectLanguage('', '')).toEqual({ lang: 'und', by: 'none' });
    expect(primaryLanguage('EN_us')).toBe('en');
  });
});
