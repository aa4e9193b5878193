import type { ReportStatus } from '../../core/report/types';
import { t } from '../../shared/i18n';

type Kind = Exclude<ReportStatus, 'ok'> | 'loading' | 'error' | 'unreachable';

const MESSAGE_KEY: Record<Kind, string> = {
  loading: 'stateLoading',
  error: 'stateError',
  unreachable: 'stateUnreachable',
  'not-article': 'stateNotArticle',
  'not-ai': 'stateNotAi',
  'unsupported-language': 'stateUnsupportedLanguage',
  empty: 'stateEmpty',
};

/** A clear sentence for every state in which there are no claims to show, with a way forward. */
export function StatusMessage({ kind, detail, onAnalyzeAnyway }: { kind: Kind; detail?: string; onAnalyzeAnyway?: () => void }) {
  const canForce = (kind === 'not-article' || kind === 'not-ai') && onAnalyzeAnyway;
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="status" data-status={kind}>
      <p>{t(MESSAGE_KEY[kind])}</p>
      {detail && <p class="detail">{detail}</p>}
      {canForce && (
        <button type="button" onClick={onAnalyzeAnyway}>
          {t('analyzeAnyway')}
        </button>
      )}
    </section>
  );
}
