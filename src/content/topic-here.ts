import { CHEAP_CHECK_THRESHOLDS } from '../core/topic/cheap-check-thresholds';
import { findTermHits, termSpec } from '../core/topic/term-matcher';
import { topicInputOf, type ArticleLike } from '../core/topic/topic-input';

/**
 * Longest article text (characters, ~3,000 words) checked in the page: a few milliseconds of
 * vocabulary scan even on AI-dense text, well inside one slice of the page's main thread. Longer
 * articles go to the worker, which decides off the page's thread.
 */
export const LOCAL_CHECK_MAX_CHARS = 20_000;

/**
 * A necessary condition of the worker's AI-news verdict, checked in the page so that an extracted
 * article that cannot be AI news costs no worker round trip, no language identification and no
 * report (on most pages the gate lets through, that round trip was most of the analysis). The
 * popup still gets a full report ("not AI news because…") on demand, through `analyzeNow`.
 *
 * Never false where the worker would say yes: the worker (`scoreAiTopic`) needs an article with, in
 * the body, either at least `minBodyHits` vocabulary hits of which `minBodyAnchorHits` unambiguous
 * or anchor-like (its way through the headline and lead; `isAnchorLike`) or
 * `minBodyAnchorHitsWithoutProminence` unambiguous hits (its way through the body alone), counted
 * after context rules that only ever remove hits; here they are counted on the same body text
 * (`topicInputOf`) before those rules, and every name of weight 2 counts as anchor-like, so these
 * counts are never lower. Its third and fourth ways (AI introduced early as a tool, then referred back
 * to; or in a story told in machine words) need an anchor within `earlyLeadChars`: any such anchor
 * sends the article on.
 */
export function mayBeAiNews(article: ArticleLike): boolean {
  if (!article.isArticle) return false;
  const { text } = topicInputOf(article);
  if (text.length > LOCAL_CHECK_MAX_CHARS) return true;
  let anchors = 0;
  let names = 0;
  const t = CHEAP_CHECK_THRESHOLDS;
  for (const h of findTermHits(text)) {
    const spec = termSpec(h.term);
    if (!spec.needs) {
      if (h.start < t.earlyLeadChars) return true; // an early anchor: the worker's third or fourth way may hold
      anchors++;
    } else if (spec.weight > 1) names++;
  }
  // Every hit is an anchor or a name or support, so anchors + names >= minBodyAnchorHits also meets
  // minBodyHits while minBodyHits <= minBodyAnchorHits (as the defaults are; tests/unit/topic-here.test.ts).
  return anchors + names >= t.minBodyAnchorHits || anchors >= t.minBodyAnchorHitsWithoutProminence;
}
