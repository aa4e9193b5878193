/**
 * AI named once, early, in a story about what machines do: a phone review whose assistant is
 * "rebuilt around a language model", a museum show of images "created by artificial intelligence",
 * a hospital's second reader "trained on millions of images". Such stories never refer back to a
 * tool by name and never name AI again (the misses of the blind probes of sessions 11–13, README,
 * Detection), but they speak the language of machines throughout: models, algorithms, software,
 * generated images, chips, cloned voices.
 *
 * The reading (`scoreAiTopic`): an anchor hit early in the body (`earlyLeadChars`, `earlyAnchorShare`)
 * and words of at least `minMachineWordFamilies` different families below anywhere in the body. Non-AI
 * pages that mention AI once do it late (past half of the body on every such page of the corpus and
 * the probes). The families are data, validated by `tests/unit/topic-vocabulary.test.ts`.
 * Pure: no browser, DOM or Node APIs.
 */
import { wordAlternation, type TermHit } from './term-matcher';

/**
 * Families of words that tell of machines doing the work, each a concept in English and French
 * (lowercase; a trailing `*` is any ending). Deliberately left out: words of ordinary prose that only
 * sometimes mean it ("data", "données", "learn", "predict", "recognised", "summary"), and the
 * vocabulary's own forms ("facial recognition", "training data", "prompts"): those are counted as its
 * hits, never here.
 */
export const MACHINE_WORD_FAMILIES: readonly (readonly string[])[] = [
  ['algorithm*', 'algorithme*'],
  ['neural', 'neurone*'],
  ['automated', 'automatically', 'automation', 'automatique*', 'automatis*'],
  ['generated', 'générée', 'générées', 'généré', 'générés', 'génératif*', 'générative*'],
  ['synthetic', 'synthétique*'],
  ['clone', 'cloned', 'cloning', 'cloné*', 'clonage'],
  ['model', 'models', 'modèle', 'modèles'],
  ['machine', 'machines'],
  ['software', 'logiciel*'],
  ['prompt'],
  ['trained on', 'entraîné*'],
  ['dataset*', 'jeu de données', 'jeux de données'],
  ['face recognition', 'voice recognition', 'image recognition', "reconnaissance d'images"],
  ['chip', 'chips', 'puce', 'puces', 'processor*', 'processeur*'],
  ['hallucinat*'],
  ['bot', 'bots', 'robot*'],
];

/** The families as one regex with a capture group per family (compiled on first use). */
let compiled: RegExp | undefined;

function pattern(): RegExp {
  compiled ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${MACHINE_WORD_FAMILIES.map(
      family => `(${wordAlternation(family)})`,
    ).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return compiled;
}

/**
 * How many different families of `MACHINE_WORD_FAMILIES` the text uses outside the vocabulary's own
 * hits (`hits`, sorted by start): "machine learning" or "modèle de langage" do not count twice.
 */
export function machineWordFamilies(text: string, hits: readonly TermHit[]): number {
  const regex = pattern();
  const seen = new Set<number>();
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let h = 0;
  while ((m = regex.exec(text)) !== null) {
    while (h < hits.length && hits[h]!.end <= m.index) h++;
    if (h < hits.length && hits[h]!.start <= m.index) continue;
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) { seen.add(g); break; }
    if (seen.size === MACHINE_WORD_FAMILIES.length) break;
  }
  return seen.size;
}
