import type { ArticleInput } from '../core/report/types';
import type { ContentToBackgroundCalls, ParamsOf, PopupToBackgroundCalls, ToContentCalls } from './protocol';

/**
 * Receiver-side validation of message payloads: a message that does not have the shape its
 * method promises is refused before any work is done with it. One validator per method of every
 * direction (the maps below are typed against the call maps, so a new method without a validator
 * does not compile); `serve` runs them before any handler.
 */

const BLOCK_KINDS = new Set(['heading', 'paragraph', 'list-item', 'quote']);

/** A checker of one method's params. */
export type ParamsCheck<Calls, M extends keyof Calls> = (params: unknown) => params is ParamsOf<Calls, M>;
/** One checker per method of a direction. */
export type ParamsChecks<Calls> = { [M in keyof Calls]: ParamsCheck<Calls, M> };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Tab ids are non-negative safe integers (Chrome and Firefox both). */
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** True when `v` is an {@link ArticleInput} as the content script builds it. */
export function isArticleInput(v: unknown): v is ArticleInput {
  if (!isObj(v)) return false;
  const a = v;
  return (
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.htmlLang === 'string' &&
    typeof a.metaText === 'string' &&
    typeof a.isArticle === 'boolean' &&
    (a.truncated === undefined || typeof a.truncated === 'boolean') &&
    Array.isArray(a.headings) &&
    a.headings.every((h) => typeof h === 'string') &&
    Array.isArray(a.blocks) &&
    a.blocks.every((b) => isObj(b) && typeof b.text === 'string' && BLOCK_KINDS.has(b.kind as string))
  );
}

/** Params of the content script's calls to the worker. */
export const CONTENT_TO_BACKGROUND_PARAMS: ParamsChecks<ContentToBackgroundCalls> = {
  analyzeArticle: (p): p is ParamsOf<ContentToBackgroundCalls, 'analyzeArticle'> => isObj(p) && isBool(p.force) && isArticleInput(p.article),
};

/** Longest glossary search query the worker accepts (the search box has no use for more). */
export const MAX_QUERY_CHARS = 200;

/** Params of the popup's calls to the worker. */
export const POPUP_TO_BACKGROUND_PARAMS: ParamsChecks<PopupToBackgroundCalls> = {
  getTabReport: (p): p is { tabId: number } => isObj(p) && isTabId(p.tabId),
  analyzeTab: (p): p is { tabId: number; force: boolean } => isObj(p) && isTabId(p.tabId) && isBool(p.force),
  searchGlossary: (p): p is { query: string; lang: 'fr' | 'en' } =>
    isObj(p) && typeof p.query === 'string' && p.query.length <= MAX_QUERY_CHARS && (p.lang === 'fr' || p.lang === 'en'),
};

/** Params of the calls the popup or the worker make to a content script (terse: this ships in the 40 KB page bundle). */
export const TO_CONTENT_PARAMS: ParamsChecks<ToContentCalls> = {
  analyzeNow: (p): p is { force: boolean } => isBool((p as Obj | null)?.force),
  reveal: (p): p is ParamsOf<ToContentCalls, 'reveal'> => {
    const r = p as Obj | null;
    return r?.kind === 'claim' ? Number.isInteger(r.index) && (r.index as number) >= 0 : r?.kind === 'term' && typeof r.id === 'string';
  },
  highlightState: isObj as ParamsCheck<ToContentCalls, 'highlightState'>,
  step: (p): p is { direction: 'next' | 'prev' } => ['next', 'prev'].includes((p as Obj | null)?.direction as string),
  toggleHighlights: isObj as ParamsCheck<ToContentCalls, 'toggleHighlights'>,
};
