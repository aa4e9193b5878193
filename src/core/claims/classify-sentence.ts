/**
 * Decides the label of one sentence from its attribution frames, rumor evidence and opinion
 * evidence, following DESIGN.md's hard cases: a named source framing the sentence → reported (even
 * with a hedge); an anonymous source as subject or frame → rumor; a hedge with no source → rumor; the
 * writer's stance → opinion; "declined to comment" and plain statements → fact.
 */
import type { Classification, ClassifyContext, CueSpan, SupportedLang } from '../types';
import { findAttributionFrames } from './attribution';
import type { AttributionFrame } from './attribution-frame';
import { compiledLexicon, type CompiledLexicon } from './compiled-lexicon';
import { dedupe, findRumorEvidence } from './hedges';
import { findEvaluativeStance, withoutNeutralOrQuoted } from './evaluative-stance';
import { findOpinionEvidence, frameOverrides, type OpinionEvidence } from './opinion-markers';
import type { RuleCueType } from './learned-features';
import { findSpans, lower, lowerPart } from './phrase-pattern';
import type { SecondOpinion } from './second-opinion';
import { writerSpeculation } from './writer-speculation';

/** A classification plus the bare name of a named source, for threading through an article. */
export interface DetailedClassification {
  classification: Classification;
  /** The named source of this sentence when it is a real name (not a pointer like "le rapport"). */
  namedSource?: string;
  /**
   * Set when the rules found no cue and read a plain fact: the rule evidence that was present but did
   * not decide (what the learned second opinion reads, and what its training script needs).
   */
  ruleFact?: RuleCueType[];
}

/** A second reading of a sentence the rules call a plain fact (the learned model, `second-opinion.ts`). */
export type SecondOpinionReader = (text: string, lang: SupportedLang, ruleCues: readonly RuleCueType[]) => SecondOpinion;

/** Switches for one classification. */
export interface ClassifyOptions {
  /**
   * The learned second opinion, which may turn a cue-less rule fact into an opinion. Consulted only
   * when given: it is measured but not shipped (README, Accuracy), so the extension's worker does not
   * bundle its weights. Eval, the bench and the tests pass `shippedSecondOpinion`.
   */
  secondOpinion?: SecondOpinionReader;
}

/** Confidence levels, named so the ranking of evidence is visible in one place. */
const CONFIDENCE = {
  namedFrame: 0.9,
  anonymousFrame: 0.88,
  learned: 0.9,
  lexicalRumor: 0.85,
  conditional: 0.75,
  seemAction: 0.7,
  modal: 0.55,
  stance: 0.8,
  hypothesis: 0.75,
  seemJudgement: 0.65,
  forecast: 0.7,
  evaluative: 0.55,
  assessment: 0.65,
  speculation: 0.6,
  secondOpinion: 0.55,
  noComment: 0.85,
  plainFact: 0.6,
} as const;

const MAX_CUES = 4;

