// The matcher's promises: whole words only, capitals where the alias has them, elided French
// articles, exact offsets, longest match first, context for ambiguous words, never a throw.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher, getGlossaryMatcher, summarizeGlossary, type TermMatch } from '../../src/core/glossary/index';

const m = getGlossaryMatcher();
const ids = (text: string) => m.match(text).map((x) => x.id);
const texts = (text: string) => m.match(text).map((x) => x.text);

function expectWellFormed(text: string, matches: TermMatch[]) {
  let prevEnd = 0;
  for (const x of matches) {
    expect(x.start).toBeLessThan(x.end);
    expect(x.start).toBeGreaterThanOrEqual(prevEnd);
    expect(text.slice(x.start, x.end)).toBe(x.text);
    prevEnd = x.end;
  }
}

describe('glossary matcher: words and case', () => {
  it.each(['Mail', 'IAM', 'via', 'email', 'aide', 'main', 'Claudette', 'metadata', 'méta-données', 'Méta-données', 'un prompt service', 'prompt rétablissement', 'air', 'paid', 'Said', 'FAIR', 'MAIL'])(
    'does not fire on %j', (t) => {
      expect(m.match(t)).toEqual([]);
    });

  it('matches short acronyms only in capitals, as whole words', () => {
    expect(ids('AI ai Ai aI')).toEqual(['ai']);
    expect(ids("l'IA, ia, Ia, VIA, IAM, MIA")).toEqual(['ai']);
    expect(ids('LLM llm Llm LLMs')).toEqual(['llm', 'llm']);
    expect(ids('GPU gpu GPUs GPUS')).toEqual(['gpu', 'gpu', 'gpu']); // all-caps headlines keep the plural
  });

  it('matches elided French forms with straight and curly apostrophes', () => {
    expect(texts("l'IA d'IA l’IA qu’IA")).toEqual(['IA', 'IA', 'IA', 'IA']);
    expect(ids("l'intelligence artificielle")).toEqual(['ai']);
  });

  it('finds plurals, hyphenated and multi-word terms', () => {
    expect(ids('des LLMs, des GPU Nvidia H100 et un modèle open-source')).toEqual(['llm', 'h100', 'open-source']);
    expect(ids('open source, Open Source, open‑source')).toEqual(['open-source', 'open-source', 'open-source']);
    expect(ids('les garde-fous de l’IA')).toEqual(['guardrails']);
  });

  it('prefers the longest match', () => {
    expect(m.match('GPU Nvidia H100')).toEqual([{ id: 'h100', start: 0, end: 15, text: 'GPU Nvidia H100' }]);
    expect(ids("lors de l'événement Meta Connect")).toEqual(['meta-connect']);
    expect(ids('Mistral AI lève des fonds')).toEqual(['mistral-ai']);
  });

  it('tolerates whitespace runs and line breaks inside a term', () => {
    expect(texts('GPU  Nvidia\nH100')).toEqual(['GPU  Nvidia\nH100']);
  });

  it('tolerates missing accents but not foreign ones', () => {
    expect(ids('desinformation DESINFORMATION Désinformation')).toEqual(['disinformation', 'disinformation', 'disinformation']);
    expect(ids('Méta a publié')).toEqual([]);
    expect(texts('de\u0301sinformation')).toEqual(['de\u0301sinformation']);
  });
});

describe('glossary matcher: ambiguous words need context', () => {
  it('keeps Meta the company apart from meta-things', () => {
    expect(ids('Meta a publié Llama 2.')).toEqual(['meta', 'llama']);
    expect(ids('A Meta-analysis of Meta tags and meta data')).toEqual([]);
    expect(ids('Additional Tags: Meta, Alternate Universe. She fought Meta Ridley.')).toEqual([]);
    expect(ids('Meta, the owner of Instagram, said...')).toEqual(['meta']);
  });

  it('reads Claude as the model only near Anthropic or with a version', () => {
    expect(ids('Claude est venu dîner avec Claudette.')).toEqual([]);
    expect(ids('Anthropic a mis à jour Claude.')).toEqual(['anthropic', 'claude']);
    expect(ids('Claude 3 Opus est sorti.')).toEqual(['claude']);
  });

  it('needs AI context for agents, tokens, prompt, Mistral, Gemini, Llama, Copilot', () => {
    expect(ids('Les agents de la RATP et le mistral soufflent; Gemini horoscope; un Llama au zoo.')).toEqual([]);
    expect(ids('The copilot checked the tokens and gave a prompt reply.')).toEqual([]);
    expect(ids('Le Mistral souffle fort.')).toEqual([]);
    expect(ids('Les agents IA et les AI agents')).toEqual(['ai-agents', 'ai-agents']);
    expect(ids('ChatGPT counts tokens in every prompt.')).toEqual(['chatgpt', 'tokens', 'prompt']);
  });

  it('reads "entraîner" and "training" as model training only next to a model', () => {
    expect(ids('Cela pourrait entraîner des pertes. Staff training starts Monday.')).toEqual([]);
    expect(ids('pour entraîner son nouveau modèle')).toEqual(['training']);
  });

  it('ignores copyright footers', () => {
    expect(ids('Copyright © 2015 ACME. All rights reserved.')).toEqual([]);
    expect(ids('© Copyright 2015 ACME')).toEqual([]);
  });
});

