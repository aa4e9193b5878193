
/**
 * The reader's settings, typed from their defaults (as Refined GitHub's options-storage) and kept
 * in `storage.sync`. A broken or foreign stored value falls back to the default for that key only.
 */

/** Every setting with its default: the type of the settings is derived from this object. */
export const DEFAULT_SETTINGS = {
  /** Analyse AI-news pages automatically; off = only when the toolbar button is clicked. */
  autoDetect: true,
  /** Hostnames where ClaimLens stays off. */
  disabledSites: [] as string[],
};

/** The settings as stored and read. */
export type Settings = typeof DEFAULT_SETTINGS;

/** Keep each valid stored value, default the others. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    autoDetect: typeof r.autoDetect === 'boolean' ? r.autoDetect : DEFAULT_SETTINGS.autoDetect,
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string') : [...DEFAULT_SETTINGS.disabledSites],
  };
}
