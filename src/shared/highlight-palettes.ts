import type { PaletteName } from './settings';

/**
 * The colours of the on-page highlights, per palette. `standard` is the one `static/highlights.css`
 * declares (the manifest injects it with the content script); `colorblind` is Okabe & Ito's set,
 * told apart by people with any common colour-vision deficiency, and is laid over the standard one
 * by the content script (see highlight-palette-sheet.ts). Every underline colour keeps a contrast
 * of at least 3:1 against white and black pages (tests/unit/contrast.test.ts), and each category
 * also has its own underline style, so colour is never the only carrier of meaning.
 */

/** The highlight names a palette colours (a contract: see src/content/highlight-names.ts). */
export type PaletteKey = 'rumor' | 'reported' | 'fact' | 'opinion' | 'term';

/** One colour per highlight: the underline (solid) and the tint behind the text (alpha applied). */
export type Palette = Record<PaletteKey, { line: string; tint: string }>;

/** Each category's underline style, the same in every palette. */
export const UNDERLINE_STYLE: Record<PaletteKey, string> = {
  rumor: 'wavy',
  reported: 'solid',
  fact: 'dotted',
  opinion: 'dashed',
  term: 'double',
};

/** The palettes by name. */
export const PALETTES: Record<PaletteName, Palette> = {
  standard: {
    rumor: { line: '#ea580c', tint: 'rgba(234, 88, 12, 0.22)' },
    reported: { line: '#3b82f6', tint: 'rgba(59, 130, 246, 0.20)' },
    fact: { line: '#059669', tint: 'rgba(16, 185, 129, 0.16)' },
    opinion: { line: '#a855f7', tint: 'rgba(168, 85, 247, 0.20)' },
    term: { line: '#d97706', tint: 'transparent' },
  },
  colorblind: {
    rumor: { line: '#d55e00', tint: 'rgba(213, 94, 0, 0.22)' },
    reported: { line: '#0072b2', tint: 'rgba(0, 114, 178, 0.20)' },
    fact: { line: '#009e73', tint: 'rgba(0, 158, 115, 0.18)' },
    opinion: { line: '#cc79a7', tint: 'rgba(204, 121, 167, 0.24)' },
    term: { line: '#997700', tint: 'transparent' },
  },
};

/**
 * The stylesheet that lays `name` over the standard highlights: `:root::highlight(x)` is more
 * specific than the standard sheet's `::highlight(x)`, so it wins whatever the injection order.
 * Empty for the standard palette (nothing to override).
 */
export function paletteCss(name: PaletteName): string {
  if (name === 'standard') return '';
  const p = PALETTES[name];
  return (Object.keys(p) as PaletteKey[])
    .map((k) => {
      const bg = p[k].tint === 'transparent' ? '' : `background-color: ${p[k].tint}; `;
      return `:root::highlight(claimlens-${k}) { ${bg}text-decoration: underline ${UNDERLINE_STYLE[k]} ${p[k].line}; }`;
    })
    .join('\n');
}
