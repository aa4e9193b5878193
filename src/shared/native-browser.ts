import type Browser from 'webextension-polyfill';

/**
 * The browser's own extension API, standing in for `webextension-polyfill` in the content script
 * (the build aliases the import there): Firefox's `browser` and Chrome's MV3 `chrome` both return
 * promises for every call the content script makes, and our one message listener answers through
 * `sendResponse`, so the polyfill's 10 KB buy nothing in the page's bundle, which has a 40 KB budget.
 */
const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
const api = (g.browser ?? g.chrome) as typeof Browser;
export default api;
