import type { ArticleInput } from '../core/report/types';
import type { ExtractedArticle } from './extract';

/** Article text as the worker needs it: plain blocks, no DOM objects (they cannot cross contexts). */
export function toArticleInput(url: string, article: ExtractedArticle): ArticleInput {
  return {
    url,
    title: article.title,
    htmlLang: article.htmlLang,
    metaText: article.metaText,
    headings: article.headings,
    blocks: article.blocks.map((b) => ({ text: b.text, kind: b.kind })),
    isArticle: article.isArticle,
    truncated: article.truncated === true,
  };
}

/** Only the candidate blocks are checked for visibility: cheap enough, and catches CSS-hidden text. */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}
