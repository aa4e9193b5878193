import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';

/**
 * Asks, in context, for the host access automatic detection needs. Firefox treats MV3 host access
 * (our content-script matches) as optional and the reader may withhold it (Chrome's "on click"
 * site access does the same); until it is granted ClaimLens works with `activeTab`, reading a page
 * when its button is clicked. `permissions.request` must run in the click handler (user gesture).
 * Renders nothing when access is granted.
 */

/** The origins the content script matches: http and https pages only. */
export const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/** The grant button, shown only while automatic detection lacks host access. */
export function HostAccessPrompt() {
  const [granted, setGranted] = useState(true);
  useEffect(() => {
    const check = () => void browser.permissions.contains({ origins: PAGE_ORIGINS }).then(setGranted, () => setGranted(true));
    check();
    // Access granted or withdrawn elsewhere (about:addons, another ClaimLens page) shows here at once.
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  if (granted) return null;
  const ask = () => {
    void browser.permissions.request({ origins: PAGE_ORIGINS }).then(setGranted, () => setGranted(false));
  };
  return (
    <div class="host-access" data-testid="host-access">
      <p>{t('hostAccessMissing')}</p>
      <button type="button" onClick={ask} data-testid="host-access-grant">
        {t('hostAccessGrant')}
      </button>
    </div>
  );
}
