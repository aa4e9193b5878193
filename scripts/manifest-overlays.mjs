/**
 * Per-browser manifest overlays, merged over the base `manifest.json` by the build: Chrome runs a
 * service worker, Firefox background scripts and needs its add-on id.
 *
 * Host access: neither overlay adds `host_permissions`. The content script's http/https matches are
 * the only host access ClaimLens asks for; Firefox MV3 counts them as (optional, revocable) host
 * permissions, so `permissions.request` may ask for them again in context (popup and options), and
 * until then `activeTab` + `scripting` read a page when its button is clicked.
 * `data_collection_permissions: none` declares that nothing is collected; Firefox for Android
 * knows that key from 142, hence its own minimum.
 */
export const overlays = {
  chrome: {
    background: { service_worker: 'background.js' },
    minimum_chrome_version: '120',
  },
  firefox: {
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
};
