import { useEffect, useState } from 'preact/hooks';
import type { GlossarySearchHit } from '../../core/glossary/search';
import { t, tPlural } from '../../shared/i18n';
import { callBackgroundFromPopup } from '../../shared/messaging';

/** Keystrokes closer together than this make one search. */
const DEBOUNCE_MS = 150;

/**
 * The search box over the WHOLE glossary, not only the terms of the page. The worker holds the
 * glossary and does the matching (`searchGlossary`), so the popup bundle carries none of the data.
 * Terms that are also on the page can be clicked to scroll there.
 */
export function GlossarySearch({ lang, onPage, onReveal }: { lang: 'fr' | 'en'; onPage: ReadonlySet<string>; onReveal: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<GlossarySearchHit[] | null>(null);

  useEffect(() => {
    if (!query.trim()) return setHits(null);
    let stale = false;
    const timer = setTimeout(() => {
      void callBackgroundFromPopup('searchGlossary', { query, lang }).then((answer) => {
        if (!stale) setHits(answer.ok ? answer.value : []);
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, lang]);

  return (
    <div class="glossary-search" role="search">
      <input
        type="search"
        data-testid="glossary-search"
        aria-label={t('glossarySearchLabel')}
        placeholder={t('glossarySearchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        maxLength={80}
        autocomplete="off"
        spellcheck={false}
      />
      <p class="search-status" role="status" data-testid="glossary-search-status">
        {hits && (hits.length ? tPlural('glossarySearchCount', hits.length) : t('glossarySearchNone'))}
      </p>
      {hits && hits.length > 0 && (
        <ul class="search-hits" data-testid="glossary-search-hits">
          {hits.map((h) => (
            <li key={h.id} data-search-id={h.id}>
              <span class="hit-term">
                {onPage.has(h.id) ? (
                  <button type="button" class="link" onClick={() => onReveal(h.id)} title={t('scrollToTerm')}>
                    {h.term}
                  </button>
                ) : (
                  h.term
                )}
              </span>{' '}
              <span class="hit-cat">{t(`termCategory_${h.category}`)}</span>
              {onPage.has(h.id) && <span class="hit-cat"> · {t('glossaryOnPage')}</span>}
              <p class="hit-def" lang={lang}>
                {h.definition}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
