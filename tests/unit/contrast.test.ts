import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, UNDERLINE_STYLE, paletteCss, type PaletteKey } from '../../src/shared/highlight-palettes';

/**
 * Highlight colours stay visible on any page: each underline colour has a contrast of at least
 * 3:1 (WCAG 1.4.11, non-text contrast) against both a white and a black background, in the
 * stylesheet the manifest injects and in the colour-blind palette the content script lays over it;
 * and each category keeps its own underline style, so colour is never the only cue.
 */

const KEYS: PaletteKey[] = ['rumor', 'reported', 'fact', 'opinion', 'term'];

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `{ key: { style, color } }` of the `text-decoration: underline <style> <#colour>` rules in a stylesheet. */
function underlines(css: string): Record<string, { style: string; color: string }> {
  const out: Record<string, { style: string; color: string }> = {};
  for (const m of css.matchAll(/::highlight\(claimlens-([a-z]+)\)\s*\{[^}]*?text-decoration:\s*underline\s+([a-z]+)\s+(#[0-9a-fA-F]{6})/g)) out[m[1]!] = { style: m[2]!, color: m[3]!.toLowerCase() };
  return out;
}

const sheets = {
  'static/highlights.css (standard)': fs.readFileSync('static/highlights.css', 'utf8'),
  'colour-blind palette': paletteCss('colorblind'),
};

describe('highlight colours', () => {
  it('the contrast helper agrees with known WCAG figures', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const [name, css] of Object.entries(sheets)) {
    it(`${name}: every underline has ≥ 3:1 against white and black, and its own style`, () => {
      const found = underlines(css);
      expect(Object.keys(found).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        const { style, color } = found[key]!;
        expect(contrast(color, '#ffffff'), `${key} ${color} on white`).toBeGreaterThanOrEqual(3);
        expect(contrast(color, '#000000'), `${key} ${color} on black`).toBeGreaterThanOrEqual(3);
        expect(style, key).toBe(UNDERLINE_STYLE[key]);
      }
      expect(new Set(KEYS.map((k) => found[k]!.style)).size).toBe(KEYS.length);
    });
  }

  it('the injected stylesheet is the standard palette', () => {
    const found = underlines(sheets['static/highlights.css (standard)']);
    for (const key of KEYS) expect(found[key]!.color, key).toBe(PALETTES.standard[key].line);
  });

  it('the colour-blind palette overrides every highlight, whatever the injection order', () => {
    const css = paletteCss('colorblind');
    for (const key of KEYS) expect(css).toContain(`:root::highlight(claimlens-${key})`);
    expect(paletteCss('standard')).toBe('');
  });
});
