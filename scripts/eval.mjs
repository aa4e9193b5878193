#!/usr/bin/env node
// Scores the claim classifier through the CLI contract (`node dist/cli.mjs classify`) on labelled JSONL
// sets: per file, a confusion matrix, per-class precision/recall/F1, macro-F1 per language and overall,
// and the misclassified sentences with their predicted cues.
// usage: node scripts/eval.mjs [--cli path/to/cli.mjs] [--rules-only] [--show-check] [files...]
// Default files: ../shared/data/claims-dev.jsonl (relative to the repo root), tests/fixtures/claims/*.jsonl
// except corpus-{en,fr}.jsonl, and in their place the halves tests/fixtures/claims/split/corpus-*-{tune,check}.jsonl.
// The training sets train-*.jsonl (scripts/train-claims.mjs) are left out unless named: the model has
// seen them, so their scores say nothing about generalisation.
// --rules-only: classify in-process from src/core/claims (bundled with esbuild) with the learned second
// opinion switched off, to compare the rules alone with the shipped classifier.
// A *-check.jsonl half is for measuring only: its misclassified sentences are not listed (so nobody tunes
// on them) unless --show-check is given.
// Exit code 0 whatever the scores; 1 only when the CLI fails or a file cannot be read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, readJsonl, scoreClaims } from './lib/claim-scores.mjs';
import { importBundled } from './lib/import-bundled.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  let cli = process.env.CLAIMS_CLI || path.join(ROOT, 'dist', 'cli.mjs');
  const files = [];
  let showCheck = false;
  let rulesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cli') cli = path.resolve(argv[++i]);
    else if (argv[i] === '--show-check') showCheck = true;
    else if (argv[i] === '--rules-only') rulesOnly = true;
    else files.push(path.resolve(argv[i]));
  }
  if (files.length === 0) {
    files.push(path.resolve(ROOT, '../shared/data/claims-dev.jsonl'));
    const dir = path.join(ROOT, 'tests/fixtures/claims');
    const split = path.join(dir, 'split');
    const halves = fs.existsSync(split) ? fs.readdirSync(split).filter((f) => f.endsWith('.jsonl')).sort() : [];
    if (fs.existsSync(dir)) {
      for (const f of fs.readdirSync(dir).sort()) {
        if (!f.endsWith('.jsonl') || f.startsWith('train-')) continue;
        // The corpus files are the union of their two halves: score the halves instead.
        if (halves.some((h) => h.startsWith(f.replace(/\.jsonl$/, '-')))) continue;
        files.push(path.join(dir, f));
      }
    }
    for (const h of halves) files.push(path.join(split, h));
  }
  return { cli, files, showCheck, rulesOnly };
}

function runCli(cli, gold) {
  const input = gold.map((g) => JSON.stringify({ id: g.id, text: g.text, lang: g.lang })).join('\n') + '\n';
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'classify'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.message : (run.stderr || '').trim().split('\n').pop();
    throw new Error(`classify CLI failed (${cli}, exit ${run.status}): ${why}`);
  }
  const out = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line);
      out.set(String(o.id), o);
    } catch {
      /* a malformed output line counts as unanswered */
    }
  }
  return { out, ms };
}

/** The classifier bundled from source, for --rules-only. */
const loadCore = () => importBundled(path.join(ROOT, 'src/core/claims/index.ts'));

function runRulesOnly(core, gold) {
  const t0 = process.hrtime.bigint();
  const out = new Map();
  for (const g of gold) out.set(String(g.id), core.classifySentence(g.text, g.lang));
  return { out, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const score = scoreClaims;

const f3 = (x) => x.toFixed(3);
const cueText = (c) => (typeof c === 'string' ? c : c && typeof c.text === 'string' ? c.text : JSON.stringify(c));

function report(file, gold, out, ms, listErrors) {
  const rows = gold.map((g) => {
    const o = out.get(String(g.id));
    return { ...g, pred: o?.label ?? 'MISSING', cues: o?.cues ?? [], source: o?.source };
  });
  const all = score(rows);
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  console.log(`\n=== ${path.relative(process.cwd(), file)} (${rows.length} sentences, ${ms.toFixed(0)} ms)`);
  const cols = [...LABELS, ...(rows.some((r) => r.pred === 'MISSING') ? ['MISSING'] : [])];
  console.log(`confusion (rows gold, columns predicted)\n${'gold\\pred'.padEnd(10)}${cols.map((c) => c.padStart(9)).join('')}`);
  for (const g of LABELS) {
    const cells = cols.map((p) => String(rows.filter((r) => r.label === g && r.pred === p).length).padStart(9));
    console.log(`${g.padEnd(10)}${cells.join('')}`);
  }
  console.log(`${'label'.padEnd(10)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'n'.padStart(5)}`);
  for (const l of LABELS) {
    const s = all.per[l];
    console.log(`${l.padEnd(10)}${f3(s.p).padStart(7)}${f3(s.r).padStart(7)}${f3(s.f1).padStart(7)}${String(s.n).padStart(5)}`);
  }
  for (const l of langs) {
    const s = score(rows.filter((r) => r.lang === l));
    console.log(`lang ${l}: macro-F1 ${f3(s.macro)}  accuracy ${f3(s.acc)}  n ${s.n}`);
  }
  console.log(`overall: macro-F1 ${f3(all.macro)}  accuracy ${f3(all.acc)}  rumor P ${f3(all.per.rumor.p)}  fact P ${f3(all.per.fact.p)}`);
  const wrong = rows.filter((r) => r.pred !== r.label);
  console.log(`misclassified: ${wrong.length}${listErrors ? '' : ' (a check half: not listed, see --show-check)'}`);
  for (const r of listErrors ? wrong : []) {
    const cues = r.cues.map(cueText).join(' | ');
    console.log(`  ${r.id} gold=${r.label} pred=${r.pred} cues=[${cues}]${r.source ? ` source=${r.source}` : ''}\n      ${r.text}`);
  }
  return rows;
}

const { cli, files, showCheck, rulesOnly } = parseArgs(process.argv.slice(2));
const everything = [];
try {
  const core = rulesOnly ? await loadCore() : undefined;
  if (rulesOnly) console.log('rules only: the learned second opinion is switched off');
  for (const file of files) {
    const gold = readJsonl(file);
    const { out, ms } = core ? runRulesOnly(core, gold) : runCli(cli, gold);
    everything.push(...report(file, gold, out, ms, showCheck || !file.endsWith('-check.jsonl')));
  }
} catch (err) {
  console.error(`eval: ${err.message}`);
  process.exit(1);
}
if (files.length > 1) {
  const all = score(everything);
  const langs = [...new Set(everything.map((r) => r.lang))].sort();
  const byLang = langs.map((l) => `${l} ${f3(score(everything.filter((r) => r.lang === l)).macro)}`).join(', ');
  console.log(`\n=== all files: macro-F1 ${f3(all.macro)} (${byLang}); rumor P ${f3(all.per.rumor.p)}, fact P ${f3(all.per.fact.p)}; ${everything.length} sentences`);
}
process.exit(0);
