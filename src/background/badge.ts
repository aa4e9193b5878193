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

/** Show a report's badge on its tab. */
export async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const text = badgeText(report);
  await browser.action.setBadgeText({ tabId, text });
  if (text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setTitle({
      tabId,
      title: t('badgeTitle', [tPlural('rumorCount', report!.counts.rumor), tPlural('claimCount', report!.claims.length)]),
    });
  } else {
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  }
}
