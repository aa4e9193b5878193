// The glossary is data: these checks keep it honest (both languages, short definitions,
// unique ids and spellings, no bare common word that would fire on unrelated text).
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/core/glossary/index';
import { foldString } from '../../src/core/glossary/fold';

const CATEGORIES = new Set(['concept', 'hardware', 'model', 'company', 'policy', 'media', 'event']);

// Common French and English words (and words with a common non-AI sense). An unconditional
// spelling may never be one of them; they may only appear as contextual spellings.
const COMMON_WORDS = `
le la les de des du un une et ou mais via aide main mail email help the and or of to in on for is it a
agent agents modèle modèles model models données data réseau network prompt prompts token tokens jeton jetons
training train trained entraîner entraîne entraîné entraînement former formation inference inférence
transformer transformers paramètres paramètre parameters parameter biais bias cloud clouds nuage azur azure
meta méta claude lama llama llamas mistral gemini copilot copilote pilote bard grok sora whisper falcon
perplexity perplexité gemma alphabet apple amazon orange arm intel intelligence puce puces chip chips
serveur server calcul compute benchmark benchmarks attention alignment alignement diffusion vision safety
sécurité open source weights poids libre accès garde-fou garde-fous guardrail guardrails hallucination
hallucinations multimodal affinage distillation quantification jailbreak copyright embedding embeddings
red team cohere information the information ces rag agi bert
`.trim().split(/\s+/);

const allNames = (e: (typeof GLOSSARY)[number]) => [...e.names.fr, ...e.names.en];
const contextual = (e: (typeof GLOSSARY)[number]) => (e.contextual ?? []).flatMap((r) => [...r.aliases]);

describe('glossary data', () => {
  it('has at least 100 entries with unique kebab-case ids', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(100);
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry a category, names and a short definition in both languages', () => {
    for (const e of GLOSSARY) {
      expect(CATEGORIES.has(e.category), e.id).toBe(true);
      for (const lang of ['fr', 'en'] as const) {
        expect(e.names[lang].length, `${e.id} ${lang} names`).toBeGreaterThan(0);
        const d = e.definition[lang];
        expect(d.trim().length, `${e.id} ${lang} definition`).toBeGreaterThan(20);
        expect(d.length, `${e.id} ${lang} definition length`).toBeLessThanOrEqual(220);
      }
    }
  });

  it('links only to existing entries', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    for (const e of GLOSSARY) {
      for (const r of e.related ?? []) expect(ids.has(r), `${e.id} -> ${r}`).toBe(true);
      for (const rule of e.contextual ?? []) for (const r of rule.withIds ?? []) expect(ids.has(r), `${e.id} context ${r}`).toBe(true);
    }
  });

  it('never gives the same spelling to two entries (ignoring case and accents)', () => {
    const owner = new Map<string, string>();
    for (const e of GLOSSARY) {
      for (const alias of new Set([...allNames(e), ...contextual(e)].map(foldString))) {
        const prev = owner.get(alias);
        expect(prev === undefined || prev === e.id, `"${alias}" in ${prev} and ${e.id}`).toBe(true);
        owner.set(alias, e.id);
      }
    }
  });

  it('writes spellings cleanly: trimmed, single spaces, NFC', () => {
    for (const e of GLOSSARY) {
      for (const a of [...allNames(e), ...contextual(e)]) {
        expect(a, e.id).toBe(a.trim());
        expect(a, e.id).not.toMatch(/\s{2}/);
        expect(a, e.id).toBe(a.normalize('NFC'));
      }
    }
  });

  it('keeps common words out of unconditional spellings', () => {
    const common = new Set(COMMON_WORDS.map(foldString));
    // Capitals in an alias are required in the text, so a spelling with two or more capitals
    // ("LLaMA") cannot fire on the ordinary word, even capitalised at the start of a sentence.
    const capitals = (a: string) => [...a].filter((c) => c !== c.toLowerCase()).length;
    for (const e of GLOSSARY) {
      // A capitalised name whose entry guards its neighbours ("Meta" but not "Meta-analysis" or "Meta tags") is allowed too.
      const guarded = e.hyphenJoins === true && (e.notFollowedBy?.length ?? 0) > 0;
      for (const a of allNames(e)) {
        if (capitals(a) >= 2 || (guarded && capitals(a) === 1)) continue;
        expect(common.has(foldString(a)), `${e.id}: "${a}"`).toBe(false);
      }
    }
  });

  it('gives every contextual spelling a context', () => {
    for (const e of GLOSSARY) {
      for (const rule of e.contextual ?? []) {
        expect(rule.aliases.length, e.id).toBeGreaterThan(0);
        expect((rule.withIds?.length ?? 0) + (rule.withWords?.length ?? 0), e.id).toBeGreaterThan(0);
      }
    }
  });
});
