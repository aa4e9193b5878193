import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../src/shared/settings';
import { sanitizeHighlightPrefs } from '../../src/shared/site-prefs';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';

/**
 * Concurrent writes from extension pages in real Chromium: the options page (settings in
 * `storage.sync`), a second options page adding sites, and the report view of a tab (that site's
 * highlight prefs in `storage.local`) are clicked as fast as Playwright can, at the same time. Afterwards every stored value is whole
 * and valid, no key is missing, the pages show what is stored, and the site list edited from the
 * options page holds every site added.
 */


const env = useChromiumSession();

async function stored(): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return env.session.worker.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
}

async function clickMany(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) await page.getByTestId(id).click();
}

describe('settings under concurrent writers in Chromium', () => {
  it('options page and report view writing at once leave every setting valid and none lost', async () => {
    const article = await env.session.context.newPage();
    await article.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    const tabId = await tabIdOfPage(article);
    const options = await env.session.context.newPage();
    const pageErrors: string[] = [];
    options.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    options.on('pageerror', (e) => pageErrors.push(e.message));
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.getByTestId('opt-auto').waitFor();
    // A second options page adds sites meanwhile (Playwright cannot type and click in one page at once).
    const sitesPage = await env.session.context.newPage();
    await sitesPage.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await sitesPage.getByTestId('site-input').waitFor();
    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('toggle-highlights').waitFor({ timeout: 20_000 });

    const sites = ['alpha.example', 'beta.example', 'gamma.example', 'delta.example'];
    const optionClicks = ['opt-auto', 'opt-terms', 'opt-palette-colorblind', 'opt-cat-rumor', 'opt-deflang-fr', 'opt-auto', 'opt-cat-fact', 'opt-palette-standard', 'opt-terms', 'opt-auto'];
    const viewClicks = ['toggle-terms', 'toggle-rumor', 'toggle-fact', 'toggle-highlights', 'toggle-highlights', 'toggle-opinion', 'toggle-terms', 'toggle-rumor'];
    await Promise.all([
      clickMany(options, optionClicks),
      clickMany(view, viewClicks),
      (async () => {
        for (const site of sites) {
          await sitesPage.getByTestId('site-input').fill(site);
          await sitesPage.getByTestId('site-add').click();
        }
      })(),
    ]);
    // Let the last writes land (each page shows its state once storage answered).
    await options.waitForTimeout(1_000);

    const { sync, local } = await stored();
    expect(pageErrors, 'errors in the options page').toEqual([]);
    // Whole and valid: each stored setting is exactly what the reader of that key keeps.
    const clean = sanitizeSettings(sync);
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      expect(sync, `setting ${key} is stored`).toHaveProperty(key === 'schemaVersion' ? 'schemaVersion' : key);
      expect(sync[key], key).toEqual(clean[key as keyof typeof clean]);
    }
    const prefsKey = Object.keys(local).find((k) => k.startsWith('site:'))!;
    expect(prefsKey, 'the report view saved the site prefs').toBe('site:127.0.0.1');
    expect(local[prefsKey]).toEqual(sanitizeHighlightPrefs(local[prefsKey]));
    for (const site of sites) expect(sync.disabledSites, `${site} kept`).toContain(site);

    // What the pages show after a reload is what is stored.
    await options.reload();
    await options.getByTestId('opt-auto').waitFor();
    expect(await options.getByTestId('opt-auto').isChecked()).toBe(sync.autoDetect);
    expect(await options.getByTestId('opt-terms').isChecked()).toBe(sync.termsByDefault);
    expect(await options.getByTestId(`opt-palette-${String(sync.palette)}`).isChecked()).toBe(true);
    await view.reload();
    await view.getByTestId('toggle-highlights').waitFor({ timeout: 20_000 });
    const prefs = local[prefsKey] as { enabled: boolean; terms: boolean };
    expect(await view.getByTestId('toggle-highlights').isChecked()).toBe(prefs.enabled);
    // The clicks in each page were sequential, so each key ends where its own page's clicks put it.
    expect(sync.autoDetect, 'opt-auto clicked three times').toBe(!DEFAULT_SETTINGS.autoDetect);
    expect(sync.palette).toBe('standard');
    expect(prefs.enabled, 'toggle-highlights clicked twice').toBe(true);
    await Promise.all([article.close(), options.close(), sitesPage.close(), view.close()]);
  });
});
