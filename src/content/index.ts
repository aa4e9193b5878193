import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';
import { callBackgroundFromContent, serve, type Receiver } from '../shared/messaging';
import { TO_CONTENT, type HighlightPrefs, type ToContentCalls } from '../shared/protocol';
import { isSiteDisabled, sanitizeSettings, siteDefaults, type PaletteName } from '../shared/settings';
import { loadSettings } from '../shared/settings-storage';
import { DEFAULT_HIGHLIGHT_PREFS, sanitizeHighlightPrefs, sitePrefsKey } from '../shared/site-prefs';
import { loadSitePrefs, saveSitePrefs } from '../shared/site-prefs-storage';
import { toArticleInput, isVisible } from './article-input';
import { benchPage } from './bench-hook';
import { extractArticle } from './extract';
import { isProbablyAiArticle } from './gate';
import { HighlightNavigator, installCommandTestRelay } from './highlight-navigator';
import { HighlightPainter } from './highlight-painter';
import { HighlightPaletteSheet } from './highlight-palette-sheet';

/**
 * The content script: a cheap gate at `document_idle`, then (on a likely AI-news article)
 * extraction, one round trip to the worker for the analysis, and highlights painted from the
 * report. On every other page it stops after the gate: no message, no DOM work.
 */

const loadedFlag = '__claimlensContentLoaded';

class PageSession {
  private painter: HighlightPainter | null = null;
  private prefs: HighlightPrefs = DEFAULT_HIGHLIGHT_PREFS;
  private report: Report | null = null;
  private readonly host = location.hostname;
  /** Hover cards and keyboard stepping over what the painter shows. */
  private readonly navigator = new HighlightNavigator(document);
  /** The reader's palette (settings), laid over the page only once something is painted. */
  private paletteName: PaletteName = 'standard';
  private readonly palette = new HighlightPaletteSheet(document);

  async start(): Promise<void> {
    const settings = await loadSettings();
    this.paletteName = settings.palette;
    this.prefs = await loadSitePrefs(this.host, siteDefaults(settings));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && changes.palette) {
        this.paletteName = sanitizeSettings({ palette: changes.palette.newValue }).palette;
        if (this.painter) this.palette.apply(this.paletteName);
      }
      const change = changes[sitePrefsKey(this.host)];
      if (area !== 'local' || !change) return;
      this.prefs = sanitizeHighlightPrefs(change.newValue, siteDefaults(settings));
      this.painter?.apply(this.prefs);
      this.navigator.update(this.painter, this.prefs);
    });
    if (!settings.autoDetect || isSiteDisabled(settings, this.host)) return;
    if (!isProbablyAiArticle(document).pass) return;
    await this.analyze(false);
  }

  /** Extract, analyse in the worker, and paint; returns the report (null when the worker failed). */
  async analyze(force: boolean): Promise<Report | null> {
    const article = extractArticle(document, { isVisible });
    const answer = await callBackgroundFromContent('analyzeArticle', { article: toArticleInput(location.href, article), force });
    if (!answer.ok) return null;
    this.report = answer.value;
    this.painter?.clear();
    this.painter = new HighlightPainter(document, article.blocks, answer.value);
    this.palette.apply(this.paletteName);
    this.painter.apply(this.prefs);
    this.navigator.update(this.painter, this.prefs);
    return answer.value;
  }

  readonly receiver: Receiver<ToContentCalls> = {
    methods: TO_CONTENT,
    acceptSender: (sender) => sender.id === browser.runtime.id && !sender.tab,
    handlers: {
      analyzeNow: async ({ force }) => (this.report && !force ? this.report : this.analyze(force === true)),
      reveal: (target) => this.painter?.reveal(target) ?? false,
      highlightState: () => ({ registered: this.painter?.registered() ?? [], prefs: this.prefs }),
      step: ({ direction }) => this.navigator.step(direction === 'prev' ? 'prev' : 'next'),
      // Persisted like the popup switch; storage.onChanged then repaints this and every tab of the site.
      toggleHighlights: async () => {
        if (!this.painter) return this.prefs.enabled; // nothing painted here: leave the site's choice alone
        const enabled = !this.prefs.enabled;
        await saveSitePrefs(this.host, { ...this.prefs, enabled });
        return enabled;
      },
    },
  };
}

const flags = globalThis as unknown as Record<string, boolean>;
if (!flags[loadedFlag]) {
  flags[loadedFlag] = true;
  const session = new PageSession();
  serve([session.receiver as Receiver<object>]);
  void session.start();
  if (__TEST__) installCommandTestRelay();
  if (__TEST__) {
    // Test builds only: relays a page's test request to the worker and posts the answer back.
    window.addEventListener('message', (e) => {
      const ask = (e.data as { claimlensTest?: string } | null)?.claimlensTest;
      if (e.source !== window) return;
      if (ask === 'bench') {
        const minMs = Number((e.data as { minMs?: unknown }).minMs) || 50;
        void benchPage(document, minMs).then(
          (answer) => window.postMessage({ claimlensTestReply: ask, answer }, '*'),
          (err: unknown) => window.postMessage({ claimlensTestReply: ask, error: String(err) }, '*'),
        );
        return;
      }
      if (ask !== 'openReportView' && ask !== 'whoAmI') return;
      void browser.runtime.sendMessage({ claimlensTest: ask }).then((answer: unknown) => window.postMessage({ claimlensTestReply: ask, answer }, '*'));
    });
  }
}
