import type { GlossarySearchHit } from '../core/glossary/search';
import type { ArticleInput, Report } from '../core/report/types';
import type { ClaimLabel } from '../core/types';

/**
 * The one message protocol between ClaimLens contexts, declared once per direction in the manner
 * of Hypothesis's port-rpc-calls: a map from method name to `(params) => result`. Every message
 * travels as `{ claimlens: 1, method, params }` and every answer as a {@link Result}.
 */

/** An answer across a context boundary: a value, or an error message, never a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a tab's highlights look like: global switch, per-category switches, glossary underline. */
export interface HighlightPrefs {
  enabled: boolean;
  hidden: ClaimLabel[];
  terms: boolean;
}

/** Whether a tab's report could be had: 'unreachable' for pages no extension may read (browser pages, stores). */
export type PageStatus = 'ready' | 'unreachable';

/** The report of a tab as the popup receives it. */
export interface TabReport {
  tabId: number;
  report: Report | null;
  status: PageStatus;
}

/** Calls a content script makes to the background worker. */
export interface ContentToBackgroundCalls {
  /** Analyse the extracted article of the sender's tab; caches the report and sets the badge. */
  analyzeArticle(params: { article: ArticleInput; force: boolean }): Report;
}

/** Calls the popup (or `popup.html?tab=ID`) makes to the background worker. */
export interface PopupToBackgroundCalls {
  /** The cached report of a tab, or why there is none. */
  getTabReport(params: { tabId: number }): TabReport;
  /** Run (or re-run) the analysis in a tab, injecting the content script if needed (activeTab). */
  analyzeTab(params: { tabId: number; force: boolean }): TabReport;
  /**
   * Search the whole glossary (names and aliases in both languages, without care for case or
   * accents), answering in `lang`. The worker holds the glossary so the popup bundle need not.
   */
  searchGlossary(params: { query: string; lang: 'fr' | 'en' }): GlossarySearchHit[];
}

/** Calls the popup or the worker make to a tab's content script. */
export interface ToContentCalls {
  /** Extract and analyse now (bypassing the gate when `force`), answering with the report. */
  analyzeNow(params: { force: boolean }): Report | null;
  /** Scroll to a claim (by index in the report) or a term's first occurrence, and flash it. */
  reveal(params: { kind: 'claim'; index: number } | { kind: 'term'; id: string }): boolean;
  /** The highlight names currently registered by this page's ClaimLens, for diagnostics and tests. */
  highlightState(params: Record<string, never>): { registered: string[]; prefs: HighlightPrefs };
  /**
   * Keyboard command: scroll to the next or previous highlighted claim or term shown on the page
   * (document order, wrapping), flash it and open its card; false when nothing is shown.
   */
  step(params: { direction: 'next' | 'prev' }): boolean;
  /** Keyboard command: switch the highlights of this site on or off, remembered like the popup switch; the new state. */
  toggleHighlights(params: Record<string, never>): boolean;
}

/** The envelope of every message: a tag so stray messages from other code are ignored. */
export interface Envelope<Calls, M extends keyof Calls = keyof Calls> {
  claimlens: 1;
  method: M;
  params: Calls[M] extends (p: infer P) => unknown ? P : never;
}

/** Parameters of a call. */
export type ParamsOf<Calls, M extends keyof Calls> = Calls[M] extends (p: infer P) => unknown ? P : never;
/** Result value of a call. */
export type ReturnOf<Calls, M extends keyof Calls> = Calls[M] extends (...a: never[]) => infer R ? R : never;

/** Build a message envelope. */
export function envelope<Calls, M extends keyof Calls>(method: M, params: ParamsOf<Calls, M>): Envelope<Calls, M> {
  return { claimlens: 1, method, params } as Envelope<Calls, M>;
}

/** Shallow check that a value is one of our envelopes for one of `methods`; receivers validate params further. */
export function isEnvelope<Calls>(msg: unknown, methods: readonly (keyof Calls)[]): msg is Envelope<Calls> {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as { claimlens?: unknown; method?: unknown; params?: unknown };
  return m.claimlens === 1 && typeof m.method === 'string' && methods.includes(m.method as keyof Calls) && typeof m.params === 'object' && m.params !== null;
}

/** The method names per direction, the allowlists receivers check against. */
export const CONTENT_TO_BACKGROUND: readonly (keyof ContentToBackgroundCalls)[] = ['analyzeArticle'];
export const POPUP_TO_BACKGROUND: readonly (keyof PopupToBackgroundCalls)[] = ['getTabReport', 'analyzeTab', 'searchGlossary'];
export const TO_CONTENT: readonly (keyof ToContentCalls)[] = ['analyzeNow', 'reveal', 'highlightState', 'step', 'toggleHighlights'];
