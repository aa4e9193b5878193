/**
 * AI-topic detection: the vocabulary, the scorer and its thresholds. Everything here is pure
 * TypeScript so the worker, the content script's gate and the CLI share one verdict.
 */
export { AI_VOCABULARY, ANCHOR, type AiTermSpec } from './ai-vocabulary';
export { countAiSignals, findTermHits, type TermHit } from './term-matcher';
export { DEFAULT_TOPIC_THRESHOLDS, SCORE_SHAPE, type TopicThresholds } from './thresholds';
export { scoreAiTopic, type TopicInput, type TopicVerdict, type TopicMeasures } from './score';
export { topicInputOf, type ArticleLike } from './topic-input';
