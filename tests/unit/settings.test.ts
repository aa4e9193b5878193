import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, isSiteDisabled, normalizeSite, sanitizeSettings, siteDefaults, type Settings } from '../../src/shared/settings';
import { SETTINGS_MIGRATIONS, migrateSettings, storedVersion } from '../../src/shared/settings-migrations';

/**
 * Settings: typed from their defaults, one bad key never costs the others, and every earlier
 * stored shape is brought up to date without losing a valid choice.
 */

/** What loadSettings does with a raw `storage.sync` object (minus the storage). */
const read = (stored: Record<string, unknown>): Settings => sanitizeSettings(migrateSettings(stored).settings);

const CHOSEN: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  autoDetect: false,
  defaultHidden: ['fact', 'opinion'],
  termsByDefault: true,
  palette: 'colorblind',
  definitionLang: 'fr',
  disabledSites: ['example.com', 'news.test'],
};

describe('sanitizeSettings', () => {
  it('gives the defaults for an empty or non-object store', () => {
    for (const raw of [{}, null, undefined, 'x', 3, []]) expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value', () => {
    expect(sanitizeSettings(CHOSEN)).toEqual(CHOSEN);
  });

  it('defaults a broken key and only that key', () => {
    const broken: Record<keyof Settings, unknown> = {
      schemaVersion: 'two',
      autoDetect: 'yes',
      defaultHidden: 'fact',
      termsByDefault: 1,
      palette: 'rainbow',
      definitionLang: 'de',
      disabledSites: { a: 1 },
    };
    for (const key of Object.keys(broken) as (keyof Settings)[]) {
      const got = sanitizeSettings({ ...CHOSEN, [key]: broken[key] });
      expect(got[key], key).toEqual(DEFAULT_SETTINGS[key]);
      for (const other of Object.keys(CHOSEN) as (keyof Settings)[]) if (other !== key) expect(got[other], `${other} kept when ${key} is broken`).toEqual(CHOSEN[other]);
    }
  });

  it('keeps the valid items of a list and ignores foreign keys', () => {
    const got = sanitizeSettings({ ...CHOSEN, defaultHidden: ['rumor', 'gossip', 4], disabledSites: ['Example.COM', 7, '', 'not a site!'], foreign: { x: 1 } });
    expect(got.defaultHidden).toEqual(['rumor']);
    expect(got.disabledSites).toEqual(['example.com']);
    expect(got).not.toHaveProperty('foreign');
  });

  it('never throws and always answers a complete, valid object, whatever is stored', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'other'), fc.anything()), (raw) => {
        const got = read(raw);
        expect(Object.keys(got).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(typeof got.autoDetect).toBe('boolean');
        expect(['standard', 'colorblind']).toContain(got.palette);
        expect(got.disabledSites.every((s) => normalizeSite(s) === s)).toBe(true);
      }),
    );
  });
});

describe('site names', () => {
  it('reduce what a reader types to a hostname', () => {
    expect(normalizeSite('  https://www.Example.com/news?x=1 ')).toBe('www.example.com');
    expect(normalizeSite('Example.com.')).toBe('example.com');
    expect(normalizeSite('localhost:8080')).toBe('localhost');
    expect(normalizeSite('')).toBe('');
    expect(normalizeSite('not a site!')).toBe('');
  });

  it('a listed domain covers its subdomains, not look-alikes', () => {
    const s = { disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(s, 'example.org')).toBe(false);
  });

  it('new sites start from the default categories and terms', () => {
    expect(siteDefaults(CHOSEN)).toEqual({ enabled: true, hidden: ['fact', 'opinion'], terms: true });
    expect(siteDefaults(DEFAULT_SETTINGS)).toEqual({ enabled: true, hidden: [], terms: false });
  });
});

describe('migrations', () => {
  it('form one chain ending at the current schema version', () => {
    SETTINGS_MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i + 1));
    expect(SETTINGS_MIGRATIONS.at(-1)!.from + 1).toBe(SETTINGS_SCHEMA_VERSION);
  });

  it('recognise the version of what is stored', () => {
    expect(storedVersion({})).toBe(SETTINGS_SCHEMA_VERSION);
    expect(storedVersion({ autoDetect: false })).toBe(1);
    expect(storedVersion({ schemaVersion: 2 })).toBe(2);
    expect(storedVersion({ schemaVersion: 'garbage', autoDetect: true })).toBe(1);
  });

  it('v1 → v2 keeps every v1 choice and normalises its site list', () => {
    const v1 = { autoDetect: false, disabledSites: ['https://WWW.Lemonde.fr/pixels/', 'lemonde.fr', 'www.lemonde.fr', 'example.com.'] };
    const { settings, patch } = migrateSettings(v1);
    expect(patch).toEqual({ schemaVersion: 2, disabledSites: ['www.lemonde.fr', 'lemonde.fr', 'example.com'] });
    expect(sanitizeSettings(settings)).toEqual({ ...DEFAULT_SETTINGS, autoDetect: false, disabledSites: ['www.lemonde.fr', 'lemonde.fr', 'example.com'] });
  });

  it('v1 with garbage values: the valid ones survive, the broken ones default', () => {
    expect(read({ autoDetect: 'off', disabledSites: ['Example.com', 42, null] })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    expect(read({ autoDetect: false, disabledSites: 'example.com' })).toEqual({ ...DEFAULT_SETTINGS, autoDetect: false });
  });

  it('a current store is left alone, and so is one written by a newer ClaimLens', () => {
    expect(migrateSettings({ ...CHOSEN }).patch).toEqual({});
    const future = { ...CHOSEN, schemaVersion: 9, newThing: true };
    expect(migrateSettings(future)).toEqual({ settings: future, patch: {} });
    expect(read(future)).toEqual({ ...CHOSEN, schemaVersion: 9 });
  });

  it('from any v1 store, nothing valid is lost', () => {
    fc.assert(
      fc.property(fc.record({ autoDetect: fc.boolean(), disabledSites: fc.array(fc.domain()) }), (v1) => {
        const got = read(v1);
        expect(got.autoDetect).toBe(v1.autoDetect);
        expect(got.disabledSites).toEqual([...new Set(v1.disabledSites.map((d) => d.toLowerCase()))]);
      }),
    );
  });
});
