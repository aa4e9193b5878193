import { describe, expect, it } from 'vitest';
import { CONTENT_TO_BACKGROUND, envelope, isEnvelope, type ContentToBackgroundCalls } from '../../src/shared/protocol';
import { isArticleInput } from '../../src/shared/validate';

describe('message validation at the receiver', () => {
  const article = { url: 'https://x.test/a', title: 'T', htmlLang: 'fr', metaText: '', headings: [], blocks: [{ text: 'Bonjour.', kind: 'paragraph' as const }], isArticle: true };

  it('accepts our envelopes for allowed methods only', () => {
    expect(isEnvelope(envelope<ContentToBackgroundCalls, 'analyzeArticle'>('analyzeArticle', { article, force: false }), CONTENT_TO_BACKGROUND)).toBe(true);
    expect(isEnvelope({ claimlens: 1, method: 'getTabReport', params: {} }, CONTENT_TO_BACKGROUND)).toBe(false);
    expect(isEnvelope({ method: 'analyzeArticle', params: {} }, CONTENT_TO_BACKGROUND)).toBe(false);
    expect(isEnvelope('analyzeArticle', CONTENT_TO_BACKGROUND)).toBe(false);
    expect(isEnvelope(null, CONTENT_TO_BACKGROUND)).toBe(false);
  });

  it('checks the shape of an article', () => {
    expect(isArticleInput(article)).toBe(true);
    expect(isArticleInput({ ...article, blocks: [{ text: 3, kind: 'paragraph' }] })).toBe(false);
    expect(isArticleInput({ ...article, blocks: [{ text: 'x', kind: 'script' }] })).toBe(false);
    expect(isArticleInput({ ...article, headings: 'x' })).toBe(false);
    expect(isArticleInput(undefined)).toBe(false);
  });
});

describe('stored prefs and settings', () => {
  it('keep valid values and default only the broken key', async () => {
    const { sanitizeHighlightPrefs, DEFAULT_HIGHLIGHT_PREFS } = await import('../../src/shared/site-prefs');
    expect(sanitizeHighlightPrefs({ enabled: false, hidden: ['fact', 'bogus'], terms: 'yes' })).toEqual({ enabled: false, hidden: ['fact'], terms: DEFAULT_HIGHLIGHT_PREFS.terms });
    expect(sanitizeHighlightPrefs('garbage')).toEqual(DEFAULT_HIGHLIGHT_PREFS);
    const { sanitizeSettings, DEFAULT_SETTINGS } = await import('../../src/shared/settings');
    expect(sanitizeSettings({ autoDetect: false, disabledSites: 7 })).toEqual({ ...DEFAULT_SETTINGS, autoDetect: false });
  });
});
