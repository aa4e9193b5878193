import { SETTINGS_SCHEMA_VERSION, normalizeSite } from './settings';

/**
 * The history of the stored settings shape, one migration per version step, so a reader who
 * installed an older ClaimLens keeps every choice they made. Migrations work on the raw stored
 * object and must tolerate garbage: they only rewrite what they recognise and never drop a key;
 * `sanitizeSettings` then defaults whatever is still invalid, key by key.
 *
 * - v1 (ClaimLens 0.1.0): `{ autoDetect, disabledSites }`, no `schemaVersion`; `disabledSites`
 *   held sites as the reader typed them (a URL, upper case, a trailing dot, duplicates).
 * - v2: adds `schemaVersion`, `defaultHidden`, `termsByDefault`, `palette`, `definitionLang`
 *   (absent = default); `disabledSites` holds bare lowercase hostnames, each once.
 */

/** A raw object as read from `storage.sync`. */
export type StoredSettings = Record<string, unknown>;

/** One step: the version it upgrades from, and the change (returns only the keys to write). */
export interface SettingsMigration {
  from: number;
  /** Why this step exists, for the reader of the history. */
  why: string;
  migrate(stored: StoredSettings): StoredSettings;
}

/** Every migration, in order; the last one's `from + 1` is {@link SETTINGS_SCHEMA_VERSION}. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    from: 1,
    why: 'v1 kept disabled sites as typed; v2 matches hostnames, so they are normalised once here',
    migrate(stored) {
      const patch: StoredSettings = {};
      if (Array.isArray(stored.disabledSites)) {
        const hosts = stored.disabledSites.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter(Boolean);
        patch.disabledSites = [...new Set(hosts)];
      }
      return patch;
    },
  },
];

/**
 * The version a stored object was written by: its `schemaVersion` when that is a positive integer,
 * the current version for an empty store (nothing to migrate), else 1 (the only version without one).
 */
export function storedVersion(stored: StoredSettings): number {
  const v = stored.schemaVersion;
  if (Number.isInteger(v) && (v as number) > 0) return v as number;
  return Object.keys(stored).length === 0 ? SETTINGS_SCHEMA_VERSION : 1;
}

/**
 * Bring a stored object up to the current version. Returns the upgraded object and the keys to
 * write back (empty when it was current already, or written by a newer ClaimLens: a downgrade
 * never rewrites what a newer version stored).
 */
export function migrateSettings(stored: StoredSettings): { settings: StoredSettings; patch: StoredSettings } {
  const version = storedVersion(stored);
  if (version >= SETTINGS_SCHEMA_VERSION) return { settings: stored, patch: {} };
  let settings = { ...stored };
  let patch: StoredSettings = {};
  for (const step of SETTINGS_MIGRATIONS) {
    if (step.from < version) continue;
    const change = step.migrate(settings);
    settings = { ...settings, ...change };
    patch = { ...patch, ...change };
  }
  patch.schemaVersion = SETTINGS_SCHEMA_VERSION;
  settings.schemaVersion = SETTINGS_SCHEMA_VERSION;
  return { settings, patch };
}
