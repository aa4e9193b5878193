// `npm run screenshots`: pictures of ClaimLens at work on the bundled sample, taken in real
// Chromium with the production build (dist/chrome):
//   store/screenshot-sample.png  1280x800  the sample article highlighted by category
//   store/screenshot-popup.png   1280x800  the highlighted article with the popup view beside it
//   docs/sample-highlighted.png, docs/popup.png   the README's two pictures
// The side-by-side shot is composed in the browser from the two others (a data: page, no network).
import fs from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';
import { openHighlightedSample, openReportView } from './lib/sample-views.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const STORE = { width: 1280, height: 800 };
const POPUP_WIDTH = 420;
fs.mkdirSync('store', { recursive: true });
fs.mkdirSync('docs', { recursive: true });

const server = await startStaticServer({ shared: '../shared' });
const session = await launchChromium('dist/chrome', { viewport: STORE });
try {
  const { page, tabId } = await openHighlightedSample(session, server.base);
  // Bring the first claims into view, as a reader would see them.
  await page.evaluate(() => document.querySelector('article p, main p, p')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'store/screenshot-sample.png' });
  fs.copyFileSync('store/screenshot-sample.png', 'docs/sample-highlighted.png');

  const view = await openReportView(session, tabId, { width: POPUP_WIDTH, height: STORE.height });
  await view.screenshot({ path: 'docs/popup.png', fullPage: true });
  const popupTop = await view.screenshot({ clip: { x: 0, y: 0, width: POPUP_WIDTH, height: STORE.height } });

  await page.setViewportSize({ width: STORE.width - POPUP_WIDTH, height: STORE.height });
  const article = await page.screenshot();
  const compose = await session.context.newPage();
  await compose.setViewportSize(STORE);
  const img = (buf, w) => `<img src="data:image/png;base64,${buf.toString('base64')}" width="${w}" height="${STORE.height}">`;
  await compose.setContent(`<body style="margin:0;display:flex;background:#888">${img(article, STORE.width - POPUP_WIDTH)}<div style="box-shadow:-4px 0 12px rgba(0,0,0,.35)">${img(popupTop, POPUP_WIDTH)}</div></body>`);
  await compose.screenshot({ path: 'store/screenshot-popup.png' });
  for (const f of ['store/screenshot-sample.png', 'store/screenshot-popup.png', 'docs/sample-highlighted.png', 'docs/popup.png']) console.log(`${f}  ${(fs.statSync(f).size / 1024).toFixed(0)} KB`);
} finally {
  await session.close();
  await server.close();
}
