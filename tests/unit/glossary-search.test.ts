// The popup's glossary search: any spelling, either language, no care for accents or capitals,
// best match first, answers in the requested language, and nothing on an empty query.
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../src/core/glossary/index';
import { createGlossarySearch } from '../../src/core/glossary/search';

const search = createGlossarySearch(GLOSSARY);
const ids = (q: string, lang: 'fr' | 'en' = 'en') => search(q, lang).map((h) => h.id);

describe('glossary search over the whole glossary', () => {
  it('finds an entry by its name in either language, whatever the asked language', () => {
    expect(ids('RGPD')[0]).toBe('gdpr');
    expect(ids('GDPR', 'fr')[0]).toBe('gdpr');
    expect(ids('large language model')[0]).toBe('llm');
    expect(ids('grand modèle de langage', 'en')[0]).toBe('llm');
  });

  it('ignores case and accents', () => {
    expect(ids('rgpd')[0]).toBe('gdpr');
    expect(ids('INFERENCE')).toContain('inference');
    expect(ids('inférence')).toContain('inference');
    expect(ids('entrainement')).toContain('training');
    expect(ids('ENTRAÎNEMENT')).toContain('training');
  });

  it('matches aliases, including contextual ones, and reads hyphens as spaces', () => {
    expect(ids('H100')[0]).toBe('h100'); // "H100" alone is a contextual alias
    expect(ids('open-source')[0]).toBe('open-source');
    expect(ids('open source')[0]).toBe('open-source');
    expect(ids('gpt4')).toContain('gpt-4');
  });

  it('ranks an exact spelling before a prefix, a prefix before a word inside, a word before a substring', () => {
    const hits = ids('ia', 'fr');
    expect(hits[0]).toBe('ai'); // "IA" exactly
    const nvidia = hits.indexOf('nvidia'); // "ia" inside a word comes last
    if (nvidia >= 0) expect(nvidia).toBeGreaterThan(hits.indexOf('generative-ai'));
  });

  it('answers with the display term and definition of the asked language, and the category', () => {
    const [fr] = search('llm', 'fr');
    const [en] = search('llm', 'en');
    const entry = GLOSSARY.find((e) => e.id === 'llm')!;
    expect(fr).toEqual({ id: 'llm', term: entry.names.fr[0], definition: entry.definition.fr, category: entry.category });
    expect(en).toEqual({ id: 'llm', term: entry.names.en[0], definition: entry.definition.en, category: entry.category });
  });

  it('finds nothing for an empty, blank or unrelated query, and never throws on odd input', () => {
    expect(search('', 'fr')).toEqual([]);
    expect(search('   ', 'en')).toEqual([]);
    expect(search('zzqxw', 'en')).toEqual([]);
    expect(() => search('\u0000\uD800((*[', 'en')).not.toThrow();
    expect(() => search('a'.repeat(10_000), 'en')).not.toThrow();
  });

  it('respects the limit and returns each entry once', () => {
    const hits = search('a', 'en', 5);
    expect(hits).toHaveLength(5);
    const all = search('e', 'en', 1000);
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
  });

  it('works over any entry list (a tiny glossary)', () => {
    const tiny: GlossaryEntry[] = [
      { id: 'x-one', category: 'concept', names: { fr: ['Réseau neuronal'], en: ['Neural network'] }, definition: { fr: 'déf', en: 'def' } },
    ];
    const s = createGlossarySearch(tiny);
    expect(s('reseau', 'en')).toEqual([{ id: 'x-one', term: 'Neural network', definition: 'def', category: 'concept' }]);
    expect(s('NEURAL', 'fr')[0]?.term).toBe('Réseau neuronal');
  });
});
