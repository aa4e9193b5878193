// Regenerates tests/fixtures/pages-flat/<slug>.html from tests/fixtures/pages/<slug>/source.html
// for every page whose expected.json says isAiNews: true — the flat layout that
// `../shared/checks/check-detection.mjs positives tests/fixtures/pages-flat` reads.
// Negative fixtures stay out of the flat folder. Plain copies (no symlinks: they survive zips and Windows).
// usage: node scripts/make-fixture-pages.mjs [--check]   (--check: exit 1 if pages-flat is stale)
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pagesDir = path.join(root, 'tests/fixtures/pages');
const flatDir = path.join(root, 'tests/fixtures/pages-flat');
const check = process.argv.includes('--check');

const wanted = new Map();
for (const slug of fs.readdirSync(pagesDir).sort()) {
  const source = path.join(pagesDir, slug, 'source.html');
  const expectedFile = path.join(pagesDir, slug, 'expected.json');
  if (!fs.existsSync(source) || !fs.existsSync(expectedFile)) continue;
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
  if (expected.isAiNews === true) wanted.set(`${slug}.html`, fs.readFileSync(source));
}

fs.mkdirSync(flatDir, { recursive: true });
const present = fs.readdirSync(flatDir).filter(f => f.endsWith('.html'));
const stale = present.filter(f => !wanted.has(f) || !fs.readFileSync(path.join(flatDir, f)).equals(wanted.get(f)));
const missing = [...wanted.keys()].filter(f => !present.includes(f));
if (check) {
  for (const f of [...stale, ...missing]) console.log(`  stale: ${f}`);
  console.log(`${stale.length + missing.length ? 'STALE' : 'OK'}: ${wanted.size} AI-news pages in pages-flat`);
  process.exit(stale.length + missing.length ? 1 : 0);
}
for (const f of present) if (!wanted.has(f)) fs.rmSync(path.join(flatDir, f));
for (const [f, bytes] of wanted) fs.writeFileSync(path.join(flatDir, f), bytes);
console.log(`wrote ${wanted.size} pages to ${path.relative(root, flatDir)}`);
