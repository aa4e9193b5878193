import { CLAIM_LABELS, type ClaimLabel } from '../core/types';
import type { HighlightPrefs } from './protocol';

/**
 * The reader's settings, typed from their defaults (as Refined GitHub's options-storage) and kept
 * in `storage.sync`. A broken or foreign stored value falls back to the default for that key only;
 * older shapes are brought up to date by the migrations in settings-migrations.ts.
 */

/** The palettes the on-page highlights can use (see highlight-palettes.ts). */
export type PaletteName = 'standard' | 'colorblind';
/** Language of glossary definitions: the article's own, or always English / French. */
export type DefinitionLang = 'article' | 'en' | 'fr';

/** The schema version this code writes; bump it and add a migration when the shape changes. */
export const SETTINGS_SCHEMA_VERSION = 2;

/** Every setting with its default: the type of the settings is derived from this object. */
export const DEFAULT_SETTINGS = {
  /** Version of the stored shape, so a future release knows what it reads. */
  schemaVersion: SETTINGS_SCHEMA_VERSION as number,
  /** Analyse AI-news pages automatically; off = only when the toolbar button is clicked. */
  autoDetect: true,
  /** Categories hidden on a site the reader has not configured yet (new sites start from this). */
  defaultHidden: [] as ClaimLabel[],
  /** Underline glossary terms on a site the reader has not configured yet. */
  termsByDefault: false,
  /** Colours of the on-page highlights. */
  palette: 'standard' as PaletteName,
  /** Language the popup shows glossary definitions in. */
  definitionLang: 'article' as DefinitionLang,
  /** Hostnames where ClaimLens stays off (a domain also covers its subdomains). */
  disabledSites: [] as string[],
};

/** The settings as stored and read. */
export type Settings = typeof DEFAULT_SETTINGS;

/**
 * A site as the reader may type it ("https://www.Example.com/news", "example.com.") reduced to a
 * bare lowercase hostname, or '' when it is not one.
 */
export function normalizeSite(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/\.$/, '');
    return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.includes('..') ? host : '';
  } catch {
    return '';
  }
}

/** True when ClaimLens must stay off on `hostname`: it or one of its parent domains is listed. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The highlight prefs a site starts with before the reader chooses anything there. */
export function siteDefaults(settings: Settings): HighlightPrefs {
  return { enabled: true, hidden: [...settings.defaultHidden], terms: settings.termsByDefault };
}

function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): T | undefined => (values.includes(v as T) ? (v as T) : undefined);
}
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** One validator per key: the valid value read from storage, or undefined to take the default. */
const READERS: { [K in keyof Settings]: (v: unknown) => Settings[K] | undefined } = {
  schemaVersion: (v) => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : undefined),
  autoDetect: bool,
  defaultHidden: (v) => (Array.isArray(v) ? CLAIM_LABELS.filter((l) => v.includes(l)) : undefined),
  termsByDefault: bool,
  palette: oneOf<PaletteName>(['standard', 'colorblind']),
  definitionLang: oneOf<DefinitionLang>(['article', 'en', 'fr']),
  disabledSites: (v) =>
    Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter(Boolean))] : undefined,
};

/** Keep each valid stored value, default the others; keys we do not know are ignored. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out = {} as Record<keyof Settings, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const fallback = DEFAULT_SETTINGS[key];
    out[key] = READERS[key](r[key]) ?? (Array.isArray(fallback) ? [...fallback] : fallback);
  }
  return out as Settings;
}
