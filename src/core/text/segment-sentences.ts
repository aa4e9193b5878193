/**
 * Sentence segmentation over one text block: `Intl.Segmenter` does the heavy lifting, and a
 * small guard re-joins the splits it makes after abbreviations and initials ("M. Dupont",
 * "Dr. Smith", "U.S. officials", "etc. ou") and after a quoted "!" or "?" that the sentence goes on from.
 */

/** A sentence inside a block, with offsets into the block text (trimmed of surrounding spaces). */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a full stop does not end a sentence, lower-cased, without the dot. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'etc', 'env', 'p', 'pp', 'vol',
  'no', 'n°', 'art', 'chap', 'fig', 'av', 'bd', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'inc', 'ltd',
  'co', 'corp', 'vs', 'approx', 'dept', 'est', 'gen', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'avr', 'juil', 'déc', 'e.g',
  'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.i',
]);

/** The text after a split goes on in lower case, maybe after the closing quote: the sentence was not over. */
const LOWER_CASE_NEXT = /^\s*["”»’]?\s*\p{Ll}/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Characters before an abbreviation's word: the segment's start, a space, or an opening bracket or quote. */
const BEFORE_WORD = /[\s(«"“]/u;
/** A character of an abbreviation's word: a letter, a dot or "°" ("n°"). */
const WORD_CHAR = /[\p{L}.°]/u;

/**
 * True when the raw segment ends with an abbreviation or a single initial, so the split was wrong.
 * Read backwards from the end: an end-anchored regex would be tried at every position of the
 * segment, and this runs for every segment of every article.
 */
function endsWithAbbreviation(segment: string): boolean {
  const end = endWithoutSpaces(segment, 0, segment.length);
  if (end === 0 || segment[end - 1] !== '.') return false;
  // The word before that dot: 1 to 8 letters, dots or "°", after the start, a space or an opener.
  let start = end - 1;
  while (start > 0 && end - 1 - start < 9 && WORD_CHAR.test(segment[start - 1]!)) start--;
  const length = end - 1 - start;
  if (length < 1 || length > 8 || (start > 0 && !BEFORE_WORD.test(segment[start - 1]!))) return false;
  const raw = segment.slice(start, end - 1);
  if (ABBREVIATIONS.has(raw.toLowerCase())) return true;
  // A lone capital initial ("J. R. R. Tolkien") or dotted acronym ("U.S.").
  return /^\p{Lu}$/u.test(raw) || /^(?:\p{L}\.)+\p{L}$/u.test(raw);
}

/** A segment ending in "!" or "?" (and maybe a closing quote): a quotation may sit inside a longer sentence. */
function endsWithQuotedMark(segment: string): boolean {
  let end = endWithoutSpaces(segment, 0, segment.length);
  if (end > 0 && '"”»’'.includes(segment[end - 1]!)) end = endWithoutSpaces(segment, 0, end - 1);
  return end > 0 && (segment[end - 1] === '!' || segment[end - 1] === '?');
}

/** `end` moved back over the spaces that end `text.slice(start, end)`. */
function endWithoutSpaces(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Space as `\s` reads it, for the characters that end segments (ASCII, no-break and other Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** Split a block into sentences with offsets; never throws, never returns an empty sentence. */
export function segmentSentences(text: string, lang = 'en'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (!text) return out;
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = (): void => {
    if (pendingStart < 0) return;
    let s = pendingStart;
    let e = pendingEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    e = endWithoutSpaces(text, s, e);
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e) });
    pendingStart = -1;
  };
  for (const { segment, index } of segmenterFor(lang).segment(text)) {
    if (pendingStart < 0) pendingStart = index;
    pendingEnd = index + segment.length;
    const next = text.slice(pendingEnd, pendingEnd + 2);
    // Keep going after an abbreviation unless the next word clearly starts a sentence after a long gap.
    if (endsWithAbbreviation(segment) && next.length > 0 && !/^\s*$/.test(next)) continue;
    // 'that "a-ha!" moment', '"You think you got me?" before his smile': a quoted exclamation or question
    // inside a sentence, which goes on in lower case.
    if (endsWithQuotedMark(segment) && LOWER_CASE_NEXT.test(text.slice(pendingEnd, pendingEnd + 6))) continue;
    flush();
  }
  flush();
  return out;
}
