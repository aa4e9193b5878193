import browser from 'webextension-polyfill';
import { benchPage } from './bench-hook';

/**
 * Test builds only (compiled out of every shipped package by the `__TEST__` define): a page may
 * ask, through `window.postMessage`, for its tab id, for the report view of its tab to be opened,
 * or for the in-page benchmark. Answers come back as `{ claimlensTestReply, answer }`.
 */
export function installTestHooks(): void {
  window.addEventListener('message', (e) => {
    if (e.source !== window) return;
    const data = e.data as { claimlensTest?: string; minMs?: unknown } | null;
    const ask = data?.claimlensTest;
    const reply = (payload: object) => window.postMessage({ claimlensTestReply: ask, ...payload }, '*');
    if (ask === 'bench') {
      void benchPage(document, Number(data?.minMs) || 50).then(
        (answer) => reply({ answer }),
        (err: unknown) => reply({ error: String(err) }),
      );
    } else if (ask === 'openReportView' || ask === 'whoAmI') {
      void browser.runtime.sendMessage({ claimlensTest: ask }).then((answer: unknown) => reply({ answer }));
    }
  });
}
