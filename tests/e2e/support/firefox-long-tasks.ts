import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Page } from 'puppeteer-core';
import { LONG_TASK_MS } from './long-tasks';

/**
 * Which main-thread long tasks are ClaimLens's, measured in real Firefox, which has no `longtask`
 * timeline and whose profiler is out of reach of a WebDriver BiDi client.
 *
 * Two records of the same clock (`performance.timeOrigin + performance.now()`, which the page and
 * our content script share: checked on every page by {@link checkControls}) are joined:
 *
 * - the page's event loop, seen by a heartbeat installed before any page script (a preload
 *   script): a timer that re-arms itself at once and notes every turn. Between two turns the loop
 *   ran something else; a gap over 50 ms means the page could not have answered input for that long.
 * - ClaimLens's own runs, recorded by the test build's content script (src/content/work-trace.ts):
 *   every entry point of our code (timers, frames, DOM, mutation and extension events, answers of
 *   extension calls) is wrapped to note when a run starts, and the sliced loops note when it
 *   yields. A run whose start or end was not seen is stretched to the page's heartbeat turn before
 *   or after it: the run cannot have gone on past a turn of the page's loop, so its length is never
 *   understated. Runs that touch (ours, back to back, with no turn of the page between) count as one.
 *
 * Our work is bounded by our runs, not by the gaps: a gap is wall time and holds whatever else
 * the loop ran in it (the page's tasks, rendering, GC) and the time the OS took the thread away
 * on a loaded 2-core machine. So the bound is asserted on our runs (none over 50 ms) and on each
 * long gap's share that is ours; a gap long without us (the page's own work) is not ours.
 *
 * The heartbeat needs Firefox's background-tab timer throttling off (the report view is in
 * front while highlights are switched): see {@link PROBE_PREFS}.
 */

/** Firefox preferences the heartbeat needs: unthrottled timers in background tabs, and fine time. */
export const PROBE_PREFS: Record<string, unknown> = {
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'dom.timeout.defer_during_load': false,
  'privacy.reduceTimerPrecision': false,
};

/** Preload script (before any page script): the event-loop heartbeat, top document only. */
export function eventLoopProbe(): void {
  if (window.top !== window) return;
  const setTimer = setTimeout; // the page's scripts may replace any of these later
  const perf = performance;
  const now = perf.now.bind(perf);
  const origin = perf.timeOrigin;
  const turns: number[] = [];
  let n = 0;
  const beat = () => {
    turns[n++] = origin + now();
    setTimer(beat, 0);
  };
  beat();
  (window as unknown as { __clProbe: unknown }).__clProbe = { turns, now: () => origin + now() };
}

/** One run of ClaimLens code as the content script recorded it (see work-trace.ts). */
interface RecordedChunk {
  start: number;
  end: number | null;
  startSeen: boolean;
  endSeen: boolean;
  via: string;
}

/** A run of ClaimLens code on the page's main thread, in the page's clock (epoch ms). */
export interface ClaimlensRun {
  start: number;
  end: number;
  /** Wall time. */
  ms: number;
  /** CPU time of the page's main thread over the run (null when not sampled). */
  cpuMs: number | null;
  /** Entry points that began it; `(stretched)` when a bound was taken from the heartbeat. */
  via: string;
}

/** A heartbeat gap over {@link LONG_TASK_MS}, with the CPU time in it: all, and our runs'. */
export interface LongGap {
  start: number;
  ms: number;
  cpuMs: number | null;
  claimlensMs: number;
  claimlensCpuMs: number | null;
}

/** What one page load showed. */
export interface FirefoxLongTaskFindings {
  runs: ClaimlensRun[];
  longestRun: ClaimlensRun | undefined;
  claimlensMs: number;
  /** Every heartbeat gap over 50 ms. */
  longGaps: LongGap[];
  /** The long gaps that are ClaimLens's: our runs' CPU time in it reaches 50 ms. */
  claimlensGaps: LongGap[];
  heartbeatTurns: number;
}

