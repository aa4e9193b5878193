import browser, { type Runtime } from 'webextension-polyfill';
import { buildReport } from '../core/report/build-report';
import { callContent, portHandling, serve, serveContentPort, type Receiver } from '../shared/messaging';
import {
  CONTENT_TO_BACKGROUND,
  POPUP_TO_BACKGROUND,
  type ContentToBackgroundCalls,
  type PopupToBackgroundCalls,
  type TabReport,
} from '../shared/protocol';
import { CONTENT_TO_BACKGROUND_PARAMS, POPUP_TO_BACKGROUND_PARAMS } from '../shared/validate';
import { loadSettings } from '../shared/settings-storage';
import { forgetBadge, initBadgeColor, showBadge } from './badge';
import { runCommand } from './commands';
import { reportForPage, reportFromPage } from './report-transport';
import { searchGlossaryHandler } from './glossary-search';
import { dropReport, getReport, putReportSoon } from './tab-cache';

/**
 * The background worker: analyses the articles content scripts send, caches each tab's report,
 * keeps the badge, and answers the popup. Every listener is registered synchronously at the top
 * level so a worker woken up by an event finds them in place.
 */

const extensionOrigin = browser.runtime.getURL('');

/** Content messages come from a tab's top frame of our own extension. */
function isOurContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.tab && typeof sender.tab.id === 'number' && (sender.frameId ?? 0) === 0 && !(sender.url ?? '').startsWith(extensionOrigin);
}

/** Popup messages come from one of our extension pages. */
function isOurPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(extensionOrigin);
}

async function analyzeInTab(tabId: number, force: boolean): Promise<TabReport> {
  let answer = await callContent(tabId, 'analyzeNow', { force });
  if (!answer.ok) {
    // No content script there yet (automatic detection off, or a tab opened before install): inject it.
    try {
      await browser.scripting.insertCSS({ target: { tabId }, files: ['highlights.css'] });
      await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    } catch {
      return { tabId, report: null, status: 'unreachable' };
    }
    answer = await callContent(tabId, 'analyzeNow', { force });
  }
  if (!answer.ok) return { tabId, report: null, status: 'unreachable' };
  return { tabId, report: answer.value && reportFromPage(answer.value), status: 'ready' };
}

/** Test builds only: time spent in `buildReport` (the bench reads it to split a round trip). */
const reading = { ms: 0, calls: 0 };

const contentReceiver: Receiver<ContentToBackgroundCalls> = {
  methods: CONTENT_TO_BACKGROUND,
  acceptSender: isOurContentScript,
  params: CONTENT_TO_BACKGROUND_PARAMS,
  handlers: {
    async analyzeArticle(params, sender) {
      const tabId = sender.tab!.id!;
      const t0 = __TEST__ ? performance.now() : 0;
      const report = buildReport(params.article, { force: params.force });
      if (__TEST__) (reading.ms += performance.now() - t0), reading.calls++;
      // Answer first: the memory cache is set now, the session copy and the badge on a later task.
      putReportSoon(tabId, report, () => showBadge(tabId, report));
      return reportForPage(report);
    },
  },
};

const popupReceiver: Receiver<PopupToBackgroundCalls> = {
  methods: POPUP_TO_BACKGROUND,
  acceptSender: isOurPage,
  params: POPUP_TO_BACKGROUND_PARAMS,
  handlers: {
    async getTabReport({ tabId }) {
      const report = await getReport(tabId);
      if (report) return { tabId, report, status: 'ready' };
      return analyzeInTab(tabId, false);
    },
    async analyzeTab({ tabId, force }) {
      return analyzeInTab(tabId, force);
    },
    searchGlossary: searchGlossaryHandler,
  },
};

serve([contentReceiver, popupReceiver] as Receiver<object>[]);
// Content scripts call over one long-lived port each (see `callBackgroundFromContent`).
serveContentPort(contentReceiver);

browser.commands.onCommand.addListener((command, tab) => {
  void runCommand(command, tab);
});

// Stored settings of an older schema are migrated once, when the extension is installed or updated,
// so the content script can read them without carrying the migrations.
browser.runtime.onInstalled.addListener(() => {
  void loadSettings();
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetBadge(tabId);
  void dropReport(tabId);
});

initBadgeColor();

browser.tabs.onUpdated.addListener((tabId, change) => {
  // The browser resets a tab's badge when it loads a document (a reload too): set it again next time.
  if (change.status === 'loading') forgetBadge(tabId);
  // A new document in the tab: its old report no longer describes it.
  if (change.status === 'loading' && change.url) {
    void dropReport(tabId);
    void showBadge(tabId, null);
  }
});

if (__TEST__) {
  // Test builds only: a page may ask for its own tab id, or for the report view of its tab to be
  // opened in a new tab, because Firefox's WebDriver BiDi cannot navigate to moz-extension:// URLs,
  // or for a keyboard command to run in its tab, because headless browsers cannot press shortcuts.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    const ask = (msg as { claimlensTest?: string } | null)?.claimlensTest;
    const tabId = sender.tab?.id;
    if (!ask || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    if (ask === 'whoAmI') return Promise.resolve(tabId);
    if (ask === 'readingTime') return Promise.resolve({ ...reading, handlingMs: portHandling.ms });
    if (ask === 'openReportView') return browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`), active: false }).then((t) => t.id);
    // The same path as commands.onCommand, for the sender's tab.
    if (ask === 'command') return runCommand(String((msg as { name?: unknown }).name), sender.tab);
    return undefined;
  });
}
