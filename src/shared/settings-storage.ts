import browser from 'webextension-polyfill';
import { SETTINGS_SCHEMA_VERSION, sanitizeSettings, type Settings } from './settings';
import { migrateSettings } from './settings-migrations';

/** Reading and writing the settings in `storage.sync`, migrating an older shape on the way in. */

/** Read the settings, never throwing: storage trouble means defaults. An older shape is upgraded and written back. */
export async function loadSettings(): Promise<Settings> {
  try {
    const { settings, patch } = migrateSettings(await browser.storage.sync.get(null));
    if (Object.keys(patch).length) await browser.storage.sync.set(patch).catch(() => undefined);
    return sanitizeSettings(settings);
  } catch {
    return sanitizeSettings({});
  }
}

/**
 * Read the settings without migrating them: the content script's path, which runs on every page
 * and must stay small. The worker migrates stored settings when the extension is installed or
 * updated (see background/index.ts), so what is stored is already of the current shape.
 */
export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await browser.storage.sync.get(null));
  } catch {
    return sanitizeSettings({});
  }
}

/** Write some settings (only the keys given, so a concurrent change of another key is kept). */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set({ ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION });
}

/** Call `listener` with the fresh settings whenever another context changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void loadSettings().then(listener);
  });
}
