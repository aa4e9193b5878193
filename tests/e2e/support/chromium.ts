/**
 * Real Chromium with the built extension loaded: the launcher the demo and the benchmark use too.
 */
export { CHROMIUM, CHROMIUM_FLAGS, launchChromium, tabIdOfPage, tabIdOfReport, type ChromiumSession } from '../../../scripts/lib/chromium.mjs';
