// Builds dist/chrome and dist/firefox (each loadable unpacked) and dist/cli.mjs.
// `--test` builds dist-test/{chrome,firefox} instead, with the __TEST__ hooks compiled in.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { overlays } from './manifest-overlays.mjs';
import { noInnerHtmlPlugin } from './lib/no-inner-html-plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const test = process.argv.includes('--test');
const outRoot = path.join(root, test ? 'dist-test' : 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  minify: true,
  target: ['chrome120', 'firefox140'],
  define: { __TEST__: String(test), 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // French vocabulary and definitions stay as UTF-8 instead of \u escapes (the content script has a 40 KB budget).
  charset: 'utf8',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [noInnerHtmlPlugin],
};

const entries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};

fs.rmSync(outRoot, { recursive: true, force: true });
const bundleDir = path.join(outRoot, '.bundle');
const entryPoints = (names) => Object.fromEntries(names.map((k) => [k, path.join(root, entries[k])]));
await build({ ...common, entryPoints: entryPoints(['background', 'popup', 'options']), outdir: bundleDir, format: 'iife' });
// The content script runs in every page and has a 40 KB budget: it uses the browser's own promise
// API instead of webextension-polyfill (see src/shared/native-browser.ts).
await build({
  ...common,
  entryPoints: entryPoints(['content']),
  outdir: bundleDir,
  format: 'iife',
  alias: { 'webextension-polyfill': path.join(root, 'src/shared/native-browser.ts') },
  // Test builds: the instant the script starts evaluating, for the work trace (src/content/work-trace.ts).
  ...(test ? { banner: { js: 'globalThis.__claimlensScriptStart=performance.timeOrigin+performance.now();' } } : {}),
});

for (const browserName of ['chrome', 'firefox']) {
  const dir = path.join(outRoot, browserName);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(bundleDir)) fs.copyFileSync(path.join(bundleDir, f), path.join(dir, f));
  for (const f of fs.readdirSync(path.join(root, 'static'))) fs.copyFileSync(path.join(root, 'static', f), path.join(dir, f));
  fs.cpSync(path.join(root, 'icons'), path.join(dir, 'icons'), { recursive: true, filter: (s) => !s.endsWith('.svg') });
  fs.cpSync(path.join(root, '_locales'), path.join(dir, '_locales'), { recursive: true });
  const base = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const manifest = { ...base, ...overlays[browserName], version: pkg.version };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
fs.rmSync(bundleDir, { recursive: true, force: true });

if (!test) {
  await build({
    ...common,
    minify: false,
    entryPoints: [path.join(root, 'src/cli/index.ts')],
    outfile: path.join(outRoot, 'cli.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['canvas'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
const sizes = ['content', 'popup', 'background'].map((k) => {
  const f = path.join(outRoot, 'chrome', `${k}.js`);
  return `${k} ${fs.existsSync(f) ? (fs.statSync(f).size / 1024).toFixed(1) : '-'} KB`;
});
console.log(`built ${path.relative(root, outRoot)}/{chrome,firefox}${test ? '' : ', dist/cli.mjs'}: ${sizes.join(', ')}`);
