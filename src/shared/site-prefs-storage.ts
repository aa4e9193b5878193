import browser from 'webextension-polyfill';
import type { HighlightPrefs } from './protocol';
import { DEFAULT_HIGHLIGHT_PREFS, sanitizeHighlightPrefs, sitePrefsKey } from './site-prefs';

/** Reading and writing a site's highlight prefs in `storage.local`. */

/** Read a site's prefs; a site never configured gets `defaults` (from the settings: see `siteDefaults`). */
export async function loadSitePrefs(hostname: string, defaults: HighlightPrefs = DEFAULT_HIGHLIGHT_PREFS): Promise<HighlightPrefs> {
  const key = sitePrefsKey(hostname);
  const got = await browser.storage.local.get(key);
  return sanitizeHighlightPrefs(got[key], defaults);
}

/** Write a site's prefs (the content script of every tab on that site follows the change). */
export async function saveSitePrefs(hostname: string, prefs: HighlightPrefs): Promise<void> {
  await browser.storage.local.set({ [sitePrefsKey(hostname)]: sanitizeHighlightPrefs(prefs) });
}
