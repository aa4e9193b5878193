import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-storage';

/** The options page: settings typed from their defaults, saved to `storage.sync` as they change. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void browser.storage.sync.set(patch);
  };
  return (
    <main class="popup">
      <h1 class="brand">{t('optionsHeading')}</h1>
      <label class="switch">
        <input type="checkbox" checked={settings.autoDetect} onChange={() => update({ autoDetect: !settings.autoDetect })} data-testid="opt-auto" />
        <span>{t('optAutoDetect')}</span>
      </label>
      <p class="because">{t('optAutoDetectHelp')}</p>
    </main>
  );
}
