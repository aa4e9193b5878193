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

/** The name of the content script's port to the worker; `serveContentPort` accepts no other. */
export const CONTENT_PORT = 'claimlens';

/** One call on the content port and its answer: `id` pairs them. */
export interface PortCall { id: number; msg: unknown }
/** The answer to a {@link PortCall}. */
export interface PortAnswer { id: number; result: Result<unknown> }

let contentPort: Runtime.Port | undefined;
let lastCallId = 0;
/** Calls sent and not yet answered: the port each went on, and what to send again if it closes. */
const waiting = new Map<number, { port: Runtime.Port; msg: unknown; done: (r: Result<unknown>) => void; retries: number }>();

/**
 * The content script's one long-lived port to the worker, opened on its first call. A
 * `runtime.sendMessage` opens and closes a channel per call (about 2 ms of browser IPC per
 * analysis); a port pays for that once. When the port closes (the worker was stopped, the page
 * went into the back-forward cache) the calls it carried are sent again on a new one, once.
 */
function portToWorker(): Runtime.Port {
  if (contentPort) return contentPort;
  const port = (contentPort = browser.runtime.connect({ name: CONTENT_PORT }));
  port.onMessage.addListener((answer: unknown) => {
    const { id, result } = answer as PortAnswer;
    const call = waiting.get(id);
    waiting.delete(id);
    call?.done(asResult(result));
  });
  port.onDisconnect.addListener(() => {
    if (contentPort === port) contentPort = undefined;
    for (const [id, call] of waiting) {
      if (call.port !== port) continue;
      waiting.delete(id);
      postCall(call.msg, call.done, call.retries - 1);
    }
  });
  return port;
}

function postCall(msg: unknown, done: (r: Result<unknown>) => void, retries: number): void {
  if (retries < 0) return done({ ok: false, error: 'port closed' });
  const id = ++lastCallId;
  try {
    const port = portToWorker();
    waiting.set(id, { port, msg, done, retries });
    port.postMessage({ id, msg } satisfies PortCall);
  } catch {
    // A port closed before we heard of it: a new one.
    waiting.delete(id);
    contentPort = undefined;
    postCall(msg, done, retries - 1);
  }
}

/** Call the background worker from a content script (over the content port). */
export function callBackgroundFromContent<M extends keyof ContentToBackgroundCalls>(
  method: M,
  params: ParamsOf<ContentToBackgroundCalls, M>,
): Promise<Result<ReturnOf<ContentToBackgroundCalls, M>>> {
  return new Promise((resolve) => postCall(envelope<ContentToBackgroundCalls, M>(method, params), resolve as (r: Result<unknown>) => void, 1));
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
 * The answer of the first receiver whose methods include `msg`'s, or undefined when `msg` is not
 * ours or is refused (a sender the receiver does not accept, an unknown method, params its
 * method's validator refuses: ignored and logged once). Shared by `serve` and `serveContentPort`.
 */
function dispatch(receivers: readonly Receiver<AnyCalls>[], msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
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
    return Promise.resolve()
      .then(() => handler(msg.params, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (e: unknown): Result<unknown> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  }
  warnOnce('unknown method');
  return undefined;
}

/**
 * Register `runtime.onMessage` synchronously for several receivers. A message that is not ours is
 * left for other listeners; one that is ours but refused is ignored (see `dispatch`). Answers go
 * through `sendResponse` (and `return true`), which Chrome's native API, Firefox's and the polyfill
 * all honour.
 */
export function serve(receivers: readonly Receiver<AnyCalls>[]): void {
  browser.runtime.onMessage.addListener(((msg: unknown, sender: Runtime.MessageSender, sendResponse: (r: Result<unknown>) => void) => {
    const answer = dispatch(receivers, msg, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

/** Test builds: time spent in the worker on port calls, from the message to its answer posted (the bench reads it). */
export const portHandling = { ms: 0, calls: 0 };

/**
 * Register `runtime.onConnect` (synchronously, in the worker) for content scripts' ports: each call
 * on a port goes through the same checks as a message (`dispatch`, with the port's sender), and is
 * answered on the port with its id. A port of another name is left alone; one whose sender
 * `receiver` does not accept is closed.
 */
export function serveContentPort(receiver: Receiver<ContentToBackgroundCalls>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CONTENT_PORT) return;
    const sender = port.sender;
    if (!sender || !receiver.acceptSender(sender)) {
      warnOnce('bad sender: port');
      port.disconnect();
      return;
    }
    port.onMessage.addListener((call: unknown) => {
      const t0 = __TEST__ ? performance.now() : 0;
      const { id, msg } = (call ?? {}) as Partial<PortCall>;
      if (typeof id !== 'number') return;
      // A refused call is answered too (as sendMessage's caller learns that no one answered).
      const refused: Result<unknown> = { ok: false, error: 'no answer' };
      void (dispatch([receiver as Receiver<AnyCalls>], msg, sender) ?? Promise.resolve(refused)).then((result) => {
        try {
          port.postMessage({ id, result } satisfies PortAnswer);
        } catch {
          // The page went away before its answer: nothing to tell.
        }
        if (__TEST__) (portHandling.ms += performance.now() - t0), portHandling.calls++;
      });
    });
  });
}
