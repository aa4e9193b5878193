import { CLAIM_LABELS, type ClaimLabel } from '../core/types';
import type { HighlightPrefs } from './protocol';

/**
 * Highlight choices remembered per site (hostname), in `storage.local`: the content script reads
 * them at start and follows changes, the popup writes them (see site-prefs-storage). Values are typed from the defaults and
 * a broken stored value falls back to the default for that key only.
 */

/** What a site gets before the reader has chosen anything. */
export const DEFAULT_HIGHLIGHT_PREFS: HighlightPrefs = { enabled: true, hidden: [], terms: false };

/** The storage key of a site's prefs. */
export function sitePrefsKey(hostname: string): string {
  return `site:${hostname || 'local'}`;
}

/** Keep what is valid in a stored value, default the rest. */
export function sanitizeHighlightPrefs(raw: unknown, defaults: HighlightPrefs = DEFAULT_HIGHLIGHT_PREFS): HighlightPrefs {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : defaults.enabled,
    hidden: Array.isArray(r.hidden)
      ? CLAIM_LABELS.filter((l): l is ClaimLabel => (r.hidden as unknown[]).includes(l))
      : [...defaults.hidden],
    terms: typeof r.terms === 'boolean' ? r.terms : defaults.terms,
  };
}
