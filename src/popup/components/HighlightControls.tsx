import type { Report } from '../../core/report/types';
import { CLAIM_LABELS, type ClaimLabel } from '../../core/types';
import { t } from '../../shared/i18n';
import type { HighlightPrefs } from '../../shared/protocol';
import { LABEL_SWATCH } from '../labels';

/** The highlight switch, one switch per category with its count, and the on-page glossary switch. */
export function HighlightControls({ report, prefs, onChange }: { report: Report; prefs: HighlightPrefs; onChange: (p: HighlightPrefs) => void }) {
  const toggleLabel = (label: ClaimLabel) => {
    const hidden = prefs.hidden.includes(label) ? prefs.hidden.filter((l) => l !== label) : [...prefs.hidden, label];
    onChange({ ...prefs, hidden });
  };
  return (
    <section class="controls" aria-label={t('highlightsHeading')}>
      <label class="switch">
        <input type="checkbox" data-testid="toggle-highlights" checked={prefs.enabled} onChange={() => onChange({ ...prefs, enabled: !prefs.enabled })} />
        <span>{t('highlightOnPage')}</span>
      </label>
      <ul class="counts" data-testid="counts">
        {CLAIM_LABELS.map((label) => (
          <li key={label}>
            <label class="count">
              <input
                type="checkbox"
                checked={!prefs.hidden.includes(label)}
                disabled={!prefs.enabled}
                onChange={() => toggleLabel(label)}
                data-testid={`toggle-${label}`}
              />
              <span class="swatch" style={{ background: LABEL_SWATCH[label] }} aria-hidden="true" />
              <span class="count-name">{t(`label_${label}`)}</span>
              <span class="count-n" data-testid={`count-${label}`}>
                {report.counts[label]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label class="switch">
        <input type="checkbox" data-testid="toggle-terms" checked={prefs.terms} disabled={!prefs.enabled} onChange={() => onChange({ ...prefs, terms: !prefs.terms })} />
        <span>{t('underlineTerms')}</span>
      </label>
    </section>
  );
}
