import browser, { type Tabs } from 'webextension-polyfill';
import { callContent } from '../shared/messaging';

/**
 * The extension's keyboard commands (manifest `commands`): the worker relays each to the active
 * tab's content script, which knows the page's highlights. Test builds call the same function
 * because headless browsers cannot press extension shortcuts.
 */

/** The command names declared in manifest.json. */
export type CommandName = 'toggle-highlights' | 'step-next' | 'step-prev';

/** True for one of our command names. */
export function isCommandName(name: unknown): name is CommandName {
  return name === 'toggle-highlights' || name === 'step-next' || name === 'step-prev';
}

/**
 * Run a command in `tab` (or the active tab of the current window). Answers the content script's
 * value (step: found something; toggle: highlights now on), or null when no content script answered.
 */
export async function runCommand(name: string, tab?: Tabs.Tab): Promise<boolean | null> {
  if (!isCommandName(name)) return null;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  const answer =
    name === 'toggle-highlights'
      ? await callContent(tabId, 'toggleHighlights', {})
      : await callContent(tabId, 'step', { direction: name === 'step-next' ? 'next' : 'prev' });
  // A tab without our content script (a browser page, or no article) simply ignores the shortcut.
  return answer.ok ? answer.value : null;
}
