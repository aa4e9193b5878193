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

/**
 * The language of the strings actually shown (the `uiLang` message of the locale the browser
 * picked), which is not always the browser's: a German browser gets our English strings. Pages set
 * it as `<html lang>` and plural rules follow it.
 */
export function uiLang(): string {
  const lang = t('uiLang');
  return lang === 'uiLang' ? 'en' : lang;
}

/** The plural rules of the shown language, built once (each `Intl.PluralRules` costs a locale lookup). */
let plurals: { lang: string; rules: Intl.PluralRules } | undefined;

/**
 * Pick the plural form of a message: `key_one` where the shown language's rules say "one" (1 in
 * English; 0 and 1 in French), `key_other` otherwise. `$1` in the message is `n`.
 */
export function tPlural(key: string, n: number): string {
  const lang = uiLang();
  if (plurals?.lang !== lang) plurals = { lang, rules: new Intl.PluralRules(lang) };
  const rule = plurals.rules.select(n);
  return t(rule === 'one' ? `${key}_one` : `${key}_other`, [n]);
}