/** The sampled CPU time of the page's process, and the page's clock minus the sampler's. */
export interface CpuView {
  sampler: CpuSampler;
  pid: number;
  offset: number;
}

/** Ask the content script (test build) for its record of runs, through the test hooks. */
async function recordedChunks(page: Page): Promise<RecordedChunk[]> {
  const json = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no work trace from the content script')), 10_000);
        window.addEventListener('message', function onReply(e: MessageEvent) {
          if ((e.data as { claimlensTestReply?: string } | null)?.claimlensTestReply !== 'workTrace') return;
          window.removeEventListener('message', onReply);
          clearTimeout(timer);
          resolve((e.data as { answer: string }).answer);
        });
        window.postMessage({ claimlensTest: 'workTrace' }, '*');
      }),
  );
  return JSON.parse(json) as RecordedChunk[];
}

async function heartbeat(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const p = (window as unknown as { __clProbe: { turns: number[]; now: () => number } }).__clProbe;
    const out: number[] = [];
    for (let i = 0; i < p.turns.length; i++) out[i] = p.turns[i]!;
    out[out.length] = p.now(); // this read is a turn too
    return out;
  });
}

/** Index of the last turn at or before `t` (-1 when none). */
function lastTurnAtOrBefore(turns: readonly number[], t: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Our recorded runs as closed intervals, stretched to the heartbeat where a bound was not seen, merged where they touch. */
export function claimlensRuns(chunks: readonly RecordedChunk[], turns: readonly number[]): { start: number; end: number; via: string }[] {
  const intervals = chunks.map((c) => {
    const i = lastTurnAtOrBefore(turns, c.start);
    const before = i >= 0 ? turns[i]! : c.start;
    const after = i + 1 < turns.length ? turns[i + 1]! : c.start;
    const start = c.startSeen ? c.start : Math.min(before, c.start);
    const end = c.end ?? Math.max(after, c.start);
    const stretched = !c.startSeen || c.end === null;
    return { start, end, via: stretched ? `${c.via} (stretched)` : c.via };
  });
  intervals.sort((a, b) => a.start - b.start);
  const runs: { start: number; end: number; via: string }[] = [];
  for (const iv of intervals) {
    const last = runs[runs.length - 1];
    if (last && iv.start <= last.end) {
      last.end = Math.max(last.end, iv.end);
      if (!last.via.split(', ').includes(iv.via)) last.via += `, ${iv.via}`;
    } else runs.push({ ...iv });
  }
  return runs;
}

const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);

/**
 * Read both records from the page and attribute, over [since, until] of the page's clock (the
 * heartbeat keeps running). With `cpu`, durations are also counted in CPU time of the page's
 * main thread, and the bound applies to CPU time; without it, to wall time.
 */
