import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md's size budgets for the shipped bundles (`npm test` builds dist/ first). The content
 * script runs in every page the reader opens, so its budget is the tightest.
 */
const BUDGET_BYTES: Record<string, number> = { content: 40 * 1024, popup: 60 * 1024 };

describe('bundle budgets', () => {
  for (const browser of ['chrome', 'firefox']) {
    for (const [name, budget] of Object.entries(BUDGET_BYTES)) {
      it(`${browser}/${name}.js is at most ${budget / 1024} KB minified`, () => {
        const size = fs.statSync(`dist/${browser}/${name}.js`).size;
        expect(size).toBeLessThanOrEqual(budget);
      });
    }
  }
});
