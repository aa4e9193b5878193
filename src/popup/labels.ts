import type { ClaimLabel } from '../core/types';

/** Colour swatch of each category in the popup: the same hues as the page highlights. */
export const LABEL_SWATCH: Record<ClaimLabel, string> = {
  rumor: 'var(--c-rumor)',
  reported: 'var(--c-reported)',
  fact: 'var(--c-fact)',
  opinion: 'var(--c-opinion)',
};
