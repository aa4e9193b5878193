import browser, { type Runtime } from 'webextension-polyfill';
import {
  envelope,
  isEnvelope,
  type ContentToBackgroundCalls,
  type ParamsOf,
  type PopupToBackgroundCalls,
  type Result,
  type ReturnOf,
  type ToContentCalls,
} from './protocol';
import type { ParamsChecks } from './validate';

/**
 * The typed transport over `runtime.sendMessage` / `tabs.sendMessage`: callers name a method of a
 * direction's call map and get a typed {@link Result}; receivers register handlers for exactly the
 * methods of their map and a sender check.
 */

type AnyCalls = object;

/** Turn a rejected or malformed reply into an error result, so callers only ever see results. */
function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: 'no answer' };
}

async function send<T>(promise: Promise<unknown>): Promise<Result<T>> {
  try {
    return asResult<T>(await promise);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Call the background worker from a content script. */
export function callBackgroundFromContent<M extends keyof ContentToBackgroundCalls>(
  method: M,
  params: ParamsOf<ContentToBackgroundCalls, M>,
): Promise<Result<ReturnOf<ContentToBackgroundCalls, M>>> {
  return send(browser.runtime.sendMessage(envelope<ContentToBackgroundCalls, M>(method, params)));
}

/** Call the background worker from the popup or another extension page. */
export function callBackgroundFromPopup<M extends keyof PopupToBackgroundCalls>(
  method: M,
  params: ParamsOf<PopupToBackgroundCalls, M>,
): Promise<Result<ReturnOf<PopupToBackgroundCalls, M>>> {
  return send(browser.runtime.sendMessage(envelope<PopupToBackgroundCalls, M>(method, params)));
}

/** Call the content script of a tab (top frame only). */
export function callContent<M extends keyof ToContentCalls>(
  tabId: number,
  method: M,
  params: ParamsOf<ToContentCalls, M>,
): Promise<Result<ReturnOf<ToContentCalls, M>>> {
  return send(browser.tabs.sendMessage(tabId, envelope<ToContentCalls, M>(method, params), { frameId: 0 }));
}

/** Handlers for one direction: each gets its params and the sender, and may be async. */
export type Handlers<Calls extends AnyCalls> = {
  [M in keyof Calls]: (params: ParamsOf<Calls, M>, sender: Runtime.MessageSender) => ReturnOf<Calls, M> | Promise<ReturnOf<Calls, M>>;
};

/** One receiver: the allowed methods, a sender check, a params check per method, and the handlers. */
export interface Receiver<Calls extends AnyCalls> {
  methods: readonly (keyof Calls)[];
  acceptSender: (sender: Runtime.MessageSender) => boolean;
  /** Validators of each method's params (see validate.ts): a handler only ever sees well-formed params. */
  params: ParamsChecks<Calls>;
  handlers: Handlers<Calls>;
}

const warned = new Set<string>();
/** Log an ignored message once per reason, so a noisy page cannot flood the console. */
function warnOnce(reason: string): void {
  if (warned.has(reason)) return;
  warned.add(reason);
  console.warn(`ClaimLens: ignored message (${reason})`);
}

/**
 * Register `runtime.onMessage` synchronously for several receivers. A message that is not ours is
 * left for other listeners; one that is ours but from a sender a receiver does not accept, with
 * an unknown method, or with params its method's validator refuses, is ignored and logged once. Answers go through `sendResponse` (and `return
 * true`), which Chrome's native API, Firefox's and the polyfill all honour.
 */
export function serve(receivers: readonly Receiver<AnyCalls>[]): void {
  browser.runtime.onMessage.addListener(((msg: unknown, sender: Runtime.MessageSender, sendResponse: (r: Result<unknown>) => void) => {
    if (typeof msg !== 'object' || msg === null || (msg as { claimlens?: unknown }).claimlens !== 1) return undefined;
    for (const r of receivers) {
      if (!isEnvelope(msg, r.methods)) continue;
      if (!r.acceptSender(sender)) {
        warnOnce(`bad sender: ${msg.method as string}`);
        return undefined;
      }
      if (!(r.params as Record<string, (p: unknown) => boolean>)[msg.method as string]!(msg.params)) {
        warnOnce(`bad params: ${msg.method as string}`);
        return undefined;
      }
      const handler = (r.handlers as Record<string, (p: unknown, s: Runtime.MessageSender) => unknown>)[msg.method as string]!;
      Promise.resolve()
        .then(() => handler(msg.params, sender))
        .then(
          (value) => sendResponse({ ok: true, value }),
          (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
      return true;
    }
    warnOnce('unknown method');
    return undefined;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
