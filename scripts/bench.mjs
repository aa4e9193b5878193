// `npm run bench`: what ClaimLens costs, measured side by side with Mozilla Readability in one run.
// - In real Chromium, on every page of ../shared/corpus/readability-pages and tests/fixtures/pages:
//   our gate vs isProbablyReaderable, our full analysis (extraction -> worker round trip -> ranges
//   ready for highlighting) vs `new Readability(document.cloneNode(true)).parse()`, all timed inside
//   the page, each repeated until it fills BENCH_MIN_MS so the 0.1 ms timer does not decide.
//   Theirs and ours alternate in BENCH_ROUNDS rounds per page and each figure is the median of its
//   rounds, so a burst of load on the shared machine lands on one round, not on one side.
// - In Node: classifier throughput (sentences per second, median of several runs).
// Writes out/bench.json; prints medians, p95s and ratios (ours / theirs, per page).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const require = createRequire(import.meta.url);
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 40);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const LIMIT = Number(process.env.BENCH_PAGES ?? Infinity);
// BENCH_ONLY=ai-news: only the AI-news fixtures and the sample (the pages that set the analysis p95).
const ONLY = process.env.BENCH_ONLY ?? '';
const corpusDir = '../shared/corpus/readability-pages';
const fixturesDir = 'tests/fixtures/pages';

const pages = [
  ...fs.readdirSync(corpusDir).filter((d) => fs.existsSync(path.join(corpusDir, d, 'source.html'))).map((d) => ({ name: d, kind: 'corpus', url: `/corpus/${d}/source.html` })),
  ...(fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir) : []).filter((d) => fs.existsSync(path.join(fixturesDir, d, 'source.html'))).map((d) => ({ name: d, kind: 'fixture', url: `/fixtures/${d}/source.html` })),
  { name: 'meta-llm-fr', kind: 'sample', url: '/samples/meta-llm-fr.html' },
].filter((p) => ONLY !== 'ai-news' || p.kind !== 'corpus').slice(0, LIMIT);

const readabilitySource = [
  fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'),
  fs.readFileSync(require.resolve('@mozilla/readability/Readability-readerable.js'), 'utf8'),
  'window.__baseline = { Readability, isProbablyReaderable };',
].join('\n;\n');

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const i = (s.length - 1) * q, lo = Math.floor(i), hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
};
const summary = (xs) => ({ median: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)) });
const round = (x) => (x === null ? null : Math.round(x * 10000) / 10000);

/** The analysis phases of a page (bench-hook's `analyzePhases`), when it reached the worker. */
const phasesText = (ph) => (ph?.call > 0 ? `\n${''.padEnd(40)} phases: extract ${ph.extract.toFixed(2)}, check ${ph.check.toFixed(2)}, worker call ${ph.call.toFixed(2)} (its reading ${ph.workerReading?.toFixed(2)}), ranges ${ph.ranges.toFixed(2)} ms` : '');

/** Time the baseline in the page's main world, with the same repeat-until-MIN_MS rule. */
async function baseline(page) {
  await page.evaluate(() => window.__baseline !== undefined).then((loaded) => loaded || page.evaluate(readabilitySource));
  return page.evaluate(async (minMs) => {
    const { Readability, isProbablyReaderable } = window.__baseline;
    let runs = 0, t0 = performance.now();
    do { isProbablyReaderable(document); runs++; } while (performance.now() - t0 < minMs && runs < 10000);
    const readerableMs = (performance.now() - t0) / runs;
    runs = 0; t0 = performance.now();
    do { new Readability(document.cloneNode(true)).parse(); runs++; } while (performance.now() - t0 < minMs && runs < 200);
    const parseMs = (performance.now() - t0) / runs;
    return { readerableMs, parseMs, parseRuns: runs };
  }, MIN_MS);
}

/** Wait until the content script (injected at document_idle) answers its test hook. */
async function contentScriptReady(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    let tries = 0;
    const onReply = (e) => { if (e.data?.claimlensTestReply === 'whoAmI') { clearInterval(timer); removeEventListener('message', onReply); resolve(); } };
    addEventListener('message', onReply);
    const timer = setInterval(() => {
      if (tries++ > 120) { clearInterval(timer); reject(new Error('content script never answered')); }
      postMessage({ claimlensTest: 'whoAmI' }, '*');
    }, 250);
  }));
}

