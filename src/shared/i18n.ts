import browser from 'webextension-polyfill';

/**
 * UI strings come from `_locales/<lang>/messages.json` through `browser.i18n`, so the browser's
 * language decides. `t` never returns an empty string: a missing message shows its key, which a
 * test catches, rather than a blank button.
 */
export function t(key: string, subs?: (string | number)[]): string {
  const msg = browser.i18n.getMessage(key, subs?.map(String));
  return msg || key;
}

/** Pick the plural form of a message: `key_one` for 1 (and 0 in French), `key_other` otherwise. */
export function tPlural(key: string, n: number): string {
  const rule = new Intl.PluralRules(browser.i18n.getUILanguage()).select(n);
  return t(rule === 'one' ? `${key}_one` : `${key}_other`, [n]);
}
