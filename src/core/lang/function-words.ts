/**
 * A cheap second opinion on a page's declared language: counts the short grammatical words that
 * only one language uses often ("the", "which" / "les", "dans"). When the page says `en` or `fr`
 * and its text is plainly written with that language's function words and hardly any of another's,
 * franc's trigram statistics (about half the cost of a report on a short article) would only
 * confirm it; franc still decides whenever the text disagrees, is mixed, or is in a third
 * language, which is what it is there for: a missing or wrong `lang` attribute.
 * Pure: no browser, no DOM, no Node.
 */

/** Frequent function words of each language, none of them common in the others listed here. */
export const MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'from', 'this', 'has', 'have', 'which', 'said', 'its', 'would', 'were', 'their', 'been', 'by', 'it', 'will', 'be', 'at', 'they', 'not', 'but', 'or', 'than'],
  fr: ['le', 'les', 'du', 'et', 'une', 'est', 'qui', 'dans', 'pour', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'sont', 'ont', 'pas', 'ne', 'été', 'mais', 'ou', 'leur', 'selon', 'nous', 'ses', 'son', 'sa'],
  // German, Spanish, Italian, Portuguese, Dutch: any of these in number leaves the decision to franc.
  other: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'von', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'wird', 'el', 'los', 'las', 'y', 'del', 'por', 'con', 'para', 'una', 'su', 'di', 'che', 'non', 'per', 'della', 'gli', 'het', 'een', 'van', 'niet', 'op', 'não', 'os', 'em', 'uma', 'com', 'como', 'mas'],
};

/** The named thresholds of agreement. */
export const FUNCTION_WORD_AGREEMENT = {
  /** Function words of the declared language needed at least (a sentence or two of prose). */
  minMarkers: 8,
  /** Different ones among them: "et ... est ... et" of Latin placeholder text is not French. */
  minDistinct: 5,
  /** How many times more of them than of every other language's together. */
  minMargin: 4,
} as const;

const LANGUAGE_OF = new Map<string, string>();
for (const [lang, words] of Object.entries(MARKERS)) for (const w of words) LANGUAGE_OF.set(w, lang);

/** Letters among the BMP code units, tested once each: 0 unknown, 1 letter, 2 not. */
const letterCache = new Int8Array(0x10000);
const LETTER = /^\p{L}$/u;

function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let v = letterCache[c]!;
  if (v === 0) letterCache[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * The words of `lower` of at most 6 code units, as `lower.split(/[^\p{L}]+/u)` gives them (the
 * longer ones are of no use here), found by hand: the regex split and its array of every word cost
 * as much as the rest of the language check.
 */
function shortWords(lower: string, each: (word: string) => void): void {
  const n = lower.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    let letter = false;
    let width = 1;
    if (i < n) {
      const c = lower.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff) letter = isLetterUnit(c);
      else if (c <= 0xdbff && i + 1 < n) {
        const d = lower.charCodeAt(i + 1);
        // A surrogate pair is one code point: a letter or not as a whole; a lone surrogate is not one.
        if (d >= 0xdc00 && d <= 0xdfff) (width = 2), (letter = LETTER.test(lower.slice(i, i + 2)));
      }
    }
    if (letter) {
      i += width - 1;
      continue;
    }
    if (i > start && i - start <= 6) each(lower.slice(start, i));
    start = i + width;
    i += width - 1;
  }
}

/** Counts each language's function words among the words of `text` (`distinct`: of `lang`, each once). */
export function countFunctionWords(text: string, lang = 'en'): { en: number; fr: number; other: number; distinct: number } {
  const counts = { en: 0, fr: 0, other: 0, distinct: 0 };
  const seen = new Set<string>();
  shortWords(text.toLowerCase(), (word) => {
    const of = LANGUAGE_OF.get(word) as 'en' | 'fr' | 'other' | undefined;
    if (!of) return;
    counts[of]++;
    if (of === lang && !seen.has(word)) {
      seen.add(word);
      counts.distinct++;
    }
  });
  return counts;
}

/**
 * True when `text` is clearly written in `declared` ('en' or 'fr'): at least `minMarkers` of its
 * function words, `minDistinct` different ones, and `minMargin` times more than those of the other
 * languages together.
 */
export function functionWordsAgree(text: string, declared: string): boolean {
  if (declared !== 'en' && declared !== 'fr') return false;
  const counts = countFunctionWords(text, declared);
  const own = counts[declared];
  const others = counts.en + counts.fr + counts.other - own;
  const { minMarkers, minDistinct, minMargin } = FUNCTION_WORD_AGREEMENT;
  return own >= minMarkers && counts.distinct >= minDistinct && own >= minMargin * others;
}
