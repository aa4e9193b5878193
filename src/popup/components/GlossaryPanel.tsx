import { useMemo, useState } from 'preact/hooks';
import type { Report } from '../../core/report/types';
import { t } from '../../shared/i18n';
import { GlossarySearch } from './GlossarySearch';

type Lang = 'fr' | 'en';

/**
 * Accessible names of the language buttons: the language as its speakers write it (a language
 * switch must not be translated away), keeping the visible code so voice control can say "FR".
 */
const LANG_NAMES: Record<Lang, string> = { fr: 'Français (FR)', en: 'English (EN)' };

/**
 * The glossary of the popup: the terms found on the page, in order of first appearance, with
 * their count and definition (in the article's language at first, switchable to the other one),
 * each clickable to scroll to its first occurrence; and a search over the whole glossary.
 */
export function GlossaryPanel({ report, onReveal }: { report: Report; onReveal: (id: string) => void }) {
  const [lang, setLang] = useState<Lang>(report.lang === 'fr' ? 'fr' : 'en');
  const onPage = useMemo(() => new Set(report.glossary.map((g) => g.id)), [report]);
  return (
    <section class="glossary" aria-labelledby="glossary-h" data-testid="glossary">
      <div class="glossary-head">
        <h2 id="glossary-h">
          {t('glossaryHeading')} ({report.glossary.length})
        </h2>
        <div class="lang-toggle" role="group" aria-label={t('glossaryDefinitionLanguage')} title={t('switchDefinitionLanguage')}>
          {(['fr', 'en'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-label={`${l.toUpperCase()} — ${LANG_NAMES[l]}`} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`glossary-lang-${l}`}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      <GlossarySearch lang={lang} onPage={onPage} onReveal={onReveal} />
      <dl>
        {report.glossary.map((g) => (
          <div key={g.id} class="term" data-term-id={g.id}>
            <dt>
              <button type="button" class="link" onClick={() => onReveal(g.id)} title={t('scrollToTerm')}>
                {g.term}
              </button>{' '}
              <span class="count-n">×{g.count}</span>
            </dt>
            <dd lang={lang}>{g.definitions[lang]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
