import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { startServer, type TestServer } from './server';

/** The test build (with the `__TEST__` hooks) that Chromium e2e files load unless told otherwise. */
export const CHROMIUM_TEST_BUILD = process.env.CLAIMLENS_EXT_CHROME ?? 'dist-test/chrome';

/** A file's running browser and local page server, filled in before its first test. */
export interface ChromiumEnv {
  session: ChromiumSession;
  server: TestServer;
}

/**
 * Every Chromium e2e file needs the same frame: the local page server and real Chromium with the
 * extension started before its tests and closed after them. Call at the top level of the file; the
 * returned object is filled in by `beforeAll`. `setup` runs once both are up (listeners on the
 * worker, a page every test shares).
 */
export function useChromiumSession(
  options: { extension?: string; extraArgs?: string[]; before?: () => void; setup?: (env: ChromiumEnv) => Promise<void> | void } = {},
): ChromiumEnv {
  const env = {} as ChromiumEnv;
  beforeAll(async () => {
    options.before?.();
    env.server = await startServer();
    env.session = await launchChromium(options.extension ?? CHROMIUM_TEST_BUILD, { extraArgs: options.extraArgs });
    await options.setup?.(env);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
