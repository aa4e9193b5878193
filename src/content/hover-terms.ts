/**
 * Hit testing for highlights. Highlights are not elements, so the mouse never "enters" one: we ask
 * the browser which highlight ranges lie under a point (`CSS.highlights.highlightsFromPoint` where
 * it exists) or where the caret would land there (`caretPositionFromPoint` / `caretRangeFromPoint`),
 * then confirm against the candidate's own line boxes.
 */

/** A point in a text node, as the caret-from-point APIs give it. */
interface Caret {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): Caret | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The ranges of the highlights under the point, or null when the browser cannot tell us. */
function rangesFromPoint(x: number, y: number): Set<unknown> | null {
  const reg = (globalThis as { CSS?: { highlights?: { highlightsFromPoint?: (x: number, y: number) => unknown[] } } }).CSS?.highlights;
  if (typeof reg?.highlightsFromPoint !== 'function') return null;
  const out = new Set<unknown>();
  for (const hit of reg.highlightsFromPoint(x, y)) {
    // Early versions answered bare Highlight objects, without the ranges: use the caret then.
    const ranges = (hit as { ranges?: Iterable<unknown> }).ranges;
    if (!ranges) return null;
    for (const r of ranges) out.add(r);
  }
  return out;
}

/** Which of its line boxes of `range` contains the point, or -1. */
function lineAt(range: Range, x: number, y: number): number {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
  }
  return -1;
}

/**
 * The first of `targets` (so order them by priority: terms before the sentences holding them)
 * whose range is under the viewport point (x, y), with the index of the line box hit.
 */
export function targetAtPoint<T extends { range: Range }>(doc: Document, x: number, y: number, targets: readonly T[]): { target: T; line: number } | null {
  const under = rangesFromPoint(x, y);
  const caret = under ? null : caretAt(doc as CaretDoc, x, y);
  if (!under && !caret) return null;
  for (const target of targets) {
    let near: boolean;
    try {
      near = under ? under.has(target.range) : target.range.isPointInRange(caret!.node, caret!.offset);
    } catch {
      near = false; // a node of another document or a detached one
    }
    if (!near) continue;
    const line = lineAt(target.range, x, y);
    if (line >= 0) return { target, line };
  }
  return null;
}

/**
 * A `mousemove` listener throttled to one check per animation frame, registered only while
 * something on the page can be hovered, so a page without our highlights pays nothing.
 */
export class HoverWatcher {
  private active = false;
  private frame = 0;
  private x = 0;
  private y = 0;
  private over: EventTarget | null = null;

  constructor(private readonly onPoint: (x: number, y: number, over: EventTarget | null) => void) {}

  /** Start or stop listening. */
  setActive(on: boolean): void {
    if (on === this.active) return;
    this.active = on;
    if (on) return addEventListener('mousemove', this.onMove, { passive: true });
    removeEventListener('mousemove', this.onMove);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly onMove = (e: MouseEvent): void => {
    this.x = e.clientX;
    this.y = e.clientY;
    this.over = e.target;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.onPoint(this.x, this.y, this.over);
    });
  };
}
