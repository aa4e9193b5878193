import browser from 'webextension-polyfill';
import { sliceTrace } from './slices';

/**
 * Test builds only (every caller is behind `__TEST__`, so shipped bundles hold none of this): a
 * record of when ClaimLens code runs on the page's main thread, so that the Firefox suite, which
 * has no `longtask` timeline, can tell our tasks from the page's (see
 * tests/e2e/support/firefox-long-tasks.ts).
 *
 * A chunk is one synchronous run of our code. It starts at an entry point of this content script
 * (a timer, animation frame, mutation, DOM event or extension event callback, or the answer of an
 * extension API call, all wrapped here once, before any listener is registered), and ends where
 * our code yields to the event loop: at {@link nextTask} (slices.ts reports it), exactly. A chunk
 * whose end is not seen (one that ends by awaiting the worker, or by returning from a listener)
 * stays open and the test closes it at the page's next event-loop turn, so its length can only be
 * overstated. Times are `performance.timeOrigin + performance.now()`: the page's clock, whatever
 * world reads it.
 */

/** One synchronous run of ClaimLens code; `end` null when the run's end was not seen. */
export interface WorkChunk {
  start: number;
  end: number | null;
  /** False when the run began before `start` (at the task's start, not seen by us). */
  startSeen: boolean;
  /** True when the end was seen where our code yielded; false when it came from the microtask trail. */
  endSeen: boolean;
  via: string;
}

const chunks: WorkChunk[] = [];
let open: WorkChunk | null = null;

const now = (): number => performance.timeOrigin + performance.now();

/**
 * Microtask hops the end marker makes behind our code: each hop queues itself behind whatever
 * our callback and its continuations queued meanwhile, so the last hop runs after any async
 * continuation up to this many awaits deep (ours go a handful deep, and the deeper ones end at
 * {@link nextTask}, which is seen exactly).
 */
const TRAIL_HOPS = 32;

/** Note, microtask after microtask, the latest time `chunk` may still be running in this task. */
function trail(chunk: WorkChunk, hops = TRAIL_HOPS): void {
  queueMicrotask(() => {
    if (chunk.endSeen) return;
    chunk.end = now();
    if (hops > 1) trail(chunk, hops - 1);
  });
}

/** Our code starts running (a callback of ours was entered). */
function enter(via: string): void {
  if (open) chunks.push(open); // ended where its trail last saw it (or the test closes it)
  open = { start: now(), end: null, startSeen: true, endSeen: false, via };
  trail(open);
}

/** Our code yields to the event loop. */
function leave(): void {
  const t = now();
  if (open) {
    open.end = t;
    open.endSeen = true;
    chunks.push(open);
  } else chunks.push({ start: t, end: t, startSeen: false, endSeen: true, via: 'unseen' });
  open = null;
}

/** `fn` recording a chunk start each time it is called (the same wrapper for the same function). */
const wrapped = new WeakMap<object, unknown>();
function traced<F>(fn: F, via: string): F {
  if (typeof fn !== 'function') return fn;
  let w = wrapped.get(fn) as F | undefined;
  if (!w) {
    w = function (this: unknown, ...args: unknown[]) {
      enter(via);
      return (fn as (...a: unknown[]) => unknown).apply(this, args);
    } as F;
    wrapped.set(fn, w);
  }
  return w;
}

type Target = Record<string, unknown>;

/** Replace `obj[name]` (a function) with `make(original)`; quietly skipped where the browser refuses. */
function patch(obj: unknown, name: string, make: (orig: (...a: unknown[]) => unknown) => unknown): void {
  const target = obj as Target | undefined;
  const orig = target?.[name];
  if (typeof orig !== 'function') return;
  try {
    Object.defineProperty(target, name, { value: make(orig as (...a: unknown[]) => unknown), configurable: true, writable: true });
  } catch {
    // A frozen API object: its callbacks then show up only through the chunks around them.
  }
}

function wrapCallbackArg(obj: unknown, name: string, via: string): void {
  patch(obj, name, (orig) =>
    function (this: unknown, cb: unknown, ...rest: unknown[]) {
      return orig.call(this, traced(cb, via), ...rest);
    },
  );
}

function wrapAnswer(obj: unknown, name: string): void {
  patch(obj, name, (orig) =>
    function (this: unknown, ...args: unknown[]) {
      return (orig.apply(this, args) as Promise<unknown>).then(
        (v) => (enter(`answer:${name}`), v),
        (e: unknown) => {
          enter(`answer:${name}`);
          throw e;
        },
      );
    },
  );
}

function wrapExtensionEvent(event: unknown): void {
  wrapCallbackArg(event, 'addListener', 'extension-event');
  wrapCallbackArg(event, 'removeListener', 'extension-event');
}

/** Wrap every entry point of the content script; call before any of them is used. */
export function installWorkTrace(): void {
  // Firefox: `globalThis` is the content script's sandbox, `window` the page's window seen
  // through Xrays (bare calls resolve on the first); Chromium: both are the isolated world's window.
  for (const g of new Set<unknown>([globalThis, window])) {
    wrapCallbackArg(g, 'setTimeout', 'timer');
    wrapCallbackArg(g, 'requestAnimationFrame', 'frame');
    for (const name of ['addEventListener', 'removeEventListener']) {
      patch(g, name, (orig) =>
        function (this: unknown, type: unknown, cb: unknown, ...rest: unknown[]) {
          return orig.call(this, type, traced(cb, `event:${String(type)}`), ...rest);
        },
      );
    }
    const Observer = (g as { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (Observer) {
      patch(g, 'MutationObserver', () => function (cb: MutationCallback) {
        return new Observer(traced(cb, 'mutation'));
      });
    }
  }
  wrapExtensionEvent(browser.runtime.onMessage);
  wrapAnswer(browser.runtime, 'sendMessage');
  // The worker's answers arrive on a long-lived port (shared/messaging.ts): trace its listeners too.
  patch(browser.runtime, 'connect', (orig) =>
    function (this: unknown, ...args: unknown[]) {
      const port = orig.apply(this, args) as { onMessage: unknown; onDisconnect: unknown };
      wrapCallbackArg(port.onMessage, 'addListener', 'port-message');
      wrapCallbackArg(port.onDisconnect, 'addListener', 'port-disconnect');
      return port;
    },
  );
  // Storage a task later, as the content script first uses it (index.ts starts its session on a
  // timer queued after this one): touching browser.storage costs Firefox several milliseconds the
  // first time, which the script's own first run does not pay either.
  setTimeout(() => {
    wrapExtensionEvent(browser.storage.onChanged);
    for (const area of [browser.storage.local, browser.storage.sync]) for (const m of ['get', 'set']) wrapAnswer(area, m);
  });
  sliceTrace.yielded = leave;
  // The script's own evaluation: test builds note its first instant (scripts/build.mjs, banner).
  const began = (globalThis as { __claimlensScriptStart?: number }).__claimlensScriptStart;
  open = { start: began ?? now(), end: null, startSeen: began !== undefined, endSeen: false, via: 'script' };
  trail(open);
}

/** The chunks so far (the open one included), for the test hooks. */
export function workChunks(): WorkChunk[] {
  return open ? [...chunks, open] : chunks.slice();
}

/** Control for the tests: hold the main thread in a chunk of ours for `ms`, as a regression would. */
export function blockFor(ms: number): void {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    // busy on purpose
  }
}
