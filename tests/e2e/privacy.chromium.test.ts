import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchChromium, tabIdOfPage, type ChromiumSession } from './support/chromium';
import { hostKey, startRecordingProxy, writeNoopExtension, type RecordingProxy } from './support/recording-proxy';
import { startServer, type TestServer } from './support/server';

/**
 * No network, proved in real Chromium: while the extension analyses the sample (served from
 * 127.0.0.1), paints it, and its report view and options page are open, every request the browser
 * sends goes through a recording proxy (loopback included). On the sample's server the only request
 * is the page's own load of the sample; elsewhere, only what Chromium itself fetches in a control
 * run with a do-nothing extension (its update and sign-in probes, all refused by the proxy), and
 * never with an extension origin or referrer. Playwright's request events add the other side:
 * everything not on the sample's server is the extension reading its own packaged files.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_CHROME ?? 'dist-test/chrome';
const SAMPLE_PATH = '/shared/samples/meta-llm-fr.html';
const proxyArgs = (port: number) => [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'];
/** Hosts Chromium contacts on its own, from the control run. */
const browserOwn = new Set<string>();

let server: TestServer;
let proxy: RecordingProxy;
let session: ChromiumSession;
const seen: { url: string; frameUrl: string; navigation: boolean }[] = [];

beforeAll(async () => {
  server = await startServer();
  // Control run: same browser, flags and page, with an extension that does nothing.
  const control = await startRecordingProxy(server.base);
  const plain = await launchChromium(writeNoopExtension('chrome'), { extraArgs: proxyArgs(control.port) });
  const p = await plain.context.newPage();
  await p.goto(`${server.base}${SAMPLE_PATH}`);
  await p.waitForTimeout(6000);
  await plain.close();
  await control.close();
  for (const r of control.log) if (!r.url.includes('127.0.0.1')) browserOwn.add(hostKey(r));

  proxy = await startRecordingProxy(server.base);
  session = await launchChromium(EXTENSION, { extraArgs: proxyArgs(proxy.port) });
  session.context.on('request', (r: Request) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = '(worker)';
    }
    seen.push({ url: r.url(), frameUrl, navigation: r.isNavigationRequest() });
  });
});
afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

describe('privacy in Chromium', () => {
  it('the extension sends no request while it reads the sample and shows its report', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.base}${SAMPLE_PATH}`);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), null, { timeout: 30_000 });
    const tabId = await tabIdOfPage(page);
    const view = await session.context.newPage();
    await view.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await view.getByTestId('glossary').waitFor();
    await view.locator('.claim-text').first().click();
    await page.waitForFunction(() => CSS.highlights.has('claimlens-focus'), null, { timeout: 20_000 });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('opt-auto').waitFor();
    // Give a late beacon or a worker timer the chance to show up.
    await page.waitForTimeout(3000);

    // The network side: on 127.0.0.1 the page loaded the sample and nothing else was asked for;
    // elsewhere nothing the browser does not fetch without ClaimLens.
    const sampleUrl = `${server.base}${SAMPLE_PATH}`;
    expect(proxy.log.some((r) => r.url === sampleUrl)).toBe(true);
    const local = proxy.log.filter((r) => r.url.startsWith(server.base));
    expect(local.filter((r) => !(r.method === 'GET' && (r.url === sampleUrl || r.url === `${server.base}/favicon.ico`)))).toEqual([]);
    const remote = proxy.log.filter((r) => !r.url.startsWith(server.base));
    expect(remote.filter((r) => !browserOwn.has(hostKey(r)))).toEqual([]);
    expect(proxy.log.filter((r) => /^chrome-extension:/.test(r.origin + r.referer))).toEqual([]);

    // The browser side: the extension only ever loaded its own packaged files.
    const own = `chrome-extension://${session.extensionId}/`;
    expect(seen.filter((r) => r.url.startsWith(own)).length).toBeGreaterThan(3);
    // (A page's own load of the sample, or a request from the sample's frame, is the page's.)
    const notOwn = seen.filter((r) => !r.url.startsWith(own) && !(r.url.startsWith(server.base) && (r.navigation || r.frameUrl.startsWith(server.base))));
    expect(notOwn).toEqual([]);
    await options.close();
    await view.close();
    await page.close();
  });
});
