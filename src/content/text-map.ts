/**
 * Block text with a map back to the page's text nodes. The analysis works on normalised block
 * text; the highlighter needs DOM positions for a `Range`. This module is the contract between
 * the two. Standard DOM only (`Text.data`), no layout, no globals.
 *
 * Normalisation: every run of whitespace (ASCII whitespace and NBSP) becomes one space, leading and
 * trailing whitespace is dropped, and invisible format characters (soft hyphen, zero-width space and
 * joiners, BOM) are removed. Mapping: each `TextPiece` says that block text
 * `[blockStart, blockStart + length)` is node text `node.data[nodeStart, nodeStart + length)`
 * character for character, where a space standing for a collapsed run maps to the run's *first*
 * whitespace character. Pieces are in block order and cover every character of the block text.
 */

/** One stretch of block text that is a contiguous stretch of one text node. */
export interface TextPiece {
  node: Text;
  nodeStart: number;
  blockStart: number;
  length: number;
}

/** Whitespace runs to collapse, or invisible characters to drop. */
const SPLIT = /[\t\n\f\r \u00a0]+|[\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/**
 * Accumulates the text of one block from successive text nodes. Reused for every block of a page
 * (`reset`) to keep allocations low.
 */
export class BlockTextBuilder {
  #parts: string[] = [];
  pieces: TextPiece[] = [];
  length = 0;
  /** Link characters seen in this block (for link density). */
  linkChars = 0;
  #pendingSpace: { node: Text; offset: number } | null = null;

  /** Appends a text node's data; `inLink` counts its characters as link text. */
  append(node: Text, inLink: boolean): void {
    const data = node.data;
    SPLIT.lastIndex = 0;
    let pos = 0;
    let m: RegExpExecArray | null;
    while (pos < data.length) {
      m = SPLIT.exec(data);
      const end = m ? m.index : data.length;
      if (end > pos) this.#literal(node, pos, end, data, inLink);
      if (!m) break;
      const c = data.charCodeAt(m.index);
      const isSpace = c !== 0xad && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060 && c !== 0xfeff;
      if (isSpace && this.length > 0 && !this.#pendingSpace) this.#pendingSpace = { node, offset: m.index };
      pos = m.index + m[0].length;
    }
  }

  #literal(node: Text, start: number, end: number, data: string, inLink: boolean): void {
    if (this.#pendingSpace) {
      this.#push(this.#pendingSpace.node, this.#pendingSpace.offset, ' ');
      this.#pendingSpace = null;
    }
    this.#push(node, start, data.slice(start, end));
    if (inLink) this.linkChars += end - start;
  }

  #push(node: Text, nodeStart: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.blockStart + last.length === this.length) {
      last.length += text.length;
    } else {
      this.pieces.push({ node, nodeStart, blockStart: this.length, length: text.length });
    }
    this.#parts.push(text);
    this.length += text.length;
  }

  /** The block text so far (already trimmed: trailing whitespace is never emitted). */
  text(): string {
    return this.#parts.join('');
  }

  /** Starts a new block, handing the current pieces over to the caller. */
  reset(): void {
    this.#parts = [];
    this.pieces = [];
    this.length = 0;
    this.linkChars = 0;
    this.#pendingSpace = null;
  }
}

/** Index of the piece holding block offset `offset` (binary search; pieces are sorted). */
function pieceAt(pieces: readonly TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (offset < p.blockStart) hi = mid - 1;
    else if (offset >= p.blockStart + p.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Maps an offset range inside a block back to DOM positions, for building a `Range`
 * (`range.setStart(startNode, startOffset); range.setEnd(endNode, endOffset)`).
 * Returns null for an empty or out-of-bounds range.
 */
export function blockRangeToDom(
  block: { pieces: readonly TextPiece[]; text: string },
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  if (!(start >= 0 && end > start && end <= block.text.length)) return null;
  const a = pieceAt(block.pieces, start);
  const b = pieceAt(block.pieces, end - 1);
  if (a < 0 || b < 0) return null;
  const pa = block.pieces[a]!;
  const pb = block.pieces[b]!;
  return {
    startNode: pa.node,
    startOffset: pa.nodeStart + (start - pa.blockStart),
    endNode: pb.node,
    endOffset: pb.nodeStart + (end - 1 - pb.blockStart) + 1,
  };
}

/**
 * Whitespace normalisation as applied to block text, for callers and tests comparing texts. Only
 * the collapsed space is trimmed (not `String.prototype.trim`'s wider set: a block may start or
 * end with U+2028 or U+3000, which the builder keeps).
 */
export function normalizeBlockText(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]+/g, '').replace(/[\t\n\f\r \u00a0]+/g, ' ').replace(/^ | $/g, '');
}
