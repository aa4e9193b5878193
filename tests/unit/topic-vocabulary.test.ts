import { AI_TOOL_CONTEXT_WORDS, AI_TOOL_REFERENCE_NOUNS } from '../../src/core/topic/ai-as-tool';
import { MACHINE_WORD_FAMILIES, machineWordFamilies } from '../../src/core/topic/machine-vocabulary';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AI_VOCABULARY, ANCHOR, countAiSignals, findTermHits } from '../../src/core/topic/index';
import { mayContainTerm, scanTermHits } from '../../src/core/topic/term-matcher';

const surfaces = (text: string) => findTermHits(text).map(h => h.surface);

describe('AI vocabulary data', () => {
  it('every entry is well formed: forms or patterns, weight 1..3, context needs that name real labels', () => {
    const labels = new Set(AI_VOCABULARY.map(t => t.label));
    expect(labels.size).toBe(AI_VOCABULARY.length);
    for (const t of AI_VOCABULARY) {
      expect(t.forms.length + (t.patterns?.length ?? 0), t.label).toBeGreaterThan(0);
      expect([1, 2, 3], t.label).toContain(t.weight);
      expect(t.needs === undefined || t.needs.length > 0, `${t.label}: needs, when given, names something`).toBe(true);
      for (const n of t.needs ?? []) expect(n === ANCHOR || labels.has(n), `${t.label} needs ${n}`).toBe(true);
      for (const p of t.patterns ?? []) expect(() => new RegExp(p, 'u')).not.toThrow();
    }
  });

  it('spells plurals in parentheses as two forms, every ending out or every ending in', () => {
    const forms = (label: string) => AI_VOCABULARY.find(t => t.label === label)!.forms;
    for (const t of AI_VOCABULARY) for (const f of t.forms) expect(f, t.label).not.toMatch(/[()]/);
    expect(forms('grand modèle de langage')).toContain('grands modèles de langage');
    expect(forms('grand modèle de langage')).toContain('grand modèle de langage');
    expect(forms('grand modèle de langage')).not.toContain('grands modèle de langage');
    expect(forms('chatbot')).toEqual(expect.arrayContaining(['chatbots', 'agents conversationnels', 'robot conversationnel']));
    for (const text of ['des intelligences artificielles génératives', 'réseaux de neurones', 'deep fakes', 'LLMs']) {
      expect(countAiSignals(text), text).toBe(1);
    }
  });

  it('an empty label in an entry is its first form in the singular', () => {
    for (const t of AI_VOCABULARY) expect(t.label, t.forms[0]).not.toBe('');
    expect(AI_VOCABULARY.some(t => t.label === 'LLM' && t.forms.includes('LLMs'))).toBe(true);
    expect(AI_VOCABULARY.some(t => t.label === 'image generator' && t.forms.includes('image generators'))).toBe(true);
  });

  it('names the generative tools stories use without saying AI: image generators, voice cloning, frontier models', () => {
    for (const text of ['an image-generator maker', 'text-to-image', "un générateur d'images", 'voice cloning', 'a cloned voice',
      'le clonage de la voix', 'une voix clonée', 'foundation models', 'modèles de fondation', 'frontier models']) {
      expect(countAiSignals(text), text).toBe(1);
    }
    // Facial recognition and computer vision are the field's own (since probe 11: stories of face-matching
    // cameras say nothing else); speech recognition only supports (dictation, phone menus).
    expect(countAiSignals('facial recognition at the border')).toBe(1);
    expect(countAiSignals('la vision par ordinateur')).toBe(1);
    expect(countAiSignals('speech recognition in the phone menu')).toBe(0);
    expect(countAiSignals('AI-based speech recognition')).toBe(2);
  });

  it('covers both languages for the field names', () => {
    for (const text of ['intelligence artificielle', 'artificial intelligence', 'grand modèle de langage', 'large language model',
      'apprentissage automatique', 'machine learning', 'réseau de neurones', 'neural network', 'IA générative', 'generative AI']) {
      expect(countAiSignals(text), text).toBe(1);
    }
  });
});

