import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_LABELS } from '../../src/core/types';

/**
 * The two UI languages stay in step: the same keys, no empty message, the same placeholders, the
 * plural pairs complete, and every key the code, the pages and the manifest use exists.
 */

type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string): Messages => JSON.parse(fs.readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

/** `$1`..`$9` and named `$NAME$` placeholders of a message, sorted. */
const placeholders = (m: string): string[] => [...m.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((x) => x[0]).sort();

/** Every message key the sources use, with where it was seen. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const add = (key: string, where: string) => used.set(key, where);
  for (const file of files('src', /\.(ts|tsx)$/)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*'([^']+)'/g)) add(m[1]!, file);
    for (const m of text.matchAll(/\btPlural\(\s*'([^']+)'/g)) for (const form of ['one', 'other']) add(`${m[1]}_${form}`, file);
    // Keys built from the claim labels, e.g. t(`label_${label}`).
    for (const m of text.matchAll(/\bt\(\s*`([A-Za-z_]+)\$\{label\}`/g)) for (const l of CLAIM_LABELS) add(`${m[1]}${l}`, file);
    // Keys held in lookup tables, e.g. MESSAGE_KEY = { loading: 'stateLoading' } or PALETTE_KEYS.
    for (const table of text.matchAll(/_KEYS?\b[^=]*=\s*\{([^}]*)\}/g)) for (const m of table[1]!.matchAll(/:\s*'([A-Za-z_]+)'/g)) add(m[1]!, file);
  }
  for (const file of [...files('static', /\.(html|css)$/), 'manifest.json']) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) if (!m[1]!.startsWith('@@')) add(m[1]!, file);
  }
  return used;
}

describe('locale files', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message', () => {
    for (const [lang, msgs] of [['en', en], ['fr', fr]] as const)
      for (const [key, v] of Object.entries(msgs)) expect(typeof v.message === 'string' && v.message.trim().length > 0, `${lang}:${key}`).toBe(true);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(fr[key]?.message ?? ''), key).toEqual(placeholders(en[key]!.message));
  });

  it('have both plural forms wherever one exists, each showing the number', () => {
    for (const key of Object.keys(en).filter((k) => /_(one|other)$/.test(k))) {
      const base = key.replace(/_(one|other)$/, '');
      expect(en[`${base}_one`] && en[`${base}_other`], base).toBeTruthy();
      expect(en[key]!.message, key).toContain('$1');
    }
  });

  it('name their own language (the pages use it as <html lang> and for plural rules)', () => {
    expect(en.uiLang?.message).toBe('en');
    expect(fr.uiLang?.message).toBe('fr');
  });

  it('contain every key the code, the pages and the manifest use', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });
});

describe('plural rules the UI relies on', () => {
  it('French says "0 rumeur", English "0 rumors"', () => {
    expect(new Intl.PluralRules('fr').select(0)).toBe('one');
    expect(new Intl.PluralRules('en').select(0)).toBe('other');
    expect(new Intl.PluralRules('fr').select(2)).toBe('other');
  });
});
