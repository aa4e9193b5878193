import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { normalizeSite } from '../shared/settings';

/**
 * The editable list of sites where ClaimLens stays off: a labelled text field with an Add button
 * (Enter works too) and one Remove button per site, all reachable with the keyboard.
 */
export function SiteListEditor({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeSite(draft);
    if (!host) return setError(t('optSiteInvalid', [draft.trim()]));
    setError('');
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host]);
  };
  return (
    <div class="site-list">
      <form class="site-add" onSubmit={add}>
        <label for="site-input">{t('optSiteInputLabel')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby="site-help site-error"
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          data-testid="site-input"
        />
        <button type="submit" data-testid="site-add">
          {t('optSiteAdd')}
        </button>
      </form>
      <p id="site-help" class="because">
        {t('optSitesHelp')}
      </p>
      <p id="site-error" class="error" role="alert">
        {error}
      </p>
      {sites.length === 0 ? (
        <p class="because" data-testid="sites-empty">
          {t('optSitesEmpty')}
        </p>
      ) : (
        <ul class="sites" data-testid="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={t('optSiteRemove', [site])} onClick={() => onChange(sites.filter((s) => s !== site))}>
                {t('optSiteRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
