// The two views of the bundled sample that the demo and the store screenshots show: the sample
// article highlighted in a page, and the report view (`popup.html?tab=ID`) of its tab.
// Works with any build (no test hook): the tab is found from the worker's report cache.
import { tabIdOfReport } from './chromium.mjs';

/** Where the sample lives under the static server's `shared` root. */
export const SAMPLE_PATH = '/shared/samples/meta-llm-fr.html';

/** Open the sample in a new page and wait until ClaimLens has highlighted it; resolves to { page, url, tabId }. */
export async function openHighlightedSample(session, base) {
  const url = `${base}${SAMPLE_PATH}`;
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('claimlens-')), null, { timeout: 30_000 });
  const tabId = await tabIdOfReport(session, url);
  return { page, url, tabId };
}

/** Open the report view of `tabId` in a page `width` pixels wide, ready to read. */
export async function openReportView(session, tabId, { width = 420, height = 900 } = {}) {
  const view = await session.context.newPage();
  await view.setViewportSize({ width, height });
  await view.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await view.getByTestId('counts').waitFor();
  return view;
}
