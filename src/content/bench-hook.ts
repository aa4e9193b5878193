import { callBackgroundFromContent } from '../shared/messaging';
import { toArticleInput, isVisible } from './article-input';
import { extractArticle } from './extract';
import { isProbablyAiArticle } from './gate';
import { HighlightPainter } from './highlight-painter';

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
  analyzeMs: number;
  analyzeRuns: number;
  heapGrowthBytes: number | null;
  claims: number;
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
  let painter: HighlightPainter | null = null;
  runs = 0;
  t0 = performance.now();
  do {
    const article = extractArticle(doc, { isVisible });
    const answer = await callBackgroundFromContent('analyzeArticle', { article: toArticleInput(doc.location?.href ?? '', article), force: true });
    if (!answer.ok) throw new Error(answer.error);
    painter = new HighlightPainter(doc, article.blocks, answer.value);
    claims = answer.value.claims.length;
    runs++;
  } while (performance.now() - t0 < minMs && runs < maxRuns);
  const analyzeMs = (performance.now() - t0) / runs;
  const heapAfter = heapUsed();
  void painter;
  return {
    gateMs,
    gateRuns,
    analyzeMs,
    analyzeRuns: runs,
    heapGrowthBytes: heapBefore !== null && heapAfter !== null ? heapAfter - heapBefore : null,
    claims,
  };
}
