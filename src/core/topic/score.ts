/**
 * The AI-news verdict: is this article *about* artificial intelligence, and why. The same function
 * decides in the extension's worker and in the Node CLI. Pure: no browser, no DOM, no Node.
 */
import { applyContextRules, findTermHits, isAnchorLike, termSpec, type TermHit } from './term-matcher';
import { aiToolReferences } from './ai-as-tool';
import { machineWordFamilies } from './machine-vocabulary';
import { DEFAULT_TOPIC_THRESHOLDS, SCORE_SHAPE, type TopicThresholds } from './thresholds';

/** What the scorer reads of a page. */
export interface TopicInput {
  title: string;
  /** Description, keywords, og/article section and tags, JSON-LD headline/keywords/articleSection. */
  metaText: string;
  headings: readonly string[];
  /** The article body, blocks joined by newlines. */
  text: string;
  /** False when the page is not an article (a home page, a listing): then it is never AI news. */
  isArticle?: boolean;
}

/** The measures behind a verdict, for debugging, tests and the bench. */
export interface TopicMeasures {
  titleWeight: number;
  metaWeight: number;
  headingWeight: number;
  leadWeight: number;
  bodyHits: number;
  /** Body hits of unambiguous terms (AI, LLM, OpenAI...), as opposed to supporting ones (GPU, Nvidia). */
  bodyAnchorHits: number;
  /**
   * Body hits of names of the field whose context was met (Gemini, Claude, Llama: `isAnchorLike`).
   * They count with the anchors where the story is about AI up front (title, lead), not on the way
   * through the body alone, where one "AI" and one "Gemini" in passing would make two.
   */
  bodyNameHits: number;
  /** References back to a tool after AI was introduced early as what it is or uses (`aiToolReferences`). */
  toolReferences: number;
  /** Where the body's first unambiguous hit starts, in characters (-1: none). */
  firstAnchorAt: number;
  /** Families of machine words in the body (`machineWordFamilies`), counted only after an early anchor (else 0). */
  machineWordFamilies: number;
  bodyWords: number;
  /** Weighted body hits per 1000 body words. */
  bodyDensity: number;
  distinctTerms: number;
  distinctBodyTerms: number;
}

/** The verdict, with the terms that drove it ("AI news because: LLM ×3, GPT-4, Meta"). */
export interface TopicVerdict {
  /** In [0, 1], rounded to 3 decimals. */
  aiScore: number;
  isAiNews: boolean;
  /** Sorted by weight × count, heaviest first. */
  drivers: { term: string; count: number }[];
  measures?: TopicMeasures;
}

/**
 * Weighted hits of a field. Supporting terms (those with `needs`: GPU, Nvidia, fine-tuning...) add
 * at most as much as the anchor terms of the same field: they confirm a topic, they cannot make it.
 */
function sum(hits: readonly TermHit[]): number {
  let anchors = 0;
  let support = 0;
  for (const h of hits) {
    const spec = termSpec(h.term);
    if (isAnchorLike(spec)) anchors += spec.weight;
    else support += spec.weight;
  }
  return anchors + Math.min(support, Math.max(anchors, 1));
}
const saturate = (value: number, full: number) => Math.min(1, Math.max(0, value / full));

/** Counts words cheaply: runs of non-whitespace characters, no allocation. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function driversOf(fields: readonly TermHit[][]): { term: string; count: number }[] {
  const byTerm = new Map<number, { count: number; surfaces: Map<string, number> }>();
  for (const hits of fields) {
    for (const h of hits) {
      const entry = byTerm.get(h.term) ?? { count: 0, surfaces: new Map<string, number>() };
      entry.count++;
      entry.surfaces.set(h.surface, (entry.surfaces.get(h.surface) ?? 0) + 1);
      byTerm.set(h.term, entry);
    }
  }
  return [...byTerm.entries()]
    .map(([term, e]) => {
      const spec = termSpec(term);
      // Case-sensitive names read best as written ("GPT-4"); phrases by their label.
      let name = spec.label;
      if (spec.caseSensitive) {
        let best = 0;
        for (const [surface, n] of e.surfaces) if (n > best) { best = n; name = surface.replace(/\s+/g, ' '); }
      }
      return { term: name, count: e.count, rank: spec.weight * e.count };
    })
    .sort((a, b) => b.rank - a.rank || a.term.localeCompare(b.term))
    .map(({ term, count }) => ({ term, count }));
}

/**
 * Scores how much a page is about AI. The score mixes where the vocabulary appears (title, metadata,
 * headings, lead: weighed strongly) with how dense and varied it is in the body; `isAiNews` also
 * requires every named threshold, so one passing mention of "AI" never makes a page AI news.
 */
