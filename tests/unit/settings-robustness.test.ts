import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Settings survive crashes, quota errors and concurrent writers: no setting lost, none
 * half-written. `storage.sync` and Web Locks do not exist in Node, so this tier runs the real
 * settings-storage.ts over an in-memory double of both (all-or-nothing `set`, like the browsers;
 * random delays so calls interleave; injectable failures). The same code meets the real APIs in
 * tests/e2e/settings-concurrency.chromium.test.ts.
 */

const { area, MemoryLocks } = vi.hoisted(() => {
  /** An in-memory `storage.sync`: each call takes a few random ticks; `set` is atomic or fails whole. */
  class MemoryArea {
    data: Record<string, unknown> = {};
    sets: Record<string, unknown>[] = [];
    /** Error the next `set` rejects with (quota), or 'crash' for a context killed before it writes. */
    failNextSet: Error | 'crash' | null = null;
    private seed = 1;
    private async tick(): Promise<void> {
      this.seed = (this.seed * 16807) % 2147483647;
      await new Promise((r) => setTimeout(r, this.seed % 3));
    }
    reseed(seed: number): void {
      this.seed = seed;
    }
    async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
      await this.tick();
      const all = structuredClone(this.data);
      if (keys === null) return all;
      const want = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(want.filter((k) => k in all).map((k) => [k, all[k]]));
    }
    async set(items: Record<string, unknown>): Promise<void> {
      await this.tick();
      const fail = this.failNextSet;
      this.failNextSet = null;
      if (fail === 'crash') return new Promise(() => undefined); // the context died: this write never happens
      if (fail) throw fail;
      this.sets.push(structuredClone(items));
      this.data = { ...this.data, ...structuredClone(items) };
    }
  }
  /** A FIFO Web Locks double (one lock name is all settings-storage uses). */
  class MemoryLocks {
    private tail: Promise<unknown> = Promise.resolve();
    request<T>(_name: string, work: () => Promise<T>): Promise<T> {
      const run = this.tail.then(work, work);
      this.tail = run.catch(() => undefined);
      return run;
    }
  }
  return { area: new MemoryArea(), MemoryLocks };
});

vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: area, onChanged: { addListener: () => undefined } } },
}));

const { loadSettings, saveSettings, updateSettings } = await import('../../src/shared/settings-storage');
const { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, sanitizeSettings } = await import('../../src/shared/settings');

/** Every stored key we know holds a whole valid value (what sanitizeSettings would keep as is). */
function expectStoredValid(): void {
  const clean = sanitizeSettings(area.data);
  for (const key of Object.keys(DEFAULT_SETTINGS)) if (key in area.data) expect(area.data[key], key).toEqual(clean[key as keyof typeof clean]);
}

/** A new lock manager: a crashed context's lock dies with it, as in the browser. */
function freshLocks(): void {
  (globalThis as { navigator?: unknown }).navigator = { locks: new MemoryLocks() };
}

const quota = () => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');

beforeEach(() => {
  area.data = {};
  area.sets = [];
  area.failNextSet = null;
  area.reseed(1);
  freshLocks();
});
afterEach(() => {
  delete (globalThis as { navigator?: unknown }).navigator;
});

describe('settings under failure', () => {
  it('a context killed between its read and its write loses nothing and half-writes nothing', async () => {
    await saveSettings({ autoDetect: false, palette: 'colorblind', disabledSites: ['example.com'] });
    const before = structuredClone(area.data);
    area.failNextSet = 'crash';
    void saveSettings({ palette: 'standard', termsByDefault: true }); // never settles, like a closed popup
    await new Promise((r) => setTimeout(r, 20));
    expect(area.data).toEqual(before);
    // The browser releases the lock of a dead context with it; here, a fresh lock manager.
    freshLocks();
    expect(await loadSettings()).toMatchObject({ autoDetect: false, palette: 'colorblind', disabledSites: ['example.com'] });
  });

  it('a quota error rejects the save and leaves every stored value as it was', async () => {
    await saveSettings({ defaultHidden: ['opinion'], definitionLang: 'fr' });
    const before = structuredClone(area.data);
    area.failNextSet = quota();
    await expect(saveSettings({ defaultHidden: ['fact', 'rumor'], definitionLang: 'en' })).rejects.toThrow(/QUOTA/);
    expect(area.data).toEqual(before);
    await saveSettings({ definitionLang: 'en' });
    expect(await loadSettings()).toMatchObject({ defaultHidden: ['opinion'], definitionLang: 'en' });
  });

  it('an interrupted migration leaves the old shape whole, and the next read migrates it', async () => {
    area.data = { autoDetect: false, disabledSites: ['https://News.Example.com/a', 'news.example.com.'] };
    area.failNextSet = quota();
    expect(await loadSettings()).toMatchObject({ autoDetect: false, disabledSites: ['news.example.com'] });
    expect(area.data).toEqual({ autoDetect: false, disabledSites: ['https://News.Example.com/a', 'news.example.com.'] });
    await loadSettings();
    expect(area.data).toEqual({ autoDetect: false, disabledSites: ['news.example.com'], schemaVersion: SETTINGS_SCHEMA_VERSION });
  });

  it('a save on an old shape migrates it in the same single write (schemaVersion never lies)', async () => {
    area.data = { disabledSites: ['Example.COM/'] };
    await saveSettings({ autoDetect: false });
    expect(area.sets).toHaveLength(1);
    expect(area.data).toEqual({ disabledSites: ['example.com'], autoDetect: false, schemaVersion: SETTINGS_SCHEMA_VERSION });
  });

  it('never writes an invalid value: the stored one stays', async () => {
    await saveSettings({ palette: 'colorblind' });
    await saveSettings({ palette: 'neon' as never, autoDetect: 'yes' as never, termsByDefault: true });
    expect(area.data).toMatchObject({ palette: 'colorblind', termsByDefault: true });
    expect(area.data).not.toHaveProperty('autoDetect');
    expectStoredValid();
  });
});

