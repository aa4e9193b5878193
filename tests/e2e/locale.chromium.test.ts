import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabIdOfPage } from './support/chromium';
import { useChromiumSession } from './support/chromium-session';

/**
 * The UI follows the browser's language: Chromium started in French (`--lang=fr`) shows the
 * report view, the options page and the toolbar button's title in French, with French plurals.
 */

const fr = JSON.parse(fs.readFileSync('_locales/fr/messages.json', 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(fs.readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

const env = useChromiumSession({ extraArgs: ['--lang=fr', '--accept-lang=fr'] });

describe('French UI in Chromium', () => {
  it('the report view, the options page and the badge title are in French', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.base}/shared/samples/meta-llm-fr.html`);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), null, { timeout: 30_000 });
    const tabId = await tabIdOfPage(page);

    const view = await env.session.context.newPage();
    await view.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('counts').waitFor();
    const text = await view.locator('main').innerText();
    expect(text).toContain(fr.highlightOnPage!.message);
    expect(text).toContain(fr.label_rumor!.message);
    expect(text).not.toContain(en.highlightOnPage!.message);
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('fr');

    const rumors = Number(await view.getByTestId('count-rumor').textContent());
    const title = await env.session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toContain(rumors > 1 ? `${rumors} rumeurs` : `${rumors} rumeur`);
    expect(title).toMatch(/^ClaimLens : \d+ rumeurs? parmi \d+ affirmations?$/);

    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.getByTestId('opt-auto').waitFor();
    expect(await options.locator('h1').innerText()).toBe(fr.optionsHeading!.message);
    expect(await options.title()).toBe(fr.optionsHeading!.message);
    await options.close();
    await view.close();
    await page.close();
  });
});
