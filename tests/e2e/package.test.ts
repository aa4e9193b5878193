import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { launchFirefox } from './support/firefox';
import { claimlensHighlights } from './support/page-probes';
import { startServer, type TestServer } from './support/server';

/**
 * The store packages work: `scripts/package.mjs` zips the production build (dist/, as `npm test`
 * and `npm run package` build it), each zip is unpacked into a temp folder, and that is what real
 * Chromium and real Firefox load to highlight the sample. Production builds have no test hooks;
 * this check needs none.
 */

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
const SAMPLE = '/shared/samples/meta-llm-fr.html';
const CLAIM_NAMES = ['claimlens-rumor', 'claimlens-reported', 'claimlens-fact', 'claimlens-opinion'];

let server: TestServer;
let tmp: string;
const unpacked: Record<'chrome' | 'firefox', string> = { chrome: '', firefox: '' };

beforeAll(async () => {
  const run = spawnSync('node', ['scripts/package.mjs'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-packages-'));
  for (const b of ['chrome', 'firefox'] as const) {
    const zip = `out/claimlens-${b}-${version}.zip`;
    unpacked[b] = path.join(tmp, b);
    const unzip = spawnSync('unzip', ['-q', zip, '-d', unpacked[b]], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
  }
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('store packages', () => {
  it('carry package.json\'s version and no test hooks', () => {
    for (const b of ['chrome', 'firefox'] as const) {
      const manifest = JSON.parse(fs.readFileSync(path.join(unpacked[b], 'manifest.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(version);
      expect(fs.readFileSync(path.join(unpacked[b], 'content.js'), 'utf8')).not.toContain('claimlensTest');
    }
  });

  it('the unzipped Chrome package highlights the sample in Chromium', async () => {
    const session = await launchChromium(unpacked.chrome);
    try {
      const page = await session.context.newPage();
      await page.goto(`${server.base}${SAMPLE}`);
      await page.waitForFunction((names) => names.every((n) => CSS.highlights.has(n)), CLAIM_NAMES, { timeout: 30_000 });
      const registered = await page.evaluate(claimlensHighlights);
      for (const n of CLAIM_NAMES) expect(registered[n], n).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });

  it('the unzipped Firefox package highlights the sample in Firefox', async () => {
    const session = await launchFirefox(unpacked.firefox);
    try {
      const page = await session.browser.newPage();
      await page.goto(`${server.base}${SAMPLE}`);
      await page.waitForFunction((names: string[]) => names.every((n) => CSS.highlights.has(n)), { timeout: 30_000, polling: 200 }, CLAIM_NAMES);
      const registered = await page.evaluate(claimlensHighlights);
      for (const n of CLAIM_NAMES) expect(registered[n], n).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
