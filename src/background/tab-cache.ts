import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';

/**
 * Reports per tab, kept in memory and mirrored to `storage.session`, so a worker that the browser
 * stopped while idle still answers the popup after it is woken up again.
 */

function key(tabId: number): string {
  return `report:${tabId}`;
}

const memory = new Map<number, Report>();
/** Tabs with a mirror write under way, each with whether a newer report has come since it began. */
const writing = new Map<number, boolean>();

/**
 * Remember a tab's report in memory now and persist it on a later task, so the storage write does
 * not sit in the IPC queue ahead of the answer to the content script. At most one write per tab
 * is under way: reports that arrive meanwhile (a page that changes, the popup's "analyse anyway")
 * are not each serialised and sent to the browser; the newest is written once it is done.
 */
export function putReportSoon(tabId: number, report: Report, after?: () => Promise<void>): void {
  memory.set(tabId, report);
  setTimeout(() => {
    void after?.().catch(() => undefined);
    if (writing.has(tabId)) writing.set(tabId, true);
    else void mirror(tabId);
  }, 0);
}

async function mirror(tabId: number): Promise<void> {
  do {
    writing.set(tabId, false);
    const report = memory.get(tabId); // gone when the tab was dropped meanwhile
    if (!report) break;
    await browser.storage.session.set({ [key(tabId)]: report }).catch(() => undefined);
  } while (writing.get(tabId));
  writing.delete(tabId);
}

/** A tab's report, from memory or, after a worker restart, from session storage. */
export async function getReport(tabId: number): Promise<Report | null> {
  const hot = memory.get(tabId);
  if (hot) return hot;
  const got = await browser.storage.session.get(key(tabId));
  const cold = got[key(tabId)] as Report | undefined;
  if (cold && typeof cold === 'object' && Array.isArray(cold.claims)) {
    memory.set(tabId, cold);
    return cold;
  }
  return null;
}

/** Forget a tab's report (closed, or navigated elsewhere). */
export async function dropReport(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