export async function collectFirefoxLongTasks(page: Page, cpu: CpuView | null, since = 0, until = Infinity): Promise<FirefoxLongTaskFindings> {
  const inWindow = (t: number) => t >= since && t <= until;
  const chunks = (await recordedChunks(page)).filter((c) => inWindow(c.end ?? c.start));
  const turns = (await heartbeat(page)).filter(inWindow);
  // CPU time cannot exceed wall time: the sampler, itself descheduled at times, may bracket wide.
  const cpuOf = (from: number, to: number) => {
    const sampled = cpu ? cpu.sampler.cpuMs(cpu.pid, from - cpu.offset, to - cpu.offset) : null;
    return sampled === null ? null : Math.min(sampled, to - from);
  };
  const runs: ClaimlensRun[] = claimlensRuns(chunks, turns).map((r) => ({ ...r, ms: r.end - r.start, cpuMs: cpuOf(r.start, r.end) }));
  const gaps: LongGap[] = [];
  for (let i = 1; i < turns.length; i++) {
    const a = turns[i - 1]!;
    const b = turns[i]!;
    if (b - a <= LONG_TASK_MS) continue;
    let wall = 0;
    let ours: number | null = cpu ? 0 : null;
    for (const r of runs) {
      const from = Math.max(a, r.start);
      const to = Math.min(b, r.end);
      if (to <= from) continue;
      wall += to - from;
      if (ours !== null) ours += cpuOf(from, to) ?? to - from;
    }
    gaps.push({ start: a, ms: b - a, cpuMs: cpuOf(a, b), claimlensMs: wall, claimlensCpuMs: ours });
  }
  const cost = (x: { ms: number; cpuMs: number | null }) => x.cpuMs ?? x.ms;
  // A gap may hold several tasks (the page's, rendering, ours): it is ours when our runs in it
  // used 50 ms of CPU. GC inside a run of ours is inside its interval, so it counts as ours.
  const claimlensGaps = gaps.filter((g) => (g.claimlensCpuMs ?? g.claimlensMs) >= LONG_TASK_MS);
  const tidy = <T extends object>(x: T): T => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' && k !== 'start' && k !== 'end' ? round(v) : v])) as T;
  const longestRun = [...runs].sort((x, y) => cost(y) - cost(x))[0];
  return {
    runs: runs.map(tidy),
    longestRun: longestRun && tidy(longestRun),
    claimlensMs: round(runs.reduce((s, r) => s + r.ms, 0))!,
    longGaps: gaps.map(tidy),
    claimlensGaps: claimlensGaps.map(tidy),
    heartbeatTurns: turns.length,
  };
}

/** The page's clock now (epoch ms), to mark the start of a measurement window. */
export function pageClock(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin + performance.now());
}

/** Busy the page's own main thread for `ms` (a long task of the page), returning its window in the page's clock. */
export async function pageBlocks(page: Page, ms = 120): Promise<[number, number]> {
  return page.evaluate((busy: number) => {
    const from = performance.timeOrigin + performance.now();
    while (performance.timeOrigin + performance.now() - from < busy) {
      // the page's own long task
    }
    return [from, performance.timeOrigin + performance.now()] as [number, number];
  }, ms);
}

/** Ask the content script (test build) to hold the main thread for `ms` in a run of its own; the request's window in the page's clock. */
export async function claimlensBlocks(page: Page, ms = 250): Promise<[number, number]> {
  return page.evaluate(
    (busy: number) =>
      new Promise<[number, number]>((resolve) => {
        const from = performance.timeOrigin + performance.now();
        window.addEventListener('message', function onReply(e: MessageEvent) {
          if ((e.data as { claimlensTestReply?: string } | null)?.claimlensTestReply !== 'block') return;
          window.removeEventListener('message', onReply);
          resolve([from, performance.timeOrigin + performance.now()]);
        });
        window.postMessage({ claimlensTest: 'block', ms: busy }, '*');
      }),
    ms,
  );
}

/**
 * CPU time of Firefox's content processes' main threads, sampled from Linux's
 * `/proc/PID/task/PID/schedstat` (nanoseconds on CPU) about every millisecond by a worker thread,
 * with the wall clock (epoch ms, as the page's `timeOrigin + now()`). Wall time on this shared
 * 2-core machine includes the time the OS took the thread away; CPU time does not.
 */
export class CpuSampler {
  readonly #worker: Worker;
  readonly #samples = new Map<number, { t: number[]; cpu: number[] }>();

