import type { ClaimItem, Report } from '../../core/report/types';
import { CLAIM_LABELS } from '../../core/types';
import { t } from '../../shared/i18n';
import { LABEL_SWATCH } from '../labels';

/** One claim: its text (a button that scrolls the page to it), its cues and, when reported, its source. */
function ClaimRow({ claim, onReveal }: { claim: ClaimItem; onReveal: () => void }) {
  return (
    <li class="claim">
      <button type="button" class="claim-text" onClick={onReveal} title={t('scrollToClaim')}>
        {claim.text}
      </button>
      <p class="claim-meta">
        {claim.source && <span class="source">{t('sourceIs', [claim.source])}</span>}
        {claim.cues.length > 0 && <span class="cues">{t('cuesAre', [claim.cues.map((c) => `« ${c} »`).join(', ')])}</span>}
      </p>
    </li>
  );
}

/** Claims grouped by category, then the named sources with their counts. */
export function ClaimSummary({ report, onReveal }: { report: Report; onReveal: (index: number) => void }) {
  return (
    <section class="claims" aria-label={t('claimsHeading')}>
      {CLAIM_LABELS.map((label) => {
        const items = report.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.label === label);
        if (!items.length) return null;
        return (
          <details key={label} open={label === 'rumor' || label === 'reported'} data-testid={`group-${label}`}>
            <summary>
              <span class="swatch" style={{ background: LABEL_SWATCH[label] }} aria-hidden="true" />
              {t(`label_${label}`)} ({items.length})
            </summary>
            <ul>
              {items.map(({ c, i }) => (
                <ClaimRow key={i} claim={c} onReveal={() => onReveal(i)} />
              ))}
            </ul>
          </details>
        );
      })}
      {report.sources.length > 0 && (
        <div class="sources" data-testid="sources">
          <h2>{t('sourcesHeading')}</h2>
          <ul>
            {report.sources.map((s) => (
              <li key={s.name}>
                {s.name} <span class="count-n">×{s.count}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
