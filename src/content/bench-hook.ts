import browser from 'webextension-polyfill';
import { callBackgroundFromContent } from '../shared/messaging';
import { envelope, type ContentToBackgroundCalls } from '../shared/protocol';
import { toArticleInput, isVisible } from './article-input';
import { extractArticle } from './extract';
import { isProbablyAiArticle } from './gate';
import { HighlightPainter } from './highlight-painter';
import { mayBeAiNews } from './topic-here';

/**
 * Test builds only (`npm run bench`): times, inside the page, what ClaimLens costs there: the gate,
 * and the full analysis from extraction to ranges ready for highlighting, worker round trip
 * included. Each figure is the mean of as many repetitions as it takes to fill `minMs`, so the
 * browser's coarse timer (0.1 ms) does not decide the result.
 */

/** One page's figures, in milliseconds per call, and the page heap growth over the analyses. */
export interface BenchFigures {
  gateMs: number;
  gateRuns: number;
  /**
   * The analysis as the extension runs it once the gate has passed: extraction, the AI-news verdict
   * in the page, and only on AI news the worker round trip and the ranges.
   */
  analyzeMs: number;
  analyzeRuns: number;
  /** The same with every sentence classified whatever the verdict (the popup's "analyse anyway"). */
  analyzeForcedMs: number;
  /** Extraction alone, the in-page share of the analysis. */
  extractMs: number;
  /** A round trip to the worker with an empty article: the floor under any analysis. */
  roundTripMs: number;
  /** The same round trip as a one-off `runtime.sendMessage` instead of the content port, for comparison. */
  roundTripSendMessageMs: number;
  heapGrowthBytes: number | null;
  claims: number;
  /**
   * Where the (not forced) analysis spends its time, mean ms per run: extraction, the in-page
   * AI-news check, the worker call (article to plain input, round trip, the worker's reading), the
   * ranges; and of the call, the worker's own reading (`buildReport`). Zero for the phases a page
   * never reaches.
   */
  analyzePhases: { extract: number; check: number; call: number; ranges: number; workerReading: number; workerHandling: number };
}

/** Mean time of `once` over as many sequential runs as fill `minMs` (at most `maxRuns`). */
async function timeAsync(once: () => Promise<void>, minMs: number, maxRuns: number): Promise<{ ms: number; runs: number }> {
  let runs = 0;
  const t0 = performance.now();
  do {
    await once();
    runs++;
  } while (performance.now() - t0 < minMs && runs < maxRuns);
  return { ms: (performance.now() - t0) / runs, runs };
}

function heapUsed(): number | null {
  const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return mem ? mem.usedJSHeapSize : null;
}

/** Time the gate and the full analysis on `doc`. */
export async function benchPage(doc: Document, minMs: number, maxRuns = 200): Promise<BenchFigures> {
  let runs = 0;
  let t0 = performance.now();
  do {
    isProbablyAiArticle(doc);
    runs++;
  } while (performance.now() - t0 < minMs && runs < maxRuns * 50);
  const gateMs = (performance.now() - t0) / runs;
  const gateRuns = runs;

  const heapBefore = heapUsed();
  let claims = 0;
  const phases = { extract: 0, check: 0, call: 0, ranges: 0 };
  const analyzeOnce = (force: boolean) => async () => {
    const t0 = performance.now();
    const article = extractArticle(doc, { isVisible });
    const t1 = performance.now();
    const may = force || mayBeAiNews(article);
    const t2 = performance.now();
    if (!force) (phases.extract += t1 - t0), (phases.check += t2 - t1);
    if (!may) return;
    const answer = await callBackgroundFromContent('analyzeArticle', { article: toArticleInput(doc.location?.href ?? '', article), force });
    if (!answer.ok) throw new Error(answer.error);
    const t3 = performance.now();
    new HighlightPainter(doc, article.blocks, answer.value);
    if (!force) (phases.call += t3 - t2), (phases.ranges += performance.now() - t3);
    if (force) claims = answer.value.claims.length;
  };
  const empty = { url: '', title: '', htmlLang: '', metaText: '', headings: [], blocks: [], isArticle: false };
  const roundTrip = await timeAsync(async () => void (await callBackgroundFromContent('analyzeArticle', { article: empty, force: false })), minMs, maxRuns);
  const emptyCall = envelope<ContentToBackgroundCalls, 'analyzeArticle'>('analyzeArticle', { article: empty, force: false });
  const roundTripSendMessage = await timeAsync(async () => void (await browser.runtime.sendMessage(emptyCall)), minMs, maxRuns);
  const extract = await timeAsync(async () => void extractArticle(doc, { isVisible }), minMs, maxRuns * 5);
  // A worker without the timer (an older test build) answers nothing: its reading then shows as 0.
  const readingTime = async () => ((await browser.runtime.sendMessage({ claimlensTest: 'readingTime' })) as { ms: number; handlingMs?: number } | undefined) ?? { ms: 0 };
  const readingBefore = await readingTime();
  const normal = await timeAsync(analyzeOnce(false), minMs, maxRuns);
  const readingAfter = await readingTime();
  const forced = await timeAsync(analyzeOnce(true), minMs, maxRuns);
  const heapAfter = heapUsed();
  return {
    gateMs,
    gateRuns,
    analyzeMs: normal.ms,
    analyzeRuns: normal.runs,
    analyzeForcedMs: forced.ms,
    extractMs: extract.ms,
    roundTripMs: roundTrip.ms,
    roundTripSendMessageMs: roundTripSendMessage.ms,
    heapGrowthBytes: heapBefore !== null && heapAfter !== null ? heapAfter - heapBefore : null,
    claims,
    analyzePhases: {
      extract: phases.extract / normal.runs,
      check: phases.check / normal.runs,
      call: phases.call / normal.runs,
      ranges: phases.ranges / normal.runs,
      workerReading: (readingAfter.ms - readingBefore.ms) / normal.runs,
      workerHandling: ((readingAfter.handlingMs ?? 0) - (readingBefore.handlingMs ?? 0)) / normal.runs,
    },
  };
}
