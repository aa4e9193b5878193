import type { BrowserContext, Worker } from 'playwright-core';
/** Where Debian installs Chromium. */
export const CHROMIUM: string;
/** Flags for this offline machine. */
export const CHROMIUM_FLAGS: string[];
/** A Chromium session with the extension, its id and its service worker. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}
/** Launch Chromium with the unpacked extension at `extensionDir`. */
export function launchChromium(extensionDir: string, options?: { extraArgs?: string[]; viewport?: { width: number; height: number } }): Promise<ChromiumSession>;
/** The tab id of a page, through the test-build hook. */
export function tabIdOfPage(page: import('playwright-core').Page): Promise<number>;
/** The tab whose cached report is of `url`. */
export function tabIdOfReport(session: ChromiumSession, url: string): Promise<number>;
