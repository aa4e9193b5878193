// `npm run package`: the store packages of the production build (run `npm run build` first, as
// the npm script does): out/claimlens-chrome-VERSION.zip and out/claimlens-firefox-VERSION.zip,
// both made by web-ext's build (a plain zip with manifest.json at its root, dotfiles left out).
// The version is package.json's alone: the build writes it into each manifest, and this script
// refuses a dist/ whose manifest says otherwise (a stale build).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outDir = path.join(root, 'out');
fs.mkdirSync(outDir, { recursive: true });

for (const browserName of ['chrome', 'firefox']) {
  const sourceDir = path.join(root, 'dist', browserName);
  const manifest = JSON.parse(fs.readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${sourceDir} is version ${manifest.version}, package.json says ${version}: run npm run build`);
  const filename = `claimlens-${browserName}-${version}.zip`;
  await webExt.cmd.build({ sourceDir, artifactsDir: outDir, filename, overwriteDest: true }, { shouldExitProgram: false });
  const size = fs.statSync(path.join(outDir, filename)).size;
  console.log(`out/${filename}  ${(size / 1024).toFixed(1)} KB`);
}
