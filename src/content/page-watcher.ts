/**
 * Notices when a page has changed enough to deserve another reading: a single-page site that swaps
 * the article (History API navigation) or an article whose body arrives late. A MutationObserver
 * only arms a timer; the callback runs once the page has been quiet for `quietMs` (or, on a page
 * that never stops mutating, once `maxWaitMs` has passed), and a budget of checks keeps a restless
 * page from costing anything after a while. The caller decides whether the text really changed.
 */

/** Named limits of the watcher. */
export interface WatchLimits {
  /** Quiet time after the last mutation before the page counts as settled. */
  quietMs: number;
  /** Longest wait on a page that keeps mutating (a ticker) before checking anyway. */
  maxWaitMs: number;
  /** Checks allowed per URL; a new URL gets a fresh budget. */
  maxChecksPerUrl: number;
}

/** Defaults: settle after 600 ms of quiet, check a restless page every 3 s, at most 12 checks per URL. */
export const DEFAULT_WATCH_LIMITS: WatchLimits = { quietMs: 600, maxWaitMs: 3_000, maxChecksPerUrl: 12 };

/** Why the page is worth another look. */
export type SettleReason = 'url-changed' | 'mutated';

/** Watches one document; `onSettled` is never called twice at once and never after `stop()`. */
export class PageWatcher {
  #observer: MutationObserver | null = null;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  #maxTimer: ReturnType<typeof setTimeout> | undefined;
  #url: string;
  #checks = 0;
  #running = false;
  /** The URL of the last check, to tell a navigation from a mutation. */
  #lastSeenUrl: string;
  #limits: WatchLimits;

  constructor(
    private readonly doc: Document,
    private readonly onSettled: (reason: SettleReason) => Promise<void>,
    limits: Partial<WatchLimits> = {},
  ) {
    this.#limits = { ...DEFAULT_WATCH_LIMITS, ...limits };
    this.#url = doc.location?.href ?? '';
    this.#lastSeenUrl = this.#url;
  }

  /** Start observing the body (or the root when there is no body yet). */
  start(): void {
    const target = this.doc.body ?? this.doc.documentElement;
    if (!target || this.#observer) return;
    this.#observer = new MutationObserver(() => this.#arm());
    this.#observer.observe(target, { childList: true, subtree: true, characterData: true });
    // History navigation without DOM changes still shows up at the next mutation or popstate.
    globalThis.addEventListener?.('popstate', this.#onPopState);
  }

  /** Stop observing and drop pending checks. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#quietTimer);
    clearTimeout(this.#maxTimer);
    this.#maxTimer = undefined;
    globalThis.removeEventListener?.('popstate', this.#onPopState);
  }

  #onPopState = (): void => this.#arm();

  #arm(): void {
    const url = this.doc.location?.href ?? '';
    if (url !== this.#url) {
      this.#url = url;
      this.#checks = 0;
    }
    if (this.#checks >= this.#limits.maxChecksPerUrl) return;
    clearTimeout(this.#quietTimer);
    this.#quietTimer = setTimeout(() => this.#fire(), this.#limits.quietMs);
    this.#maxTimer ??= setTimeout(() => this.#fire(), this.#limits.maxWaitMs);
  }

  #fire(): void {
    clearTimeout(this.#quietTimer);
    clearTimeout(this.#maxTimer);
    this.#maxTimer = undefined;
    if (this.#running || !this.#observer) return;
    this.#checks++;
    this.#running = true;
    const reason: SettleReason = this.#lastSeenUrl === this.#url ? 'mutated' : 'url-changed';
    this.#lastSeenUrl = this.#url;
    void this.onSettled(reason).finally(() => {
      this.#running = false;
    });
  }
}

/** A cheap fingerprint of an article's text (FNV-1a over the block texts), to skip unchanged pages. */
export function textFingerprint(blocks: readonly { text: string }[]): string {
  let h = 0x811c9dc5;
  let n = 0;
  for (const b of blocks) {
    const t = b.text;
    n += t.length;
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x0a;
  }
  return `${n}:${(h >>> 0).toString(36)}`;
}
