#!/usr/bin/env node
// Classifier throughput on one core in Node: bundles src/core/claims/index.ts with esbuild's JS API to a
// temporary ESM file, imports it and classifies the dev-set sentences (plus our fixtures) repeated,
// reporting sentences per second as the median of BENCH_RUNS runs after a warm-up. The training sets
// (train-*.jsonl) are left out, so the figure stays comparable. BENCH_SECOND_OPINION=1 also times the
// classifier with the learned second opinion forced on, alternating runs with the shipped setting.
// usage: node scripts/bench-classify.mjs   (prints one line)
// import: `const { benchClassify } = await import('./scripts/bench-classify.mjs')`
//         → { sentencesPerSecond: { median, runs }, n, firstCallMs }
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './lib/import-bundled.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 9));
const TARGET_PER_RUN = Number(process.env.BENCH_SENTENCES ?? 20000);

function loadSentences() {
  const files = [path.resolve(ROOT, '../shared/data/claims-dev.jsonl')];
  const dir = path.join(ROOT, 'tests/fixtures/claims');
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith('.jsonl') && !f.startsWith('train-')) files.push(path.join(dir, f));
  const out = [];
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      if (typeof o.text === 'string' && (o.lang === 'fr' || o.lang === 'en')) out.push({ text: o.text, lang: o.lang });
    }
  }
  return out;
}

const loadClassifier = () => importBundled(path.join(ROOT, 'src/core/claims/index.ts'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Measures classifySentence throughput; returns sentences/second (median and every run) and the set size.
 * options are passed to classifySentence ('secondOpinion' stands for the shipped learned model); with `compare`, runs alternate
 * between the shipped setting and those options, and both medians are returned.
 */
export async function benchClassify(options, compare = false) {
  const { classifySentence, shippedSecondOpinion } = await loadClassifier();
  if (options === 'secondOpinion') options = { secondOpinion: shippedSecondOpinion };
  const sentences = loadSentences();
  if (sentences.length === 0) throw new Error('bench-classify: no labelled sentences found');
  const t0 = performance.now();
  for (const s of sentences) classifySentence(s.text, s.lang); // first pass: includes regex compilation
  const firstCallMs = performance.now() - t0;
  const reps = Math.max(1, Math.ceil(TARGET_PER_RUN / sentences.length));
  const n = reps * sentences.length;
  let sink = 0;
  const settings = compare ? [undefined, options] : [options];
  for (const o of settings) for (let i = 0; i < 2; i++) for (const s of sentences) sink += classifySentence(s.text, s.lang, undefined, o).cues.length; // warm-up
  const runs = settings.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    settings.forEach((o, j) => {
      const start = performance.now();
      for (let k = 0; k < reps; k++) for (const s of sentences) sink += classifySentence(s.text, s.lang, undefined, o).cues.length;
      const ms = performance.now() - start;
      runs[j].push(Math.round((n / ms) * 1000));
    });
  }
  if (sink < 0) console.log(sink); // keep the work observable
  const result = { sentencesPerSecond: { median: median(runs[0]), runs: runs[0] }, n, firstCallMs: Math.round(firstCallMs) };
  if (compare) result.withOptions = { median: median(runs[1]), runs: runs[1] };
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const compare = process.env.BENCH_SECOND_OPINION === '1';
  const r = await benchClassify(compare ? 'secondOpinion' : undefined, compare);
  console.log(`classify: ${r.sentencesPerSecond.median} sentences/s (median of ${r.sentencesPerSecond.runs.length} runs of ${r.n}; first pass incl. regex compilation ${r.firstCallMs} ms)`);
  if (r.withOptions) console.log(`classify with the learned second opinion on: ${r.withOptions.median} sentences/s (runs alternated with the line above)`);
}
