import browser from 'webextension-polyfill';
import { sanitizeSettings, type Settings } from './settings';

/** Reading the settings from `storage.sync`. */

/** Read the settings, never throwing: storage trouble means defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await browser.storage.sync.get(null));
  } catch {
    return sanitizeSettings({});
  }
}
