// The canonical French article: the glossary must explain the terms a reviewer expects
// (patterns copied from /work/shared/checks/check-sample.mjs, in the order of the reference list).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { summarizeGlossary } from '../../src/core/glossary/index';

const html = readFileSync(resolve(process.cwd(), '../shared/samples/meta-llm-fr.html'), 'utf8');
const { document } = parseHTML(html);
const blocks = [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '');

const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').replace(/[’']/g, "'").trim().toLowerCase();
const expTerms = [/\b(ia|ai)\b|intelligence artificielle|artificial intelligence/, /\bllm\b|large language model|grand modèle de langage/, /gpt-?4/, /openai/, /llama/, /open.?source/, /libre accès|open.?weight|poids ouverts/, /\bgpu\b/, /h100/, /azure/, /cloud|nuage/, /garde-fou|guardrail/, /désinformation|disinformation|misinformation/, /droits? d'auteur|copyright/, /ensembles? de données|dataset|jeux? de données|données d'entraînement|training data/, /entraîn|training/, /wall street journal|wsj/, /meta connect/];
const need = { LLM: /\bllm\b/, GPU: /\bgpu\b/, H100: /h100/, 'open source': /open.?source/ };

describe('glossary on the sample article', () => {
  const hits = summarizeGlossary(blocks, 'fr');
  const gl = hits.map((g) => norm(`${g.term} ${g.id}`)).join(' | ');

  it('reads the article paragraphs', () => {
    expect(blocks.length).toBeGreaterThan(8);
  });

  it('finds at least 16 of the 18 reference terms', () => {
    const missing = expTerms.filter((re) => !re.test(gl)).map(String);
    expect(missing.length, `missing ${missing.join(', ')} in ${gl}`).toBeLessThanOrEqual(2);
  });

  it('always includes LLM, GPU, H100 and open source', () => {
    for (const [name, re] of Object.entries(need)) expect(re.test(gl), name).toBe(true);
  });

  it('counts and locates each term in the article', () => {
    for (const h of hits) {
      expect(h.count).toBeGreaterThan(0);
      expect(h.definition.length).toBeGreaterThan(0);
      const { block, start, end } = h.first;
      expect(blocks[block]!.slice(start, end).length).toBe(end - start);
    }
    const meta = hits.find((h) => h.id === 'meta-connect');
    expect(blocks[meta!.first.block]!.slice(meta!.first.start, meta!.first.end)).toBe('Meta Connect');
  });

  it('finds nothing it should not: every hit is a term of the reference reading or a named company', () => {
    const ids = hits.map((h) => h.id).sort();
    expect(ids).toEqual([
      'ai', 'azure', 'cloud', 'copyright', 'dataset', 'disinformation', 'gpt-4', 'gpu', 'guardrails', 'h100',
      'llama', 'llm', 'meta', 'meta-connect', 'microsoft', 'nvidia', 'open-source', 'open-weights', 'openai', 'training', 'wsj',
    ]);
  });
});
