import { useState } from 'preact/hooks';
import type { Report } from '../../core/report/types';
import { t } from '../../shared/i18n';

/** The glossary terms found on the page, in order of first appearance, with definitions in either language. */
export function GlossaryPanel({ report, onReveal }: { report: Report; onReveal: (id: string) => void }) {
  const [lang, setLang] = useState<'fr' | 'en'>(report.lang === 'fr' ? 'fr' : 'en');
  return (
    <section class="glossary" aria-labelledby="glossary-h" data-testid="glossary">
      <div class="glossary-head">
        <h2 id="glossary-h">
          {t('glossaryHeading')} ({report.glossary.length})
        </h2>
        <button type="button" class="link" onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')} aria-label={t('switchDefinitionLanguage')}>
          {lang === 'fr' ? 'EN' : 'FR'}
        </button>
      </div>
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
