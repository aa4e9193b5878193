// A static file server on 127.0.0.1 for the demo, the benchmark and the end-to-end tests:
// `/<root>/<path>` serves <path> under the named root folder. Nothing leaves the machine.
// A sidecar `<file>.headers.json` ({ "header-name": "value" }) adds or overrides response headers
// for that one file: a Content-Security-Policy, a legacy charset.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Start serving `roots` ({ name: folder }) on a free port; resolves to { base, close }. */
export async function startStaticServer(roots) {
  const resolved = Object.fromEntries(Object.entries(roots).map(([k, v]) => [k, path.resolve(v)]));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, rootName, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = resolved[rootName ?? ''];
    const file = root ? path.resolve(root, rest.join('/')) : '';
    if (!root || !file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const sidecar = `${file}.headers.json`;
    const extra = fs.existsSync(sidecar) ? JSON.parse(fs.readFileSync(sidecar, 'utf8')) : {};
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
