import { paletteCss } from '../shared/highlight-palettes';
import type { PaletteName } from '../shared/settings';

/**
 * Applies the reader's highlight palette on the page without touching the page's DOM: the
 * palette's rules go into a constructed stylesheet adopted by the document
 * (`document.adoptedStyleSheets`), which adds no node, attribute or class a page could serialise or
 * trip over. (`scripting.insertCSS` from the worker would need host permissions Chrome does not
 * grant for content-script matches; a second set of highlight names would break a public contract.)
 */
export class HighlightPaletteSheet {
  #sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Show `name`: the standard palette removes our sheet, another one adopts (or updates) it. */
  apply(name: PaletteName): void {
    const css = paletteCss(name);
    try {
      if (!css) return this.#remove();
      if (!this.#sheet) {
        this.#sheet = new CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.#sheet];
      }
      this.#sheet.replaceSync(css);
    } catch {
      // A page that forbids constructed sheets keeps the standard palette, which is still readable.
      this.#sheet = null;
    }
  }

  #remove(): void {
    if (!this.#sheet) return;
    const mine = this.#sheet;
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== mine);
    this.#sheet = null;
  }
}
