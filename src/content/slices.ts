/**
 * Bounded work on the page's main thread: the content script's loops (extraction, range building)
 * run in slices of at most {@link SLICE_MS}, and between two slices the page gets its thread back
 * (input, rendering, its own scripts), so no task of ours grows long on a huge page.
 */

/** Longest slice of our work before yielding (ms): well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/** Test builds only: told each time a run of our work yields (work-trace.ts measures the runs). */
export const sliceTrace: { yielded?: () => void } = {};

/** Resolve on a fresh task, letting whatever the page queued run first. */
export function nextTask(): Promise<void> {
  if (__TEST__) sliceTrace.yielded?.();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Call `step` until it returns false, yielding to the page whenever the current slice passed
 * {@link SLICE_MS}. `step` does one small unit of work (one child node, one range).
 */
export async function inSlices(step: () => boolean): Promise<void> {
  let t0 = performance.now();
  while (step()) {
    if (performance.now() - t0 > SLICE_MS) {
      await nextTask();
      t0 = performance.now();
    }
  }
}
