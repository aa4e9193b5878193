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
/** When each tab's last mirror write began (`Date.now()`), and the tabs waiting for their next one. */
const lastWrite = new Map<number, number>();
const waiting = new Set<number>();

/**
 * After a tab's report was mirrored, newer reports of the same tab within this many milliseconds
 * are mirrored once, the newest, at the end of the window. Handing a report to `storage.session`
 * converts it value by value on the worker's thread (about 1.8 ms for an AI-news article, as much
 * as reading it): a page that changes and is read again and again, or the bench's repeated
 * analyses, no longer pays that per report. A tab's first report is written at once, and a worker
 * is stopped only after 30 s idle, far beyond the window.
 */
export const MIRROR_COALESCE_MS = 1_000;

/**
 * Remember a tab's report in memory now and persist it on a later task, so the storage write does
 * not sit in the IPC queue ahead of the answer to the content script. At most one write per tab
 * is under way, and at most one per `MIRROR_COALESCE_MS`: reports that arrive meanwhile (a page
 * that changes, the popup's "analyse anyway") are not each serialised and sent to the browser; the
 * newest is written once the window is over.
 */
export function putReportSoon(tabId: number, report: Report, after?: () => Promise<void>): void {
  memory.set(tabId, report);
  setTimeout(() => {
    void after?.().catch(() => undefined);
    mirrorSoon(tabId);
  }, 0);
}

function mirrorSoon(tabId: number): void {
  if (writing.has(tabId)) return void writing.set(tabId, true);
  if (waiting.has(tabId)) return;
  const wait = (lastWrite.get(tabId) ?? -Infinity) + MIRROR_COALESCE_MS - Date.now();
  if (!(wait > 0)) return void mirror(tabId);
  waiting.add(tabId);
  setTimeout(() => {
    waiting.delete(tabId);
    mirrorSoon(tabId);
  }, wait);
}

async function mirror(tabId: number): Promise<void> {
  writing.set(tabId, false);
  const report = memory.get(tabId); // gone when the tab was dropped meanwhile
  if (report) {
    lastWrite.set(tabId, Date.now());
    await browser.storage.session.set({ [key(tabId)]: report }).catch(() => undefined);
  }
  const newer = writing.get(tabId);
  writing.delete(tabId);
  if (newer && memory.has(tabId)) mirrorSoon(tabId);
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
  lastWrite.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
