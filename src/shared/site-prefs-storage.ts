import browser from 'webextension-polyfill';
import type { HighlightPrefs } from './protocol';
import { sanitizeHighlightPrefs, sitePrefsKey } from './site-prefs';

/** Reading and writing a site's highlight prefs in `storage.local`. */

/** Read a site's prefs. */
export async function loadSitePrefs(hostname: string): Promise<HighlightPrefs> {
  const key = sitePrefsKey(hostname);
  const got = await browser.storage.local.get(key);
  return sanitizeHighlightPrefs(got[key]);
}

/** Write a site's prefs (the content script of every tab on that site follows the change). */
export async function saveSitePrefs(hostname: string, prefs: HighlightPrefs): Promise<void> {
  await browser.storage.local.set({ [sitePrefsKey(hostname)]: sanitizeHighlightPrefs(prefs) });
}
