import { useEffect, useState } from 'preact/hooks';
import { CLAIM_LABELS, type ClaimLabel } from '../core/types';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type DefinitionLang, type PaletteName, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-storage';
import { HostAccessPrompt } from '../popup/components/HostAccessPrompt';
import { LABEL_SWATCH } from '../popup/labels';
import { SiteListEditor } from './SiteListEditor';

/**
 * The options page: every setting, typed from its default, saved to `storage.sync` as soon as it
 * changes (only the changed key is written, so two open pages never undo each other's choices).
 * Native form controls in labelled fieldsets keep it usable with the keyboard and screen readers.
 */

const PALETTE_KEYS: Record<PaletteName, string> = { standard: 'optPaletteStandard', colorblind: 'optPaletteColorblind' };
const LANG_KEYS: Record<DefinitionLang, string> = { article: 'optDefinitionLangArticle', en: 'optDefinitionLangEn', fr: 'optDefinitionLangFr' };

/** Root component of options.html. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings);
  }, []);
  const update = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setSaved(false);
    void saveSettings(patch).then(() => setSaved(true));
  };
  const toggleCategory = (label: ClaimLabel) => {
    const hidden = settings.defaultHidden.includes(label) ? settings.defaultHidden.filter((l) => l !== label) : [...settings.defaultHidden, label];
    update({ defaultHidden: CLAIM_LABELS.filter((l) => hidden.includes(l)) });
  };
  return (
    <main class="popup options" data-palette={settings.palette}>
      <h1 class="brand">{t('optionsHeading')}</h1>

      <section aria-labelledby="opt-detect-h">
        <h2 id="opt-detect-h">{t('optSectionDetection')}</h2>
        <label class="switch">
          <input type="checkbox" checked={settings.autoDetect} onChange={() => update({ autoDetect: !settings.autoDetect })} data-testid="opt-auto" aria-describedby="opt-auto-help" />
          <span>{t('optAutoDetect')}</span>
        </label>
        <p class="because" id="opt-auto-help">
          {t('optAutoDetectHelp')}
        </p>
        {settings.autoDetect && <HostAccessPrompt />}
      </section>

      <section aria-labelledby="opt-hl-h">
        <h2 id="opt-hl-h">{t('highlightsHeading')}</h2>
        <fieldset>
          <legend>{t('optDefaultCategories')}</legend>
          {CLAIM_LABELS.map((label) => (
            <label class="switch" key={label}>
              <input type="checkbox" checked={!settings.defaultHidden.includes(label)} onChange={() => toggleCategory(label)} data-testid={`opt-cat-${label}`} />
              <span class="swatch" style={{ background: LABEL_SWATCH[label] }} aria-hidden="true" />
              <span>{t(`label_${label}`)}</span>
            </label>
          ))}
          <p class="because">{t('optDefaultCategoriesHelp')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('optPalette')}</legend>
          {(Object.keys(PALETTE_KEYS) as PaletteName[]).map((name) => (
            <label class="switch" key={name}>
              <input type="radio" name="palette" value={name} checked={settings.palette === name} onChange={() => update({ palette: name })} data-testid={`opt-palette-${name}`} />
              <span>{t(PALETTE_KEYS[name])}</span>
            </label>
          ))}
          <p class="because">{t('optPaletteHelp')}</p>
        </fieldset>
      </section>

      <section aria-labelledby="opt-gl-h">
        <h2 id="opt-gl-h">{t('glossaryHeading')}</h2>
        <label class="switch">
          <input type="checkbox" checked={settings.termsByDefault} onChange={() => update({ termsByDefault: !settings.termsByDefault })} data-testid="opt-terms" />
          <span>{t('optTermsByDefault')}</span>
        </label>
        <fieldset>
          <legend>{t('optDefinitionLang')}</legend>
          {(Object.keys(LANG_KEYS) as DefinitionLang[]).map((lang) => (
            <label class="switch" key={lang}>
              <input type="radio" name="definition-lang" value={lang} checked={settings.definitionLang === lang} onChange={() => update({ definitionLang: lang })} data-testid={`opt-deflang-${lang}`} />
              <span>{t(LANG_KEYS[lang])}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-sites-h">
        <h2 id="opt-sites-h">{t('optSectionSites')}</h2>
        <SiteListEditor sites={settings.disabledSites} onChange={(disabledSites) => update({ disabledSites })} />
      </section>

      <p class="saved" role="status" data-testid="saved">
        {saved ? t('optSaved') : ''}
      </p>
    </main>
  );
}
