/**
 * Per-browser manifest overlays, merged over the base `manifest.json` by the build: Chrome runs a
 * service worker, Firefox background scripts and needs its add-on id.
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
    },
  },
};
