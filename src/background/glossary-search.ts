import { GLOSSARY } from '../core/glossary/index';
import { createGlossarySearch, type GlossarySearch, type GlossarySearchHit } from '../core/glossary/search';
import type { ParamsOf, PopupToBackgroundCalls } from '../shared/protocol';

/**
 * The worker's answer to the popup's glossary search box. The glossary lives here, not in the
 * popup, so the popup bundle stays small; the matching itself is the pure core search.
 */

let search: GlossarySearch | undefined;

/** Handler of `searchGlossary`: validates the params, builds the search on first use, answers. */
export function searchGlossaryHandler(params: ParamsOf<PopupToBackgroundCalls, 'searchGlossary'>): GlossarySearchHit[] {
  if (typeof params.query !== 'string') throw new Error('bad query');
  const lang = params.lang === 'fr' ? 'fr' : 'en';
  return (search ??= createGlossarySearch(GLOSSARY))(params.query, lang);
}
