import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 that records every request a browser sends through it. Pointed at
 * with the browser's own proxy settings (and told not to bypass loopback), it sees everything the
 * browser fetches over the network, whichever context asks: page, extension worker, extension page
 * or the browser itself. Plain requests to `allowOrigin` are forwarded (so the test page loads);
 * anything else, and every CONNECT (https), is refused after being recorded.
 */

/** One request as the proxy saw it. */
export interface ProxiedRequest {
  method: string;
  url: string;
  referer: string;
  origin: string;
}

/** A running proxy: its port, what it saw, and how to stop it. */
export interface RecordingProxy {
  port: number;
  log: ProxiedRequest[];
  close(): Promise<void>;
}

/** Start the proxy; requests to `allowOrigin` (e.g. the test server's base URL) are passed on. */
export async function startRecordingProxy(allowOrigin: string): Promise<RecordingProxy> {
  const log: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    log.push({ method: req.method ?? '', url, referer: String(req.headers.referer ?? ''), origin: String(req.headers.origin ?? '') });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.origin !== allowOrigin) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '', referer: '', origin: '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A do-nothing MV3 extension in a temp folder: the control run loads it instead of ClaimLens, so
 * what the browser fetches on its own (update checks, sign-in probes) is known and told apart.
 */
export function writeNoopExtension(kind: 'chrome' | 'firefox'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-noop-'));
  const background = kind === 'chrome' ? { service_worker: 'bg.js' } : { scripts: ['bg.js'] };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'noop', version: '1.0', background }));
  fs.writeFileSync(path.join(dir, 'bg.js'), '// nothing\n');
  return dir;
}

/** `METHOD host` of a request, the unit the control comparison works in (paths and queries vary run to run). */
export function hostKey(r: ProxiedRequest): string {
  if (r.method === 'CONNECT') return `CONNECT ${r.url.replace(/:\d+$/, '')}`;
  try {
    return `${r.method} ${new URL(r.url).hostname}`;
  } catch {
    return `${r.method} ${r.url}`;
  }
}
