/**
 * The learned second opinion (src/core/claims/second-opinion.ts) as data and as behaviour: the shipped
 * model file is well formed and is exactly what scripts/train-claims.mjs produces; loading and applying
 * it is deterministic; switched on, it only ever turns a cue-less rule fact into an opinion, with a cue.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims/index';
import { OPINION_MODEL } from '../../src/core/claims/model/opinion-model';
import { decodeInt8, loadModel, readRuleFact, shippedSecondOpinion } from '../../src/core/claims/second-opinion';
import type { SupportedLang } from '../../src/core/types';

const MODEL_FILE = 'src/core/claims/model/opinion-model.ts';

const rows: { text: string; lang: SupportedLang }[] = fs
  .readdirSync('tests/fixtures/claims')
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => fs.readFileSync(`tests/fixtures/claims/${f}`, 'utf8').split('\n').filter(Boolean))
  .map((l) => JSON.parse(l));

describe('opinion model data', () => {
  it('declares a small hashed dimension and decodes to exactly that many finite weights', () => {
    expect(OPINION_MODEL.bits).toBeGreaterThanOrEqual(12);
    expect(OPINION_MODEL.bits).toBeLessThanOrEqual(16);
    const model = loadModel(OPINION_MODEL);
    expect(model.weights.length).toBe(1 << OPINION_MODEL.bits);
    expect(model.weights.every((w) => Number.isFinite(w))).toBe(true);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
    expect(OPINION_MODEL.scale).toBeGreaterThan(0);
    expect(Number.isFinite(OPINION_MODEL.intercept)).toBe(true);
    expect(OPINION_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(OPINION_MODEL.threshold).toBeLessThan(1);
    expect(typeof OPINION_MODEL.enabled).toBe('boolean');
  });

  it('stays a reasonable size to ship (< 150 KB)', () => {
    expect(fs.statSync(MODEL_FILE).size).toBeLessThan(150 * 1024);
  });

  it('decodes base64 signed bytes like Node does', () => {
    const bytes = Int8Array.from([0, 1, -1, 127, -127, 42, -42, 5, 6, 7]);
    for (let n = 0; n <= bytes.length; n++) {
      const b64 = Buffer.from(bytes.buffer, 0, n).toString('base64');
      expect(Array.from(decodeInt8(b64))).toEqual(Array.from(bytes.slice(0, n)));
    }
    expect(() => decodeInt8('A*==')).toThrow();
  });

  it('is reproduced exactly by the training script', () => {
    const run = spawnSync(process.execPath, ['scripts/train-claims.mjs', '--check'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout + run.stderr).toContain('model file is reproduced exactly');
    expect(run.status).toBe(0);
  }, 120_000);
});

describe('second opinion at classification time', () => {
  it('loads and reads deterministically', () => {
    const a = loadModel(OPINION_MODEL);
    const b = loadModel(OPINION_MODEL);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    for (const { text, lang } of rows.slice(0, 300)) {
      const x = readRuleFact(text, lang, [], a);
      const y = readRuleFact(text, lang, [], b);
      expect(y).toEqual(x);
      expect(x.probability).toBeGreaterThanOrEqual(0);
      expect(x.probability).toBeLessThanOrEqual(1);
      for (const c of x.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('only turns a cue-less rule fact into an opinion, and names its words', () => {
    let changed = 0;
    for (const { text, lang } of rows) {
      const rules = classifySentence(text, lang, undefined, {});
      const model = classifySentence(text, lang, undefined, { secondOpinion: shippedSecondOpinion });
      if (model.label === rules.label) {
        expect(model).toEqual(rules);
        continue;
      }
      changed++;
      expect(rules.label).toBe('fact');
      expect(rules.cues).toEqual([]);
      expect(model.label).toBe('opinion');
      expect(model.cues.length).toBeGreaterThan(0);
      for (const c of model.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(changed).toBeGreaterThan(0); // the model does something when asked
  });

  it('reads plain-word judgements as likelier opinions than the same sentences made neutral, and names its words', () => {
    // Judgements in ordinary words that the rules alone read as facts, each beside the same sentence
    // with the judging word made neutral: the model must rank every judgement above its twin. Whether
    // a judgement also clears the shipped threshold is the training's trade-off (it favours facts), so
    // the words it names are checked with the threshold at 0.5.
    const pairs: [string, string][] = [
      ['This is the wrong fight.', 'This is the second fight.'],
      ['The council picked the wrong battle.', 'The council picked the northern site.'],
      ['It was the wrong fix for a real problem.', 'It was the first fix for a known problem.'],
      ['This is the wrong target.', 'This is the new target.'],
      ['The sequel misses the point.', 'The sequel opens in May.'],
      ['The plan is a distraction.', 'The plan is a draft.'],
    ];
    const lenient = loadModel({ ...OPINION_MODEL, threshold: 0.5 });
    for (const [judgement, neutral] of pairs) {
      expect(classifySentence(judgement, 'en').label).toBe('fact'); // the rules alone
      const j = readRuleFact(judgement, 'en', [], lenient);
      expect(j.probability, judgement).toBeGreaterThan(readRuleFact(neutral, 'en', [], lenient).probability);
      if (j.probability >= 0.5) {
        expect(j.cues.length).toBeGreaterThan(0);
        for (const c of j.cues) expect(judgement.slice(c.start, c.end)).toBe(c.text);
      }
    }
  });

  it('is off as shipped: the worker bundle (built by npm test first) holds none of its weights', () => {
    expect(OPINION_MODEL.enabled).toBe(false);
    const worker = fs.readFileSync('dist/chrome/background.js', 'utf8');
    // The weights are written 120 characters a line: look for one whole line.
    expect(worker.includes(OPINION_MODEL.weights.slice(120, 240))).toBe(false);
  });
});
