// Labelled claim sets and the scores of predicted labels against them, shared by `npm run eval` and the trainer.
import fs from 'node:fs';

/** The four labels, in the order reports print them. */
export const LABELS = ['rumor', 'reported', 'fact', 'opinion'];

/**
 * Per-label precision, recall, F1 and support, macro-F1 over the labels present in the gold rows,
 * and accuracy, for rows `{ label, pred }`.
 */
export function scoreClaims(rows) {
  const per = {};
  for (const l of LABELS) {
    const tp = rows.filter((r) => r.pred === l && r.label === l).length;
    const fp = rows.filter((r) => r.pred === l && r.label !== l).length;
    const fn = rows.filter((r) => r.pred !== l && r.label === l).length;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    per[l] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn };
  }
  const present = LABELS.filter((l) => per[l].n > 0);
  const macro = present.length ? present.reduce((s, l) => s + per[l].f1, 0) / present.length : 0;
  const acc = rows.length ? rows.filter((r) => r.pred === r.label).length / rows.length : 0;
  return { per, macro, acc, n: rows.length };
}

/** The rows of a labelled JSONL file (one JSON object a line; blank lines skipped). */
export function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