export function scoreAiTopic(input: TopicInput, thresholds?: Partial<TopicThresholds>): TopicVerdict {
  const t: TopicThresholds = { ...DEFAULT_TOPIC_THRESHOLDS, ...thresholds };
  const headingText = input.headings.join('\n');
  const texts = [input.title, input.metaText, headingText, input.text];
  const [titleHits, metaHits, headingHits, bodyHits] = applyContextRules(texts.map(findTermHits), texts) as [
    TermHit[], TermHit[], TermHit[], TermHit[],
  ];
  const leadHits = bodyHits.filter(h => h.start < t.leadChars);
  const bodyAnchors = bodyHits.filter(h => !termSpec(h.term).needs);
  const bodyWords = countWords(input.text);
  const m: TopicMeasures = {
    titleWeight: sum(titleHits),
    metaWeight: sum(metaHits),
    headingWeight: sum(headingHits),
    leadWeight: sum(leadHits),
    bodyHits: bodyHits.length,
    bodyAnchorHits: bodyAnchors.length,
    bodyNameHits: bodyHits.filter(h => isAnchorLike(termSpec(h.term))).length - bodyAnchors.length,
    toolReferences: aiToolReferences(input.text, bodyAnchors, t.earlyLeadChars),
    firstAnchorAt: bodyAnchors.length ? bodyAnchors[0]!.start : -1,
    machineWordFamilies: 0,
    bodyWords,
    bodyDensity: bodyWords ? (sum(bodyHits) * 1000) / bodyWords : 0,
    distinctTerms: new Set([...titleHits, ...metaHits, ...headingHits, ...bodyHits].map(h => h.term)).size,
    distinctBodyTerms: new Set(bodyHits.map(h => h.term)).size,
  };
  const s = SCORE_SHAPE;
  const raw =
    s.title.weight * saturate(m.titleWeight, s.title.full) +
    s.meta.weight * saturate(m.metaWeight, s.meta.full) +
    s.headings.weight * saturate(m.headingWeight, s.headings.full) +
    s.lead.weight * saturate(m.leadWeight, s.lead.full) +
    s.density.weight * saturate(m.bodyDensity, s.density.full) * Math.min(1, bodyWords / s.density.minWords) +
    s.distinct.weight * saturate(m.distinctBodyTerms - 1, s.distinct.full);
  const aiScore = Math.round(raw * 1000) / 1000;
  const prominent = m.titleWeight + m.metaWeight + m.headingWeight + m.leadWeight;
  const aboutAiUpFront =
    aiScore >= t.minScore &&
    m.distinctTerms >= t.minDistinctTerms &&
    m.bodyHits >= t.minBodyHits &&
    m.bodyAnchorHits + m.bodyNameHits >= t.minBodyAnchorHits &&
    m.bodyDensity >= t.minBodyDensity &&
    prominent >= t.minProminentWeight;
  const aboutAiInTheBody =
    m.bodyAnchorHits >= t.minBodyAnchorHitsWithoutProminence && m.bodyDensity >= t.minBodyDensityWithoutProminence;
  const aboutAiThroughItsTool = m.toolReferences >= t.minToolReferences;
  const earlyAnchor =
    m.firstAnchorAt >= 0 && m.firstAnchorAt < t.earlyLeadChars && m.firstAnchorAt < t.earlyAnchorShare * input.text.length;
  if (earlyAnchor) m.machineWordFamilies = machineWordFamilies(input.text, bodyHits);
  const aboutAiThroughItsMachines = m.machineWordFamilies >= t.minMachineWordFamilies;
  const isAiNews = input.isArticle !== false && (aboutAiUpFront || aboutAiInTheBody || aboutAiThroughItsTool || aboutAiThroughItsMachines);
  return { aiScore, isAiNews, drivers: driversOf([titleHits, metaHits, headingHits, bodyHits]), measures: m };
}