describe('whole words only', () => {
  it('never matches an acronym inside another word', () => {
    expect(surfaces('Mail via IAM roles, AIDS research, RAID arrays, Haiti, Thaï, Dubaï, Kaiser, MAIL FROM')).toEqual([]);
    expect(surfaces('Les via ferrata, le triage, PIAF, les IAS')).toEqual([]);
    expect(surfaces('OpenAI and xAI')).toEqual(['OpenAI', 'xAI']);
  });

  it('matches short acronyms only in capitals', () => {
    expect(surfaces('the ai file, an Ai format, llm')).toEqual([]);
    expect(surfaces('AI rules; the LLM; A.I. hype')).toEqual(['AI', 'LLM', 'A.I.']);
  });

  it('matches after French elision and in hyphenated compounds', () => {
    expect(surfaces("l'IA, d’IA, qu'IA, L’IA")).toEqual(['IA', 'IA', 'IA', 'IA']);
    expect(surfaces('AI-powered, AI’s rise, pro-AI lobby')).toEqual(['AI', 'AI', 'AI']);
  });

  it('prefers the longer term where forms overlap', () => {
    expect(surfaces("l'IA générative et les grands modèles de langage")).toEqual(['IA générative', 'grands modèles de langage']);
    expect(surfaces('the EU AI Act and generative AI')).toEqual(['EU AI Act', 'generative AI']);
  });

  it('reads versions as one term', () => {
    expect(surfaces('GPT-4o, GPT‑4 Turbo, GPT-3.5, Llama 3.1, Claude 3 by Anthropic')).toEqual(
      ['GPT-4o', 'GPT‑4 Turbo', 'GPT-3.5', 'Llama 3.1', 'Claude 3', 'Anthropic']);
  });
});

describe('context rules (precision over recall)', () => {
  it('other meanings of AI/IA veto the acronym', () => {
    expect(countAiSignals('Amnesty International (AI) says AI researchers were jailed')).toBe(0);
    expect(countAiSignals('Open the .ai file in Adobe Illustrator (AI)')).toBe(0);
    expect(countAiSignals('Des Moines, IA 50309')).toBe(0);
    expect(countAiSignals('an LLM from a law school, Master of Laws')).toBe(0);
  });

  it('ambiguous names count only with AI context', () => {
    expect(countAiSignals('Claude Monet painted water lilies')).toBe(0);
    expect(countAiSignals('Anthropic released Claude 3')).toBe(2);
    expect(countAiSignals('Le mistral souffle, Mistral pourrait faiblir')).toBe(0);
    expect(countAiSignals('Mistral AI et Mistral')).toBe(2);
    expect(countAiSignals('Gemini season, the Gemini zodiac sign')).toBe(0);
    expect(countAiSignals('Nvidia H100 GPU benchmarks')).toBe(0);
    expect(countAiSignals('Nvidia H100 GPU for AI training')).toBe(4);
    expect(countAiSignals('fine-tuning the economy with training data')).toBe(0);
  });
});