describe('settings under concurrent writers', () => {
  it('interleaved saves of different keys and list edits from several pages lose nothing', async () => {
    const sites = Array.from({ length: 12 }, (_, i) => `site${i}.example`);
    await Promise.all([
      ...sites.map((site) => updateSettings((s) => ({ disabledSites: [...s.disabledSites, site] }))),
      saveSettings({ palette: 'colorblind' }),
      saveSettings({ autoDetect: false }),
      updateSettings((s) => ({ defaultHidden: [...s.defaultHidden, 'rumor'] })),
      updateSettings((s) => ({ defaultHidden: [...s.defaultHidden, 'fact'] })),
    ]);
    const got = await loadSettings();
    expect([...got.disabledSites].sort()).toEqual([...sites].sort());
    expect([...got.defaultHidden].sort()).toEqual(['fact', 'rumor']);
    expect(got).toMatchObject({ palette: 'colorblind', autoDetect: false });
    expectStoredValid();
  });

  it('any sequence of saves, list edits, quota errors and crashes keeps every stored value valid and the last good write of each key', async () => {
    type Op = { kind: 'save'; key: 'autoDetect' | 'termsByDefault' | 'palette'; value: unknown } | { kind: 'add' | 'remove'; site: string } | { kind: 'fail'; how: 'quota' | 'crash' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), key: fc.constantFrom('autoDetect' as const, 'termsByDefault' as const), value: fc.oneof(fc.boolean(), fc.string()) }),
      fc.record({ kind: fc.constant('save' as const), key: fc.constant('palette' as const), value: fc.constantFrom('standard', 'colorblind', 'neon', 3) }),
      fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const), site: fc.constantFrom('a.example', 'b.example', 'c.example') }),
      fc.record({ kind: fc.constant('fail' as const), how: fc.constantFrom('quota' as const, 'crash' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), fc.integer({ min: 1, max: 1_000_000 }), async (ops, seed) => {
        area.data = {};
        area.failNextSet = null;
        area.reseed(seed);
        freshLocks();
        // The model: what each key must hold after the writes that succeeded, in lock order.
        const model: Record<string, unknown> = {};
        const sitesModel = new Set<string>();
        for (const o of ops) {
          if (o.kind === 'fail') {
            area.failNextSet = o.how === 'quota' ? quota() : 'crash';
            continue;
          }
          const failing = area.failNextSet !== null;
          const crashing = area.failNextSet === 'crash';
          const run =
            o.kind === 'save'
              ? saveSettings({ [o.key]: o.value } as never)
              : updateSettings((s) => ({ disabledSites: o.kind === 'add' ? [...new Set([...s.disabledSites, o.site])] : s.disabledSites.filter((x) => x !== o.site) }));
          if (crashing) {
            // The page died after reading, before its write: the promise never settles, the browser frees the lock.
            void run;
            await new Promise((r) => setTimeout(r, 15));
            freshLocks();
            continue;
          }
          const ok = await run.then(() => true, () => false);
          expect(ok).toBe(!failing);
          if (!ok) continue;
          if (o.kind === 'save') {
            const valid = sanitizeSettings({ [o.key]: o.value })[o.key];
            if (valid === o.value) model[o.key] = o.value;
          } else if (o.kind === 'add') sitesModel.add(o.site);
          else sitesModel.delete(o.site);
        }
        expectStoredValid();
        const got = await loadSettings();
        for (const [k, v] of Object.entries(model)) expect(got[k as keyof typeof got], k).toEqual(v);
        expect([...got.disabledSites].sort()).toEqual([...sitesModel].sort());
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
