import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';
import { callBackgroundFromPopup, callContent } from '../shared/messaging';
import type { HighlightPrefs, TabReport } from '../shared/protocol';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, siteDefaults, type Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-storage';
import { DEFAULT_HIGHLIGHT_PREFS } from '../shared/site-prefs';
import { loadSitePrefs, saveSitePrefs } from '../shared/site-prefs-storage';
import { ClaimSummary } from './components/ClaimSummary';
import { GlossaryPanel } from './components/GlossaryPanel';
import { HighlightControls } from './components/HighlightControls';
import { HostAccessPrompt } from './components/HostAccessPrompt';
import { StatusMessage } from './components/StatusMessage';
import { Verdict } from './components/Verdict';

/**
 * The popup: finds its tab, asks the worker for that tab's report, and shows the verdict, the
 * claim summary, the glossary and the highlight controls, or a clear state when there is nothing
 * to show.
 */

async function resolveTabId(tabParam: string | null): Promise<number | null> {
  if (tabParam !== null) {
    const id = Number(tabParam);
    return Number.isInteger(id) ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; tab: TabReport };

/** Root component of the popup and of `popup.html?tab=ID`. */
export function App({ tabParam }: { tabParam: string | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [prefs, setPrefs] = useState<HighlightPrefs>(DEFAULT_HIGHLIGHT_PREFS);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  const fetchReport = useCallback(
    async (force: boolean) => {
      setLoad({ state: 'loading' });
      const current = await loadSettings();
      setSettings(current);
      const tabId = await resolveTabId(tabParam);
      if (tabId === null) return setLoad({ state: 'error', message: t('errorNoTab') });
      const answer = force
        ? await callBackgroundFromPopup('analyzeTab', { tabId, force: true })
        : await callBackgroundFromPopup('getTabReport', { tabId });
      if (!answer.ok) return setLoad({ state: 'error', message: answer.error });
      if (answer.value.report) setPrefs(await loadSitePrefs(hostOf(answer.value.report.url), siteDefaults(current)));
      setLoad({ state: 'done', tab: answer.value });
    },
    [tabParam],
  );

  useEffect(() => {
    void fetchReport(false);
  }, [fetchReport]);

  const report: Report | null = load.state === 'done' ? load.tab.report : null;
  const updatePrefs = (next: HighlightPrefs) => {
    setPrefs(next);
    if (report) void saveSitePrefs(hostOf(report.url), next);
  };
  const reveal = (target: { kind: 'claim'; index: number } | { kind: 'term'; id: string }) => {
    if (load.state === 'done') void callContent(load.tab.tabId, 'reveal', target);
  };

  // GlossaryPanel starts in the report's language; the definition-language setting may override it.
  const glossaryReport = report && settings.definitionLang !== 'article' ? { ...report, lang: settings.definitionLang } : report;

  return (
    <main class="popup" aria-busy={load.state === 'loading'} data-palette={settings.palette}>
      <header class="bar">
        <h1 class="brand">ClaimLens</h1>
        {report && <Verdict report={report} />}
      </header>
      {load.state === 'loading' && <StatusMessage kind="loading" />}
      {load.state === 'error' && <StatusMessage kind="error" detail={load.message} />}
      {load.state === 'done' && !report && <StatusMessage kind="unreachable" />}
      {report?.truncated && (
        <p class="status" role="status" data-testid="truncated">
          {t('stateTruncated')}
        </p>
      )}
      {report && report.status !== 'ok' && <StatusMessage kind={report.status} onAnalyzeAnyway={() => void fetchReport(true)} />}
      {report && report.status === 'ok' && (
        <>
          <HighlightControls report={report} prefs={prefs} onChange={updatePrefs} />
          <ClaimSummary report={report} onReveal={(index) => reveal({ kind: 'claim', index })} />
        </>
      )}
      {glossaryReport && glossaryReport.glossary.length > 0 && <GlossaryPanel report={glossaryReport} onReveal={(id) => reveal({ kind: 'term', id })} />}
      {settings.autoDetect && <HostAccessPrompt />}
      <footer class="foot">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-options">
          {t('openSettings')}
        </button>
      </footer>
    </main>
  );
}
