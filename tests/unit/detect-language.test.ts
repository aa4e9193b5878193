import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../src/core/lang/detect-language';
import { functionWordsAgree } from '../../src/core/lang/function-words';

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

describe('a declared en/fr confirmed by function words skips franc, and only then', () => {
  const en = 'The company said on Tuesday that it has been training a new language model, which would be released to customers later this year. It is the first time that the firm has shared details of the project with the press.';
  const fr = "Le groupe a annoncé mardi qu'il entraîne un nouveau modèle de langage, qui sera proposé aux clients dans le courant de l'année. C'est la première fois que la société donne des détails sur ce projet, selon son porte-parole.";
  const de = 'Das Unternehmen hat am Dienstag mitgeteilt, dass es ein neues Sprachmodell trainiert, das noch in diesem Jahr für Kunden verfügbar sein wird. Es ist das erste Mal, dass die Firma Details zu dem Projekt nennt.';
  const es = 'La empresa anunció el martes que está entrenando un nuevo modelo de lenguaje, que estará disponible para los clientes a finales de año. Es la primera vez que la compañía da detalles sobre el proyecto con la prensa.';

  it('takes the declared language when the text plainly agrees', () => {
    expect(detectLanguage(en, 'en-US')).toEqual({ lang: 'en', by: 'words' });
    expect(detectLanguage(fr, 'fr')).toEqual({ lang: 'fr', by: 'words' });
  });

  it('leaves a wrong or missing declaration to franc: French declared en, English declared fr, German, Spanish', () => {
    expect(detectLanguage(fr, 'en')).toEqual({ lang: 'fr', by: 'franc' });
    expect(detectLanguage(en, 'fr')).toEqual({ lang: 'en', by: 'franc' });
    expect(detectLanguage(en, '')).toEqual({ lang: 'en', by: 'franc' });
    expect(detectLanguage(de, 'en')).toEqual({ lang: 'de', by: 'franc' });
    expect(detectLanguage(es, 'fr')).toEqual({ lang: 'es', by: 'franc' });
    expect(detectLanguage(es, 'en')).toEqual({ lang: 'es', by: 'franc' });
  });

  it('wants clear agreement: enough distinct function words, few of another language', () => {
    expect(functionWordsAgree('Lorem ipsum dolor sit amet, et dolore magna est, et justo duo dolores et ea rebum est et clita.', 'fr')).toBe(false);
    expect(functionWordsAgree(`${en} ${fr}`, 'en')).toBe(false);
    expect(functionWordsAgree(en, 'de')).toBe(false);
    expect(functionWordsAgree('The AI.', 'en')).toBe(false);
  });
});
