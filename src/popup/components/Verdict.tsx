import type { Report } from '../../core/report/types';
import { t } from '../../shared/i18n';

/** The page's verdict in one line: AI news or not, the language, and the terms that decided it. */
export function Verdict({ report }: { report: Report }) {
  const drivers = report.aiDrivers.slice(0, 4).map((d) => (d.count > 1 ? `${d.term} ×${d.count}` : d.term));
  return (
    <div class="verdict" data-testid="verdict">
      <span class={`pill ${report.isAiNews ? 'pill-on' : ''}`}>{report.isAiNews ? t('verdictAiNews') : t('verdictNotAiNews')}</span>
      <span class="pill" title={t('languageLabel')} data-testid="lang">
        {report.lang.toUpperCase()}
      </span>
      {report.isAiNews && drivers.length > 0 && <p class="because">{t('aiBecause', [drivers.join(', ')])}</p>}
    </div>
  );
}
