import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';
import { t, tPlural } from '../shared/i18n';

/**
 * The toolbar badge: the count of rumors on an AI-news article, nothing elsewhere.
 */

/** Badge colour: the rumor highlight's hue, dark enough for the white digits. */
export const BADGE_COLOR = '#b45309';

/** Text the badge shows for a report: the rumor count on an analysed AI-news article, else empty. */
export function badgeText(report: Report | null): string {
  if (!report || report.status !== 'ok') return '';
  return String(report.counts.rumor);
}

/**
 * What each tab's badge was last set to, as the badge text and the claim count its title is made
 * of, so an unchanged badge costs neither a call nor its strings (the plural title built an
 * `Intl.PluralRules` per report: in a profile of the bench, 0.5 s against 1.8 s of analyses).
 */
const shown = new Map<number, string>();

/**
 * The badge colour, set once for every tab when the worker starts rather than per tab on every
 * report (it never differs between tabs).
 */
export function initBadgeColor(): void {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
}

/** Show a report's badge on its tab (no call to the browser when it already shows exactly that). */
export async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const text = badgeText(report);
  // The title is a function of the text (the rumor count) and the claim count.
  const state = text ? `${text}\n${report!.claims.length}` : '';
  if (shown.get(tabId) === state) return;
  shown.set(tabId, state);
  const title = text
    ? t('badgeTitle', [tPlural('rumorCount', report!.counts.rumor), tPlural('claimCount', report!.claims.length)])
    : t('actionTitle');
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
  } catch (e) {
    shown.delete(tabId); // not shown after all: the next report tries again
    throw e;
  }
}

/** Forget what a tab's badge shows (the tab is gone, or its new document starts without a badge). */
export function forgetBadge(tabId: number): void {
  shown.delete(tabId);
}
