import browser from 'webextension-polyfill';
import { benchPage } from './bench-hook';
import { blockFor, installWorkTrace, workChunks } from './work-trace';

// Before index.ts registers a single listener: the work trace wraps the entry points they use.
if (__TEST__) installWorkTrace();

/**
 * Test builds only (compiled out of every shipped package by the `__TEST__` define): a page may
 * ask, through `window.postMessage`, for its tab id, for the report view of its tab to be opened,
 * for the in-page benchmark, for the record of ClaimLens's runs on its main thread (`workTrace`,
 * see work-trace.ts), or for a deliberate long run of ours (`block`, the control that proves the
 * measurement sees one). Answers come back as `{ claimlensTestReply, answer }`.
 */
export function installTestHooks(): void {
  window.addEventListener('message', (e) => {
    if (e.source !== window) return;
    const data = e.data as { claimlensTest?: string; minMs?: unknown; ms?: unknown } | null;
    const ask = data?.claimlensTest;
    const reply = (payload: object) => window.postMessage({ claimlensTestReply: ask, ...payload }, '*');
    if (ask === 'bench') {
      void benchPage(document, Number(data?.minMs) || 50).then(
        (answer) => reply({ answer }),
        (err: unknown) => reply({ error: String(err) }),
      );
    } else if (ask === 'openReportView' || ask === 'whoAmI') {
      void browser.runtime.sendMessage({ claimlensTest: ask }).then((answer: unknown) => reply({ answer }));
    } else if (ask === 'workTrace') {
      reply({ answer: JSON.stringify(workChunks()) });
    } else if (ask === 'block') {
      blockFor(Number(data?.ms) || 0);
      reply({ answer: true });
    }
  });
}
