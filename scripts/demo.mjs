// The main job (`npm start`): loads the built extension in real Chromium on the bundled sample
// article, prints the claim summary the popup shows, and saves screenshots of the highlighted page
// and of the popup view to out/. Where Chromium is missing, it prints the CLI's reading instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchChromium } from './lib/chromium.mjs';
import { openHighlightedSample, openReportView } from './lib/sample-views.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const SAMPLE = '../shared/samples/meta-llm-fr.html';
const LABELS = ['rumor', 'reported', 'fact', 'opinion'];
fs.mkdirSync('out', { recursive: true });

function printSummary(r) {
  console.log(`${r.title}`);
  console.log(`lang ${r.lang} · AI news ${r.isAiNews} (score ${r.aiScore}) · ${r.claims.length} claims`);
  console.log(LABELS.map((l) => `${l} ${r.counts[l]}`).join(' · '));
  for (const l of LABELS) for (const c of r.claims.filter((c) => c.label === l))
    console.log(`  [${l}] ${c.text.slice(0, 90)}${c.text.length > 90 ? '…' : ''}${c.source ? `  — source: ${c.source}` : ''}${c.cues.length ? `  (${c.cues.join('; ')})` : ''}`);
  if (r.sources.length) console.log(`sources: ${r.sources.map((s) => `${s.name} ×${s.count}`).join(', ')}`);
  console.log(`glossary: ${r.glossary.map((g) => g.term).join(', ')}`);
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`(no Chromium at ${CHROMIUM}: showing the CLI's reading of the sample)`);
  const run = spawnSync('node', ['dist/cli.mjs', 'analyze', SAMPLE], { encoding: 'utf8' });
  if (run.status !== 0) { console.error(run.stderr); process.exit(1); }
  printSummary(JSON.parse(run.stdout));
  process.exit(0);
}

const server = await startStaticServer({ shared: '../shared' });
const session = await launchChromium('dist/chrome', { viewport: { width: 1200, height: 900 } });
try {
  const { page, tabId } = await openHighlightedSample(session, server.base);
  const report = await session.worker.evaluate(async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`], tabId);
  printSummary(report);
  await page.screenshot({ path: 'out/sample-highlighted.png' });
  const view = await openReportView(session, tabId);
  await view.screenshot({ path: 'out/popup.png', fullPage: true });
  console.log(`screenshots: ${path.resolve('out/sample-highlighted.png')}, ${path.resolve('out/popup.png')}`);
} finally {
  await session.close();
  await server.close();
}