  constructor(firefoxPid: number) {
    this.#worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const fs = require('node:fs');
      const root = workerData.root;
      const now = () => performance.timeOrigin + performance.now();
      let pids = [];
      let listedAt = -1e9;
      const sleeper = new Int32Array(new SharedArrayBuffer(4));
      // Web content processes of this Firefox (forked by its fork server, a child of the parent).
      const list = () => {
        const parent = new Map();
        const content = [];
        for (const d of fs.readdirSync('/proc')) {
          if (!/^[0-9]+$/.test(d)) continue;
          try {
            const stat = fs.readFileSync('/proc/' + d + '/stat', 'utf8');
            parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
            if (fs.readFileSync('/proc/' + d + '/cmdline', 'utf8').includes('-isForBrowser')) content.push(Number(d));
          } catch {}
        }
        return content.filter((pid) => {
          for (let p = parent.get(pid), k = 0; p && k < 4; p = parent.get(p), k++) if (p === root) return true;
          return false;
        });
      };
      let stop = false;
      parentPort.on('message', (m) => { if (m === 'stop') stop = true; });
      const batch = [];
      const tick = () => {
        for (let i = 0; i < 50 && !stop; i++) {
          const t = now();
          if (t - listedAt > 250) { pids = list(); listedAt = t; }
          for (const pid of pids) {
            try {
              const ns = Number(fs.readFileSync('/proc/' + pid + '/task/' + pid + '/schedstat', 'utf8').split(' ')[0]);
              batch.push(pid, (t + now()) / 2, ns / 1e6);
            } catch {}
          }
          Atomics.wait(sleeper, 0, 0, 1);
        }
        parentPort.postMessage(batch.splice(0));
        if (!stop) setImmediate(tick);
      };
      tick();
      `,
      { eval: true, workerData: { root: firefoxPid } },
    );
    this.#worker.on('message', (batch: number[]) => {
      for (let i = 0; i + 2 < batch.length; i += 3) {
        const pid = batch[i]!;
        let s = this.#samples.get(pid);
        if (!s) this.#samples.set(pid, (s = { t: [], cpu: [] }));
        s.t.push(batch[i + 1]!);
        s.cpu.push(batch[i + 2]!);
      }
    });
  }

  /** Wait for the samples taken so far (sent in batches of 50). */
  async flush(): Promise<void> {
    await new Promise((r) => setTimeout(r, 500));
  }

  /**
   * CPU ms a process's main thread used over [from, to] (Node's clock), counted from the last
   * sample at or before `from` to the first at or after `to`: never less than the truth.
   */
  cpuMs(pid: number, from: number, to: number): number | null {
    const s = this.#samples.get(pid);
    if (!s) return null;
    const i = lastTurnAtOrBefore(s.t, from);
    let j = lastTurnAtOrBefore(s.t, to);
    if (j >= 0 && s.t[j]! < to) j++;
    if (i < 0 || j >= s.t.length) return null;
    return s.cpu[j]! - s.cpu[i]!;
  }

  /**
   * The process busy in every one of `windows` (sampler clock), by its CPU rise over the same
   * length just before each, summed: a page's content process when the windows are blocks run in
   * that page (its own and ours). Another process busy by chance in one window does not win.
   */
  busiestIn(windows: readonly (readonly [number, number])[]): { pid: number; cpuMs: number[] } | null {
    let best: { pid: number; cpuMs: number[]; rise: number } | null = null;
    for (const pid of this.#samples.keys()) {
      const cpuMs: number[] = [];
      let rise = 0;
      for (const [from, to] of windows) {
        const ms = this.cpuMs(pid, from, to);
        if (ms === null) break;
        cpuMs.push(ms);
        rise += ms - (this.cpuMs(pid, from - (to - from), from) ?? 0);
      }
      if (cpuMs.length !== windows.length) continue;
      if (!best || rise > best.rise) best = { pid, cpuMs, rise };
    }
    return best && { pid: best.pid, cpuMs: best.cpuMs };
  }

  async stop(): Promise<void> {
    this.#worker.postMessage('stop');
    await this.#worker.terminate();
  }
}

/** The page's clock minus Node's (ms), from a round trip; both are epoch-based. */
export async function pageClockOffset(page: Page): Promise<number> {
  let best = { spread: Infinity, offset: 0 };
  for (let k = 0; k < 5; k++) {
    const before = performance.timeOrigin + performance.now();
    const t = await pageClock(page);
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.spread) best = { spread: after - before, offset: t - (before + after) / 2 };
  }
  return best.offset;
}

/** Is `fs` usable for the sampler here (Linux with schedstat)? */
export function cpuSamplingAvailable(): boolean {
  return fs.existsSync('/proc/self/schedstat');
}
