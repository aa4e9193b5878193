/**
 * Functions evaluated inside test pages (they must be self-contained: they are serialised).
 */

/** The ClaimLens highlight names registered on the page, with their range counts. */
export function claimlensHighlights(): Record<string, number> {
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS?.highlights;
  const out: Record<string, number> = {};
  if (!reg) return out;
  for (const [name, h] of reg) if (name.startsWith('claimlens-')) out[name] = h.size;
  return out;
}