/** A live-blog time ("14 h 27 —", "10:32 –") or a wire dateline ("PARIS —", "HARRISBURG, Pa. (AP) —") opening a sentence. */
const LEAD_IN = /^\s*(?:\d{1,2}\s?[h:.]\s?\d{2}|\p{Lu}[\p{Lu}'’ .-]{2,}(?:,\s+\p{Lu}[\p{L}.]*)?(?:\s+\([^()]{1,30}\))?)\s*[—–]\s+/u;

function result(
  label: Classification['label'],
  confidence: number,
  cues: CueSpan[],
  sourceKind: Classification['sourceKind'],
  source?: string,
): Classification {
  const c: Classification = { label, confidence, cues: dedupe(cues).slice(0, MAX_CUES), sourceKind };
  if (source !== undefined) c.source = source;
  return c;
}

function isBefore(a: CueSpan, b: CueSpan): boolean {
  return a.start < b.start;
}

/** Chooses the frame that rules the sentence, or undefined when no attribution applies. */
function mainFrame(frames: readonly AttributionFrame[], lexicalRumor: readonly CueSpan[], text: string): AttributionFrame | undefined {
  const learned = frames.find((f) => f.type === 'learned');
  if (learned) return learned;
  const valid = frames.filter((f) => {
    // An inverted tag frames the whole sentence; a participle tag (", arguing that") does not: it speaks
    // for the main clause's subject, whose action may itself be hearsay ("is reportedly preparing").
    if (f.type !== 'subject' || (f.inverted && !f.participle)) return true;
    // A subject + verb after a hedge sits inside it ("after rumors that X said").
    return !lexicalRumor.some((r) => r.end <= f.anchor);
  });
  // "Bercy aurait plaidé pour ..., selon des sources proches du dossier": a speech act in the conditional
  // is itself hearsay, and the anonymous source that tells it frames the sentence.
  const first = valid[0];
  if (first && first.kind === 'named' && CONDITIONAL_AUXILIARY.test(first.cue.text)) {
    const anonymous = valid.find((f) => f.kind === 'anonymous');
    if (anonymous) return anonymous;
    // "L'Allemagne et la France auraient plaidé pour un délai": with nobody else telling it, the speech
    // act itself is hearsay; the conditional decides (a named "selon" frame would still rule).
    if (first.type === 'subject' && !valid.some((f) => f !== first && f.kind === 'named')) return undefined;
  }
  // "The company has told investors it expects ..., the person said": a closing speech tag frames the
  // whole sentence, the subject's speech included; when its speaker is anonymous, so is the sentence's
  // source. (A closing "citing people familiar" or "according to" is a conduit's detail, as in the
  // development set's "The Financial Times reported, citing people familiar ...": the subject rules.)
  const closing = valid[valid.length - 1];
  if (first && closing && closing !== first && closing.kind === 'anonymous' && closing.inverted && first.kind === 'named' && !first.inverted && first.type === 'subject' && SENTENCE_END.test(text.slice(closing.cue.end))) return closing;
  return first;
}

/** A prepositional frame after a comma (", selon Yole", ", according to his coach"): a tag on the sentence. */
function isPrepositionTag(text: string, frame: AttributionFrame): boolean {
  return frame.type === 'prep' && /,\s*$/u.test(text.slice(Math.max(0, frame.anchor - 4), frame.anchor));
}

/** Nothing but closing punctuation (or a short time phrase) left: the frame before it closes the sentence. */
const SENTENCE_END = /^(?:\s+(?:on|last|this|in)\s+\p{L}+)?[\s.!?"”»’)]*$/u;

const CONDITIONAL_AUXILIARY = /(?<![\p{L}])(?:aurai(?:en)?t|serai(?:en)?t)(?![\p{L}])/u;

/**
 * "Cette décision montre que ...": a thing as the subject of an inference verb is the writer reasoning,
 * not a source; "Ce rapport montre que" keeps its document as the source.
 */
function isThingInference(main: AttributionFrame, inference: readonly CueSpan[], c: CompiledLexicon): boolean {
  const inf = inference.find((i) => main.anchor >= i.start && main.anchor < i.end);
  if (!inf || !main.source) return false;
  c.sourceNouns.lastIndex = 0;
  return !c.sourceNouns.test(lowerPart(main.source));
}

/** The frame's own clause is a refusal to comment: "X said it would not comment", "a fait savoir qu'il ne commenterait pas". */
function declinesToComment(main: AttributionFrame, noComment: readonly CueSpan[]): boolean {
  const end = main.cue.end;
  // ("La banque citée par le quotidien n'a pas souhaité faire de commentaire": the refusal may close the frame's own span.)
  return noComment.some((n) => n.start > main.anchor && n.start - end <= 40 && /comment/iu.test(n.text));
}

/** Classifies one sentence and also returns its bare named source (for article threading). */
export function classifyDetailed(
  text: string,
  lang: SupportedLang,
  ctx?: ClassifyContext,
  options?: ClassifyOptions,
): DetailedClassification {
  if (typeof text !== 'string' || text.trim().length === 0) {
    return { classification: result('fact', 0.5, [], 'none') };
  }
  // "14 h 27 — Selon Radio Tour, ...", "LONDON (Reuters) — ...": a live blog's time or a wire dateline
  // heads the sentence; the sentence proper starts after it (and the credited agency frames nothing).
  const leadIn = LEAD_IN.exec(text);
  if (leadIn && leadIn[0].length < text.length) {
    const d = classifyDetailed(text.slice(leadIn[0].length), lang, ctx, options);
    const k = leadIn[0].length;
    d.classification.cues = d.classification.cues.map((q) => ({ text: q.text, start: q.start + k, end: q.end + k }));
    return d;
  }
  const c = compiledLexicon(lang);
  const rumor = findRumorEvidence(text, c);
  const frames = findAttributionFrames(text, c);
  // The writer's stance is read in full only when a frame does not settle the sentence (most framed
  // sentences are reported or rumor whatever else they hold): it is a good part of the work.
  let opinionRead: OpinionEvidence | undefined;
  const opinionOf = (): OpinionEvidence => (opinionRead ??= findOpinionEvidence(text, c, rumor.seemAction, rumor.writerConditional));

  const main = mainFrame(frames, rumor.lexical, text);
  const overrides = main ? frameOverrides(text, c) : undefined;
  // "If what the insiders said is true, ...": a source inside the writer's hypothesis is what the
  // writer reasons about; the main clause is the writer's own.
  if (main && overrides?.hypothesis && main.anchor < overrides.hypothesis.end && !main.inverted) {
    return { classification: result('opinion', CONFIDENCE.hypothesis, [overrides.hypothesis, ...opinionOf().stance], 'none') };
  }
  // "Il serait grand temps que Bruxelles tranche": a speaker inside the writer's own conditional frame.
  // Not a "selon X" set off by a comma ("Le marché devrait croître de 30 %, selon Yole"): that tag frames
  // the whole sentence, the conditional included (DESIGN.md: named source + conditional = reported).
  const frameOfWriter = main && !main.inverted && !isPrepositionTag(text, main) ? rumor.writerConditional.find((w) => w.end <= main.anchor) : undefined;
  if (frameOfWriter) {
    return { classification: result('opinion', CONFIDENCE.stance, [frameOfWriter, ...opinionOf().stance], 'none') };
  }
  if (main && overrides && main.kind === 'named' && main.needsContext && isThingInference(main, overrides.inference, c)) {
    return { classification: result('opinion', CONFIDENCE.stance, overrides.inference, 'none') };
  }
  const noComment = findSpans(c.factFrames, text);
  // "Microsoft a fait savoir qu'il ne commenterait pas": a source whose statement is that it will not
  // comment has declined to comment, a fact (DESIGN.md), like "X declined to comment".
  if (main && main.kind === 'named' && rumor.lexical.length === 0 && declinesToComment(main, noComment)) {
    return { classification: result('fact', CONFIDENCE.noComment, noComment, 'none') };
  }
  if (main) {
    // "A White House official said, on condition of anonymity, that ...": the name is only where the
    // speaker works; the speaker asked not to be named.
    const unnamed = main.kind === 'named' ? findSpans(c.anonymityMarkers, text)[0] : undefined;
    if (unnamed) return { classification: result('rumor', CONFIDENCE.anonymousFrame, [main.cue, unnamed], 'anonymous') };
    if (main.kind === 'named') {
      let source = main.source;
      if (main.needsContext && ctx?.previousSource && source && !source.includes(ctx.previousSource)) {
        source = `${source} (${ctx.previousSource})`;
      }
      const out: DetailedClassification = {
        classification: result('reported', CONFIDENCE.namedFrame, [main.cue], 'named', source),
      };
      if (!main.needsContext && main.source) out.namedSource = main.source;
      return out;
    }
    const conf = main.type === 'learned' ? CONFIDENCE.learned : CONFIDENCE.anonymousFrame;
    return { classification: result('rumor', conf, [main.cue, ...rumor.lexical, ...rumor.conditional], 'anonymous') };
  }

  const opinion = opinionOf();
  // "Apple ne commente jamais les rumeurs": rumors as the object of a refusal to comment are no hedge.
  const hedgesBeforeRefusal = rumor.lexical.filter((r) => noComment.length === 0 || r.start < noComment[0]!.end);
  if (noComment.length > 0 && hedgesBeforeRefusal.length === 0 && rumor.conditional.length === 0) {
    return { classification: result('fact', CONFIDENCE.noComment, noComment, 'none') };
  }

  if (opinion.hypothesis) {
    return { classification: result('opinion', CONFIDENCE.hypothesis, [opinion.hypothesis, ...opinion.stance, ...opinion.forecast], 'none') };
  }
  const firstStance = opinion.stance[0];
  if (rumor.lexical.length > 0) {
    const firstRumor = rumor.lexical[0]!;
    if (!firstStance || !isBefore(firstStance, firstRumor)) {
      return { classification: result('rumor', CONFIDENCE.lexicalRumor, [...rumor.lexical, ...rumor.conditional], 'none') };
    }
  }
  if (firstStance) {
    return { classification: result('opinion', CONFIDENCE.stance, [...opinion.stance, ...opinion.evaluative], 'none') };
  }
  if (rumor.conditional.length > 0) {
    return { classification: result('rumor', CONFIDENCE.conditional, rumor.conditional, 'none') };
  }
  if (opinion.judgement.length > 0) {
    return { classification: result('opinion', CONFIDENCE.stance, [...opinion.judgement, ...opinion.evaluative], 'none') };
  }
  if (rumor.seemAction.length > 0) {
    return { classification: result('rumor', CONFIDENCE.seemAction, rumor.seemAction, 'none') };
  }
  if (opinion.forecast.length > 0) {
    return { classification: result('opinion', CONFIDENCE.forecast, [...opinion.forecast, ...opinion.evaluative], 'none') };
  }
  if (opinion.seem.length > 0) {
    return { classification: result('opinion', CONFIDENCE.seemJudgement, [...opinion.seem, ...opinion.evaluative], 'none') };
  }
  if (rumor.modal.length > 0 && opinion.evaluative.length === 0) {
    return { classification: result('rumor', CONFIDENCE.modal, rumor.modal, 'none') };
  }
  // Judgement without a stance frame (copula + evaluative word, "too slow", "sadly", "you should").
  const assessment = findEvaluativeStance(text, lang);
  if (assessment.length > 0) {
    return { classification: result('opinion', CONFIDENCE.assessment, assessment, 'none') };
  }
  const speculation = writerSpeculation(text, c, rumor.modal);
  if (speculation.length > 0) {
    return { classification: result('opinion', CONFIDENCE.speculation, speculation, 'none') };
  }
  const evaluative = withoutNeutralOrQuoted(text, lang, opinion.evaluative);
  if (evaluative.length > 0) {
    return { classification: result('opinion', CONFIDENCE.evaluative, evaluative, 'none') };
  }
  const ruleFact: RuleCueType[] = [];
  if (rumor.modal.length > 0) ruleFact.push('modal');
  if (rumor.writerConditional.length > 0) ruleFact.push('writerConditional');
  if (opinion.evaluative.length > 0) ruleFact.push('evaluative');
  if (opinion.inference.length > 0) ruleFact.push('inference');
  if (frames.length > 0) ruleFact.push('frame');
  if (options?.secondOpinion) {
    const second = options.secondOpinion(text, lang, ruleFact);
    if (second.cues.length > 0) {
      return { classification: result('opinion', CONFIDENCE.secondOpinion, second.cues, 'none'), ruleFact };
    }
  }
  return { classification: result('fact', CONFIDENCE.plainFact, [], 'none'), ruleFact };
}