describe('glossary matcher: robustness and API', () => {
  const odd = [
    '', '\u0000', '\uD800', '\uDC00AI\uD800', '🤖 AI 🤖', 'A\u0301I', '\u200FIA\u200E', '\u202EAI\u202C',
    'IA\u0000GPU', 'e\u0301'.repeat(1000), 'ﬁ ß İ ŉ', '\uFEFFOpenAI', 'Open\u00ADAI', 'AI'.repeat(500), ' \t\n',
  ];
  it.each(odd)('never throws and keeps offsets exact on %j', (t) => {
    const got = m.match(t);
    expectWellFormed(t, got);
  });

  it('finds terms next to emoji and direction marks', () => {
    expect(ids('🤖AI🤖')).toEqual(['ai']);
    expect(ids('\u200FIA\u200E')).toEqual(['ai']);
  });

  it('keeps offsets exact on a long mixed text', () => {
    const text = "Selon Reuters, l’IA d'OpenAI (GPT-4) tourne sur des GPU Nvidia H100 dans Azure ; Meta Connect, LLMs, open-source. ".repeat(50);
    expectWellFormed(text, m.match(text));
    expect(m.match(text).length).toBeGreaterThan(400);
  });

  it('returns the shared matcher and builds custom ones', () => {
    expect(getGlossaryMatcher()).toBe(m);
    const tiny = createGlossaryMatcher([{ id: 'x', category: 'concept', names: { fr: ['Foo Bar'], en: ['foo'] }, definition: { fr: 'x', en: 'x' } }]);
    expect(tiny.match('foo Foo Bar foobar').map((x) => x.text)).toEqual(['foo', 'Foo Bar']);
  });

  it('summarises an article: display term per language, counts, first position, nested terms', () => {
    const hits = summarizeGlossary(['Des GPU Nvidia H100 pour Meta.', "L'IA de Meta tourne sur des GPU."], 'fr');
    expect(hits.map((h) => h.id)).toEqual(['h100', 'gpu', 'nvidia', 'meta', 'ai']);
    const gpu = hits.find((h) => h.id === 'gpu')!;
    expect(gpu.count).toBe(2);
    expect(gpu.first).toEqual({ block: 0, start: 4, end: 7 });
    expect(hits.find((h) => h.id === 'ai')!.term).toBe('IA (intelligence artificielle)');
    expect(summarizeGlossary(['AI chips'], 'en')[0]!.term).toBe('AI chip');
  });

  // Budget: well under 5 ms per 50 KB in plain Node. Measured (bundled, idle 2-core box) at ~3 ms on
  // this worst case (the sample's jargon density, ~900 terms per 50 KB) and ~0.5 ms on ordinary pages;
  // under vitest on a loaded machine the same run takes 3-4x longer, so this test is a regression
  // guard with headroom, not the proof of the budget. TODO(2025-01): bring the dense case under 2 ms.
  it('matches 50 KB of jargon-dense AI news text fast (regression guard)', () => {
    // The sample article's text is about as dense in jargon as AI news gets (one term every ~60 characters).
    const html = readFileSync(resolve(process.cwd(), '../shared/samples/meta-llm-fr.html'), 'utf8');
    const para = html.slice(html.indexOf('<article>'), html.indexOf('</article>')).replace(/<[^>]+>/g, ' ');
    const text = para.repeat(Math.ceil(50_000 / para.length)).slice(0, 50_000);
    for (let i = 0; i < 10; i++) m.match(text);
    // Median of single runs: one slow run on a busy machine says nothing about the matcher.
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      m.match(text);
      times.push(performance.now() - t0);
    }
    const ms = times.sort((a, b) => a - b)[10]!;
    expect(ms).toBeLessThan(25);
  });
});
