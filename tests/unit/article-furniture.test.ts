// The furniture lines (src/core/text/article-furniture.ts) are data: each family's examples must match,
// and real claims that share their first words must not.
import { describe, expect, it } from 'vitest';
import { FURNITURE_FAMILIES, isArticleFurniture } from '../../src/core/text/article-furniture';
import { buildReport } from '../../src/core/report/build-report';

describe('article furniture', () => {
  for (const fam of FURNITURE_FAMILIES) {
    it(`${fam.id}: has patterns and examples, and every example is furniture`, () => {
      expect(fam.patterns.length).toBeGreaterThan(0);
      expect(fam.examples.length).toBeGreaterThan(0);
      for (const ex of fam.examples) expect(isArticleFurniture(ex), ex).toBe(true);
      for (const p of fam.patterns) expect(p.flags).toContain('u');
    });
  }
  it('family ids are unique', () => {
    const ids = FURNITURE_FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('claims that open the same way are not furniture', () => {
    for (const s of [
      'Nvidia contributed $2 billion to the round, the company said.',
      'This article of the AI Act originally applied only to providers.',
      'Follow-up talks are planned for March, according to Reuters.',
      'Correction of the bug took three weeks, the engineers said.',
      'Suivez la piste des puces : elle mène à Taïwan.',
      'AI IS HERE, said the banner, and the crowd cheered.',
      'The OECD and the IMF published their forecasts on Tuesday.',
      '[Update] Meta has confirmed the layoffs.',
      'HOW IS THAT CONFUSING?',
    ]) expect(isArticleFurniture(s), s).toBe(false);
  });
  it('the report lists no claim for a furniture line, and keeps the article\'s sentences', () => {
    const report = buildReport(
      {
        url: 'https://example.com/a',
        title: 'OpenAI raises $6.6 billion in new funding',
        htmlLang: 'en',
        metaText: '',
        headings: [],
        isArticle: true,
        blocks: [
          { kind: 'paragraph', text: 'OpenAI raised $6.6 billion from investors, the company said on Wednesday. The round values the ChatGPT maker at $157 billion.' },
          { kind: 'paragraph', text: 'Heba Habib contributed to this report.' },
        ],
      },
      { force: true },
    );
    expect(report.claims.map((c) => c.text)).toEqual([
      'OpenAI raised $6.6 billion from investors, the company said on Wednesday.',
      'The round values the ChatGPT maker at $157 billion.',
    ]);
  });
});