async function ours(page) {
  await contentScriptReady(page);
  return page.evaluate((minMs) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench hook did not answer')), 120_000);
    addEventListener('message', (e) => {
      if (e.data?.claimlensTestReply !== 'bench') return;
      clearTimeout(timer);
      if (e.data.error) reject(new Error(e.data.error)); else resolve(e.data.answer);
    });
    postMessage({ claimlensTest: 'bench', minMs }, '*');
  }), MIN_MS);
}

/**
 * One page's figures from its rounds: each number (and each phase) is the median of its values over
 * the rounds; anything else is the first round's.
 */
function medianOfRounds(rounds) {
  const out = { ...rounds[0] };
  for (const [k, v] of Object.entries(rounds[0])) {
    if (typeof v === 'number') out[k] = quantile(rounds.map((r) => r[k]).filter((x) => typeof x === 'number'), 0.5);
    else if (v && typeof v === 'object') out[k] = medianOfRounds(rounds.map((r) => r[k]));
  }
  return out;
}

async function benchClassifyInNode() {
  const file = path.resolve('scripts/bench-classify.mjs');
  if (!fs.existsSync(file)) return null;
  const mod = await import(file);
  return typeof mod.benchClassify === 'function' ? mod.benchClassify() : null;
}

// The classifier's throughput first, on a core that no browser is using yet (after Chromium closes, its
// processes still wind down for a while: 18,700 sentences/s there against 22,740 alone in one session).
const classify = await benchClassifyInNode();
const server = await startStaticServer({ corpus: corpusDir, fixtures: fixturesDir, samples: '../shared/samples' });
const session = await launchChromium('dist-test/chrome');
const rows = [];
try {
  const page = await session.context.newPage();
  for (const p of pages) {
    try {
      // Offline, some pages never fire `load` (their remote resources hang): DOMContentLoaded is
      // enough, the content script arrives at document_idle and `ours` waits for its answer.
      await page.goto(server.base + p.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.waitForTimeout(300);
      const rounds = [];
      for (let r = 0; r < ROUNDS; r++) rounds.push({ b: await baseline(page), o: await ours(page) });
      const b = medianOfRounds(rounds.map((x) => x.b));
      const o = medianOfRounds(rounds.map((x) => x.o));
      const first = { ...rounds[0].b, ...rounds[0].o };
      rows.push({ ...p, ...b, ...o, first });
      process.stdout.write(`${p.name.padEnd(40)} gate ${o.gateMs.toFixed(3)} / readerable ${b.readerableMs.toFixed(3)} ms; analyze ${o.analyzeMs.toFixed(2)} (forced ${o.analyzeForcedMs.toFixed(2)}, extract ${o.extractMs.toFixed(2)}, round trip ${o.roundTripMs.toFixed(2)}, by sendMessage ${o.roundTripSendMessageMs?.toFixed(2)}) / parse ${b.parseMs.toFixed(2)} ms${phasesText(o.analyzePhases)}\n`);
    } catch (e) {
      console.log(`${p.name}: skipped (${e.message.split('\n')[0]})`);
      rows.push({ ...p, error: e.message.split('\n')[0] });
    }
  }
} finally {
  await session.close();
  await server.close();
}

const ok = rows.filter((r) => !r.error);
const ratio = (a, b) => ok.filter((r) => r[b] > 0).map((r) => r[a] / r[b]);
const sizes = Object.fromEntries(['content', 'popup', 'background'].map((k) => [k, fs.statSync(`dist/chrome/${k}.js`).size]));
const result = {
  date: new Date().toISOString(),
  minMsPerMeasurement: MIN_MS,
  roundsPerPage: ROUNDS,
  pages: ok.length,
  failedPages: rows.filter((r) => r.error).map((r) => ({ name: r.name, error: r.error })),
  gate: summary(ok.map((r) => r.gateMs)),
  isProbablyReaderable: summary(ok.map((r) => r.readerableMs)),
  analyze: summary(ok.map((r) => r.analyzeMs)),
  analyzeForced: summary(ok.map((r) => r.analyzeForcedMs)),
  extract: summary(ok.map((r) => r.extractMs)),
  roundTrip: summary(ok.map((r) => r.roundTripMs)),
  roundTripSendMessage: summary(ok.map((r) => r.roundTripSendMessageMs).filter((x) => typeof x === 'number')),
  readabilityParse: summary(ok.map((r) => r.parseMs)),
  ratios: {
    gate: summary(ratio('gateMs', 'readerableMs')),
    analyze: summary(ratio('analyzeMs', 'parseMs')),
    analyzeForced: summary(ratio('analyzeForcedMs', 'parseMs')),
    analyzeOnAiNews: summary(ok.filter((r) => r.kind !== 'corpus').filter((r) => r.parseMs > 0).map((r) => r.analyzeMs / r.parseMs)),
  },
  // The same ratios from each page's first round alone, as a one-round bench measures them: both
  // sides' code still partly cold on a freshly loaded page.
  ratiosFirstRound: {
    gate: summary(ok.filter((r) => r.first.readerableMs > 0).map((r) => r.first.gateMs / r.first.readerableMs)),
    analyze: summary(ok.filter((r) => r.first.parseMs > 0).map((r) => r.first.analyzeMs / r.first.parseMs)),
  },
  heapGrowthBytes: summary(ok.map((r) => r.heapGrowthBytes).filter((x) => typeof x === 'number')),
  bundleBytes: sizes,
  classify,
  perPage: ok.map(({ name, kind, gateMs, readerableMs, analyzeMs, analyzeForcedMs, extractMs, roundTripMs, parseMs, claims, heapGrowthBytes, analyzePhases }) => ({ name, kind, gateMs: round(gateMs), readerableMs: round(readerableMs), analyzeMs: round(analyzeMs), analyzeForcedMs: round(analyzeForcedMs), extractMs: round(extractMs), roundTripMs: round(roundTripMs), parseMs: round(parseMs), claims, heapGrowthBytes, ...(analyzePhases ? { analyzePhases: Object.fromEntries(Object.entries(analyzePhases).map(([k, v]) => [k, round(v)])) } : {}) })),
};
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/bench.json', JSON.stringify(result, null, 2) + '\n');
console.log(`\n${ok.length} pages (${rows.length - ok.length} failed)`);
console.log(`gate             median ${result.gate.median} ms, p95 ${result.gate.p95} ms | isProbablyReaderable median ${result.isProbablyReaderable.median}, p95 ${result.isProbablyReaderable.p95}`);
console.log(`full analysis    median ${result.analyze.median} ms, p95 ${result.analyze.p95} ms | Readability.parse median ${result.readabilityParse.median}, p95 ${result.readabilityParse.p95}`);
console.log(`forced analysis  median ${result.analyzeForced.median} ms, p95 ${result.analyzeForced.p95} ms (every sentence classified)`);
console.log(`ratios (ours/theirs, per page): gate median ${result.ratios.gate.median} p95 ${result.ratios.gate.p95}; analyze median ${result.ratios.analyze.median} p95 ${result.ratios.analyze.p95}; forced median ${result.ratios.analyzeForced.median} p95 ${result.ratios.analyzeForced.p95}; on AI-news pages median ${result.ratios.analyzeOnAiNews.median} p95 ${result.ratios.analyzeOnAiNews.p95}`);
console.log(`first round alone: gate median ${result.ratiosFirstRound.gate.median} p95 ${result.ratiosFirstRound.gate.p95}; analyze median ${result.ratiosFirstRound.analyze.median} p95 ${result.ratiosFirstRound.analyze.p95}`);
const aiNews = ok.filter((r) => r.kind !== 'corpus');
console.log(`on the ${aiNews.length} fixture/sample pages: analyze median ${summary(aiNews.map((r) => r.analyzeMs)).median} ms (extract ${summary(aiNews.map((r) => r.extractMs)).median}, empty round trip ${summary(aiNews.map((r) => r.roundTripMs)).median}, by sendMessage ${summary(aiNews.map((r) => r.roundTripSendMessageMs).filter((x) => typeof x === 'number')).median}) | Readability.parse median ${summary(aiNews.map((r) => r.parseMs)).median} ms`);
const phaseMedian = (k) => summary(aiNews.filter((r) => r.analyzePhases?.call > 0).map((r) => r.analyzePhases[k])).median;
console.log(`  of which (medians): extract ${phaseMedian('extract')}, in-page check ${phaseMedian('check')}, worker call ${phaseMedian('call')} (in the worker from message to answer ${phaseMedian('workerHandling')}, its reading ${phaseMedian('workerReading')}), ranges ${phaseMedian('ranges')} ms`);
console.log(`bundles: content ${(sizes.content / 1024).toFixed(1)} KB, popup ${(sizes.popup / 1024).toFixed(1)} KB, background ${(sizes.background / 1024).toFixed(1)} KB`);
if (classify) console.log(`classify: ${JSON.stringify(classify.sentencesPerSecond?.median ?? classify)} sentences/s (median)`);
console.log('wrote out/bench.json');
