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
const MARKERS: Record<string, readonly string[]> = {
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

/** Counts each language's function words among the words of `text` (`distinct`: of `lang`, each once). */
export function countFunctionWords(text: string, lang = 'en'): { en: number; fr: number; other: number; distinct: number } {
  const counts = { en: 0, fr: 0, other: 0, distinct: 0 };
  const seen = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const of = word.length <= 6 ? (LANGUAGE_OF.get(word) as 'en' | 'fr' | 'other' | undefined) : undefined;
    if (!of) continue;
    counts[of]++;
    if (of === lang && !seen.has(word)) {
      seen.add(word);
      counts.distinct++;
    }
  }
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
