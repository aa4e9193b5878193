import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, sanitizeSettings, type Settings } from './settings';
import { migrateSettings } from './settings-migrations';

/** Reading and writing the settings in `storage.sync`, migrating an older shape on the way in. */

/**
 * Run `work` holding the settings lock. Web Locks are per origin, so every extension page (popup,
 * options) and the worker share it: two read-modify-write sequences never interleave. Where there
 * is no lock manager (Node tests, very old browsers) the work runs as is.
 */
function withSettingsLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request('claimlens-settings', work) : work();
}

/** The stored object migrated to the current shape, with the keys the migration rewrites. */
async function readMigrated(): Promise<ReturnType<typeof migrateSettings>> {
  return migrateSettings(await browser.storage.sync.get(null));
}

/**
 * Read the settings, never throwing: storage trouble means defaults. An older shape is upgraded
 * and written back under the lock, from a fresh read, so a write that landed meanwhile is migrated
 * with the rest and never overwritten by a stale copy.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const first = await readMigrated();
    if (!Object.keys(first.patch).length) return sanitizeSettings(first.settings);
    const settings = await withSettingsLock(async () => {
      const { settings: fresh, patch } = await readMigrated();
      if (Object.keys(patch).length) await browser.storage.sync.set(patch).catch(() => undefined);
      return fresh;
    });
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

/**
 * Write some settings: only the keys given (a concurrent change of another key is kept), each as a
 * whole valid value (an invalid one is not written: the stored value stays), in ONE
 * `storage.sync.set` together with whatever the stored shape still needs migrating (so
 * `schemaVersion` never claims a migration that did not happen). A rejected write (quota, crash)
 * writes nothing: `storage.set` is all or nothing. Rejects with the storage error.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await updateSettings(() => patch);
}

/**
 * Read-modify-write under the settings lock: `change` gets the current settings and returns the
 * keys to write (e.g. one more disabled site), so two pages editing the same list never drop each
 * other's edit. Same write rules as {@link saveSettings}; resolves to the settings as written.
 */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return withSettingsLock(async () => {
    const { settings, patch: migration } = await readMigrated();
    const current = sanitizeSettings(settings);
    const write: Record<string, unknown> = { ...migration };
    for (const [key, value] of Object.entries(change(current))) {
      if (!(key in current) || key === 'schemaVersion') continue;
      const valid = sanitizeSettings({ [key]: value })[key as keyof Settings];
      // The reader fell back to the default for a value that is not the default: invalid, skip it.
      if (JSON.stringify(valid) === JSON.stringify(DEFAULT_SETTINGS[key as keyof Settings]) && JSON.stringify(value) !== JSON.stringify(valid)) continue;
      write[key] = valid;
    }
    await browser.storage.sync.set({ ...write, schemaVersion: SETTINGS_SCHEMA_VERSION });
    return sanitizeSettings({ ...settings, ...write });
  });
}

/** Call `listener` with the fresh settings whenever another context changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void loadSettings().then(listener);
  });
}
