import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { launchFirefox, openReportView, type FirefoxSession } from './support/firefox';
import { hostKey, startRecordingProxy, writeNoopExtension, type RecordingProxy } from './support/recording-proxy';
import { startServer, type TestServer } from './support/server';

/**
 * No network, proved in real Firefox: while the extension analyses the sample (served from
 * 127.0.0.1), paints it and its report view is open, every request Firefox sends goes through a
 * recording proxy (`network.proxy.allow_hijacking_localhost` so loopback is not exempt). On the
 * sample's server the only request is the page's own load of the sample; elsewhere only what
 * Firefox fetches in a control run with a do-nothing extension. Puppeteer's request events on the
 * sample page and the report view's Resource Timing entries add the other side: the report view
 * loads only its own packaged files.
 */

const EXTENSION = process.env.CLAIMLENS_EXT_FIREFOX ?? 'dist-test/firefox';
const SAMPLE_PATH = '/shared/samples/meta-llm-fr.html';

const proxyPrefs = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
});

let server: TestServer;
let proxy: RecordingProxy;
let session: FirefoxSession;
const browserOwn = new Set<string>();

function record(page: Page, into: string[]): void {
  page.on('request', (r: HTTPRequest) => into.push(r.url()));
}

beforeAll(async () => {
  server = await startServer();
  const control = await startRecordingProxy(server.base);
  const plain = await launchFirefox(writeNoopExtension('firefox'), proxyPrefs(control.port));
  const p = await plain.browser.newPage();
  await p.goto(`${server.base}${SAMPLE_PATH}`);
  await new Promise((r) => setTimeout(r, 6000));
  await plain.close();
  await control.close();
  for (const r of control.log) if (!r.url.includes('127.0.0.1')) browserOwn.add(hostKey(r));

  proxy = await startRecordingProxy(server.base);
  session = await launchFirefox(EXTENSION, proxyPrefs(proxy.port));
});
afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

describe('privacy in Firefox', () => {
  it('the extension sends no request while it reads the sample and shows its report', async () => {
    const pageRequests: string[] = [];
    const viewRequests: string[] = [];
    const page = await session.browser.newPage();
    record(page, pageRequests);
    const sampleUrl = `${server.base}${SAMPLE_PATH}`;
    await page.goto(sampleUrl);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-rumor'), { timeout: 30_000 });
    const view = await openReportView(session, page);
    await view.waitForSelector('[data-testid="glossary"]', { timeout: 20_000 });
    await view.click('.claim-text');
    await new Promise((r) => setTimeout(r, 3000));
    // The report view opened before a listener could be attached: its Resource Timing entries list
    // every file and fetch it made from the start.
    viewRequests.push(...(await view.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)])));

    expect(proxy.log.some((r) => r.url === sampleUrl)).toBe(true);
    const local = proxy.log.filter((r) => r.url.startsWith(server.base));
    expect(local.filter((r) => !(r.method === 'GET' && (r.url === sampleUrl || r.url === `${server.base}/favicon.ico`)))).toEqual([]);
    expect(proxy.log.filter((r) => !r.url.startsWith(server.base) && !browserOwn.has(hostKey(r)))).toEqual([]);
    expect(proxy.log.filter((r) => /^moz-extension:/.test(r.origin + r.referer))).toEqual([]);

    expect(pageRequests).toContain(sampleUrl);
    expect(pageRequests.filter((u) => u !== sampleUrl && u !== `${server.base}/favicon.ico` && !u.startsWith('data:'))).toEqual([]);
    const own = `${await view.evaluate(() => location.origin)}/`;
    expect(own).toMatch(/^moz-extension:\/\//);
    expect(viewRequests.length).toBeGreaterThan(0);
    // (data: URLs, e.g. a font the browser decodes in place, are not requests: nothing leaves.)
    expect(viewRequests.filter((u) => !u.startsWith(own) && !u.startsWith('data:'))).toEqual([]);
    await view.close();
    await page.close();
  });
});
