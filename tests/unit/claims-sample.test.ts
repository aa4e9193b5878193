/** The canonical sample article read in order: at least 16 of its 18 sentences match the reference reading. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentences } from '../../src/core/claims/index';

const EXPECTED = new URL('../../../shared/samples/meta-llm-fr.expected.json', import.meta.url);

interface ExpectedClaim {
  text: string;
  label: string;
  also?: string;
  source?: string;
}

describe.skipIf(!fs.existsSync(EXPECTED))('sample meta-llm-fr', () => {
  const claims: ExpectedClaim[] = fs.existsSync(EXPECTED) ? JSON.parse(fs.readFileSync(EXPECTED, 'utf8')).claims : [];
  const results = classifySentences(claims.map((c) => c.text), 'fr');

  it('reads at least 16 of 18 sentences like the reference (label or also)', () => {
    const ok = claims.filter((c, i) => results[i]!.label === c.label || results[i]!.label === c.also).length;
    expect(claims.length).toBe(18);
    expect(ok).toBeGreaterThanOrEqual(16);
  });

  it('reads the WSJ sentence (typo and all) as reported by the Wall Street Journal', () => {
    const i = claims.findIndex((c) => c.text.startsWith('Le Wall Street Journal'));
    expect(results[i]!.label).toBe('reported');
    expect(results[i]!.source).toContain('Wall Street Journal');
  });

  it('completes "Le rapport indique que" with the Wall Street Journal', () => {
    const i = claims.findIndex((c) => c.text.startsWith('Le rapport indique'));
    expect(results[i]!.label).toBe('reported');
    expect(results[i]!.source).toMatch(/rapport/i);
    expect(results[i]!.source).toContain('Wall Street Journal');
  });
});
