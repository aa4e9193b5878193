#!/usr/bin/env node
// Samples real article sentences from the readability corpus pages for hand labelling, through the
// project's own code path (`node dist/cli.mjs analyze PAGE --force`: extraction, language detection,
// segmentation, classification). Why: the dev set is paraphrased AI news; hidden sets also hold
// ordinary web prose, where the classifier's rumor precision must be measured on real sentences.
// Sampling is stratified by the CURRENT predicted label (rumor/opinion/reported over-sampled so their
// precision is measurable) with a fixed seed, a cap per page and label, and a light filter for
// non-sentences (too short, no final punctuation, questions). The output carries the predicted label
// only as `pred` for the annotator's convenience; gold labels are assigned by hand afterwards.
// usage: npm run build && node scripts/sample-corpus-sentences.mjs [--out DIR] [--seed N]
//   --cached reuses DIR/reports/PAGE.json from an earlier run (analysis takes minutes on a loaded machine)
//   writes DIR/candidates-en.jsonl and DIR/candidates-fr.jsonl (default DIR: /tmp/claimlens-corpus)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/seeded-random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/readability-pages');
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const OUT = path.resolve(opt('--out', '/tmp/claimlens-corpus'));
const SEED = Number(opt('--seed', 20240607));
/** Target counts per language and predicted label (rumor/opinion/reported over-sampled). */
const QUOTA = {
  en: { rumor: 90, opinion: 60, reported: 60, fact: 100 },
  fr: { rumor: 30, opinion: 20, reported: 25, fact: 75 },
};
const PER_PAGE_LABEL_CAP = { en: 8, fr: 40 };

/** A plausible full sentence: enough words, final punctuation, not a question, starts like a sentence. */
function looksLikeSentence(s) {
  const t = s.trim();
  if (t.split(/\s+/).length < 6 || t.length > 400) return false;
  if (!/[.!»"”’)]$/u.test(t)) return false;
  if (/\?\s*["”»]?$/u.test(t)) return false;
  if (!/^["“«(]?\s*[\p{Lu}\d]/u.test(t)) return false;
  if (/https?:|\{|\}|;\s*$|=/u.test(t)) return false;
  if (/\b(?:lorem|ipsum|consectetur|eiusmod|incididunt|veniam|excepteur|reprehenderit)\b/iu.test(t)) return false; // placeholder Latin, detected as French
  return true;
}

const pool = { en: [], fr: [] };
const pages = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'source.html'))).sort();
for (const page of pages) {
  const cache = path.join(OUT, 'reports', `${page}.json`);
  let stdout;
  if (args.includes('--cached') && fs.existsSync(cache)) stdout = fs.readFileSync(cache, 'utf8');
  else {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.mjs'), 'analyze', path.join(CORPUS, page, 'source.html'), '--force'], {
    encoding: 'utf8',
    maxBuffer: 1 << 27,
    timeout: 60000,
  });
  if (run.status !== 0) continue;
  stdout = run.stdout;
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  fs.writeFileSync(cache, stdout);
  }
  let rep;
  try {
    rep = JSON.parse(stdout);
  } catch {
    continue;
  }
  if (rep.lang !== 'en' && rep.lang !== 'fr') continue;
  const seen = new Set();
  for (const c of rep.claims ?? []) {
    if (!looksLikeSentence(c.text) || seen.has(c.text)) continue;
    seen.add(c.text);
    pool[rep.lang].push({ page, text: c.text.trim(), pred: c.label, cues: c.cues });
  }
}

const rnd = mulberry32(SEED);
fs.mkdirSync(OUT, { recursive: true });
for (const lang of ['en', 'fr']) {
  const items = pool[lang].map((x) => ({ ...x, key: rnd() })).sort((a, b) => a.key - b.key);
  const taken = [];
  const count = {};
  const perPage = {};
  for (const x of items) {
    const k = `${x.page}|${x.pred}`;
    if ((count[x.pred] ?? 0) >= QUOTA[lang][x.pred]) continue;
    if ((perPage[k] ?? 0) >= PER_PAGE_LABEL_CAP[lang]) continue;
    count[x.pred] = (count[x.pred] ?? 0) + 1;
    perPage[k] = (perPage[k] ?? 0) + 1;
    taken.push(x);
  }
  taken.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.key - b.key));
  const lines = taken.map((x, i) =>
    JSON.stringify({ id: `corpus-${lang}-${String(i + 1).padStart(3, '0')}`, lang, text: x.text, pred: x.pred, cues: x.cues, source: `corpus ${x.page}` }),
  );
  fs.writeFileSync(path.join(OUT, `candidates-${lang}.jsonl`), lines.join('\n') + '\n');
  const poolCounts = {};
  for (const x of pool[lang]) poolCounts[x.pred] = (poolCounts[x.pred] ?? 0) + 1;
  console.log(`${lang}: pool ${pool[lang].length} ${JSON.stringify(poolCounts)}; sampled ${taken.length} ${JSON.stringify(count)}`);
}
