import { franc } from 'franc';
import { functionWordsAgree } from './function-words';

/**
 * Language identification for an article: franc on the body text, falling back to the page's
 * declared `lang` when the text is too short for trigram statistics to be trusted; a declared
 * `en` or `fr` that the text's function words plainly confirm is taken without franc.
 */

/** Below this many characters of text franc is unreliable and the page's `lang` decides. */
export const MIN_CHARS_FOR_FRANC = 60;
/**
 * How much text franc reads at most: past ~1,000 characters of prose its answer no longer changes,
 * only its cost (it was the largest single cost of an analysis at 4,000).
 */
export const MAX_CHARS_FOR_FRANC = 1_000;

/** ISO 639-3 (franc) to ISO 639-1 for the languages people are most likely to meet. */
const ISO3_TO_1: Record<string, string> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru',
  ukr: 'uk', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', ces: 'cs', slk: 'sk',
  ron: 'ro', hun: 'hu', ell: 'el', bul: 'bg', hrv: 'hr', srp: 'sr', slv: 'sl', cat: 'ca', arb: 'ar',
  pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', jpn: 'ja', kor: 'ko', cmn: 'zh', vie: 'vi', tha: 'th',
  ind: 'id', zlm: 'ms', tgl: 'tl', swh: 'sw', lit: 'lt', lav: 'lv', est: 'et',
};

/**
 * franc only chooses among these: limiting the candidates to widely used written languages keeps
 * short English or French text from being read as Scots or Picard.
 */
const CANDIDATES = Object.keys(ISO3_TO_1);

/** The result of identification: a two-letter code where one exists, and how it was decided. */
export interface LanguageGuess {
  lang: string;
  /** 'words': the declared language, confirmed by the text's function words (see function-words.ts). */
  by: 'franc' | 'words' | 'page' | 'none';
}

/** Normalise a page `lang` attribute ("fr-FR", "EN_us") to its primary subtag, or '' if absent. */
export function primaryLanguage(tag: string | null | undefined): string {
  const m = /^\s*([a-zA-Z]{2,3})(?![a-zA-Z])/.exec(tag ?? "");
  return m?.[1] ? m[1].toLowerCase() : '';
}

/** Identify the language of `text`, using `pageLang` when the text is too short or franc is unsure. */
export function detectLanguage(text: string, pageLang?: string | null): LanguageGuess {
  const declared = primaryLanguage(pageLang);
  const sample = text.length > MAX_CHARS_FOR_FRANC ? text.slice(0, MAX_CHARS_FOR_FRANC) : text;
  if (sample.replace(/\s+/g, ' ').trim().length >= MIN_CHARS_FOR_FRANC) {
    if (functionWordsAgree(sample, declared)) return { lang: declared, by: 'words' };
    const code = franc(sample, { minLength: MIN_CHARS_FOR_FRANC, only: CANDIDATES });
    if (code !== 'und') return { lang: ISO3_TO_1[code] ?? code, by: 'franc' };
  }
  if (declared) return { lang: declared, by: 'page' };
  return { lang: 'und', by: 'none' };
}
