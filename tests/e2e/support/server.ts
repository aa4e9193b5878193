import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.mjs';

/**
 * The end-to-end tests' page server on 127.0.0.1: `/shared/...` serves ../shared (the sample and
 * the corpus), `/fixtures/...` serves tests/fixtures.
 */

/** A running server and its base URL. */
export type TestServer = StaticServer;

/** Start the server on a free port of 127.0.0.1. */
export function startServer(): Promise<TestServer> {
  return startStaticServer({ shared: '../shared', fixtures: 'tests/fixtures' });
}