describe('the cheap first test before the regexes', () => {
  const forms = AI_VOCABULARY.flatMap(t => t.forms);
  const recase = (s: string, how: number) => (how === 0 ? s : how === 1 ? s.toUpperCase() : s.toLowerCase());
  const separators = [' ', '\u00a0', '  ', '-', '\u2011', '\n', '\u2019', "'", ''];
  const piece = fc.oneof(
    fc.tuple(fc.constantFrom(...forms), fc.integer({ min: 0, max: 2 })).map(([f, how]) => recase(f, how)),
    fc.constantFrom(...forms).map(f => f.replace(/[ -]/g, () => separators[f.length % separators.length]!)),
    fc.constantFrom('Mail', 'general', 'chateau', 'GPT-4o', 'Llama 3.1', 'Claude 3', 'DALL·E 3', 'A.I.', 'l’IA', 'H100s', 'd\u2019IA', 'Llama3', 'GPT4o', '𝐀AI', 'AI🤖'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const text = fc.array(fc.tuple(piece, fc.constantFrom(...separators)), { maxLength: 12 }).map(ps => ps.map(([p, s]) => p + s).join(''));

  it('never turns away a text in which the regexes find a term', () => {
    fc.assert(fc.property(text, t => scanTermHits(t).length === 0 || mayContainTerm(t)), { seed: 20261127, numRuns: 4000 });
    const drawn = fc.sample(text, { seed: 20261127, numRuns: 500 });
    expect(drawn.filter(t => scanTermHits(t).length > 0).length).toBeGreaterThan(100);
  });

  it('finds exactly what the regexes find over the whole text, trying the case-insensitive one at first words only', () => {
    const same = (t: string) => JSON.stringify(findTermHits(t)) === JSON.stringify(scanTermHits(t));
    fc.assert(fc.property(text, same), { seed: 20261127, numRuns: 4000 });
    fc.assert(fc.property(fc.array(text, { minLength: 2, maxLength: 4 }).map(ts => ts.join(' Le ')), same), { seed: 7, numRuns: 1000 });
    // Offsets of the lower case differ from the text's ("İ"), or "ſ" reads as "s": the whole-text scan decides.
    for (const t of ['İstanbul: a large language model', 'ſuperintelligence and the large language model', 'Deep learning, DEEP LEARNING, deep-learning', '𝐀generative AI, xgenerative AI, generative AI']) {
      expect(findTermHits(t), t).toEqual(scanTermHits(t));
    }
  });

  it('turns away plain prose whose words only look like parts of forms', () => {
    expect(mayContainTerm('The general manager of the chateau kept the deep fine centre open for the chat.')).toBe(false);
    expect(mayContainTerm('Le modèle de la loi sur les données du réseau')).toBe(false);
    expect(mayContainTerm('a chat bot')).toBe(true);
  });
});

describe('AI-as-tool word lists (src/core/topic/ai-as-tool.ts)', () => {
  it('are lowercase, distinct, non-empty words or phrases, with "*" only as an ending', () => {
    for (const list of [AI_TOOL_CONTEXT_WORDS, AI_TOOL_REFERENCE_NOUNS]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) {
        expect(w, w).toBe(w.toLowerCase());
        expect(w, w).toMatch(/^[\p{L}'][\p{L}' ]*\*?$/u);
        expect(w.trim(), w).toBe(w);
      }
    }
    // A reference noun is a thing, never a verb of use.
    for (const w of AI_TOOL_REFERENCE_NOUNS) expect(w).not.toMatch(/\*| /);
  });
});

describe('machine word families (src/core/topic/machine-vocabulary.ts)', () => {
  it('are lowercase, distinct, non-empty words or phrases, with "*" only as an ending, each in one family', () => {
    const all = MACHINE_WORD_FAMILIES.flat();
    expect(MACHINE_WORD_FAMILIES.every(f => f.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) {
      expect(w, w).toBe(w.toLowerCase());
      expect(w, w).toMatch(/^[\p{L}'][\p{L}' ]*\*?$/u);
      expect(w.trim(), w).toBe(w);
    }
    // Words of ordinary prose that only sometimes mean machines stay out (see the module's comment).
    for (const w of ['data', 'données', 'learn*', 'predict*', 'summary', 'tool', 'outil']) expect(all).not.toContain(w);
    // A whole vocabulary form would always be masked as the vocabulary's own hit: it could never count here.
    for (const w of all.filter(w => !w.endsWith('*'))) expect(findTermHits(w).map(h => h.surface), w).toEqual([]);
  });

  it('counts families, not words, and not inside the vocabulary\'s own hits', () => {
    const text = 'The models and a model, built on a language model, with software and generated images.';
    expect(machineWordFamilies(text, [])).toBe(3);
    const hits = findTermHits(text);
    expect(hits.map(h => h.surface)).toEqual(['language model']);
    expect(machineWordFamilies(text, hits)).toBe(3);
    expect(machineWordFamilies('Un modèle de langage, entraîné sur des textes.', findTermHits('Un modèle de langage, entraîné sur des textes.'))).toBe(1);
    expect(machineWordFamilies('Le mannequin, modèle de la maison, défile.', [])).toBe(1);
    expect(machineWordFamilies('Softwares? No: the chipset and the robotics lab.', [])).toBe(1);
  });
});
