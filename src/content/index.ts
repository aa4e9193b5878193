import browser from 'webextension-polyfill';
import type { Report } from '../core/report/types';
import { callBackgroundFromContent, serve, type Receiver } from '../shared/messaging';
import { TO_CONTENT, type HighlightPrefs, type ToContentCalls } from '../shared/protocol';
import { TO_CONTENT_PARAMS } from '../shared/validate';
import { isSiteDisabled, sanitizeSettings, siteDefaults, type PaletteName } from '../shared/settings';
import { readSettings } from '../shared/settings-storage';
import { DEFAULT_HIGHLIGHT_PREFS, sanitizeHighlightPrefs, sitePrefsKey } from '../shared/site-prefs';
import { loadSitePrefs, saveSitePrefs } from '../shared/site-prefs-storage';
import { toArticleInput, isVisible } from './article-input';
import { extractArticleInSlices, type ExtractedArticle } from './extract';
import { isProbablyAiArticle } from './gate';
import { HighlightNavigator, installCommandTestRelay } from './highlight-navigator';
import { HighlightPainter } from './highlight-painter';
import { HighlightPaletteSheet } from './highlight-palette-sheet';
import { PageWatcher, textFingerprint } from './page-watcher';
import { nextTask } from './slices';
import { installTestHooks } from './test-hooks';
import { mayBeAiNews } from './topic-here';

/**
 * The content script: a cheap gate at `document_idle`, then (on a likely AI-news article)
 * extraction, one round trip to the worker for the analysis, and highlights painted from the
 * report. On every other page it stops after the gate: no message, no DOM work.
 */

const loadedFlag = '__claimlensContentLoaded';

class PageSession {
  #painter: HighlightPainter | null = null;
  #prefs: HighlightPrefs = DEFAULT_HIGHLIGHT_PREFS;
  #report: Report | null = null;
  readonly #host = location.hostname;
  /** Hover cards and keyboard stepping over what the painter shows. */
  readonly #navigator = new HighlightNavigator(document);
  /** Fingerprint of the article text last analysed, so unchanged text is never analysed twice. */
  #fingerprint = '';
  /** The reader's palette (settings), laid over the page only once something is painted. */
  #paletteName: PaletteName = 'standard';
  readonly #palette = new HighlightPaletteSheet(document);

  async start(): Promise<void> {
    const settings = await readSettings();
    this.#paletteName = settings.palette;
    this.#prefs = await loadSitePrefs(this.#host, siteDefaults(settings));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && changes.palette) {
        this.#paletteName = sanitizeSettings({ palette: changes.palette.newValue }).palette;
        if (this.#painter) this.#palette.apply(this.#paletteName);
      }
      const change = changes[sitePrefsKey(this.#host)];
      if (area !== 'local' || !change) return;
      this.#prefs = sanitizeHighlightPrefs(change.newValue, siteDefaults(settings));
      void this.#painter?.apply(this.#prefs);
      this.#navigator.update(this.#painter, this.#prefs);
    });
    if (!settings.autoDetect || isSiteDisabled(settings, this.#host)) return;
    new PageWatcher(document, (reason) => this.#recheck(reason)).start();
    await nextTask(); // each step (gate, extraction, painting) runs in its own task: see `analyze`
    if (!isProbablyAiArticle(document).pass) return;
    await this.analyze(false, await extractArticleInSlices(document, { isVisible }));
  }

  /**
   * The page changed (new URL, or late content): read it again if it now passes the gate and its
   * article text differs from what was analysed; a new URL without an article clears our marks.
   */
  async #recheck(reason: 'url-changed' | 'mutated'): Promise<void> {
    if (!isProbablyAiArticle(document).pass) {
      if (reason === 'url-changed' && this.#report) this.#forget();
      return;
    }
    const article = await extractArticleInSlices(document, { isVisible });
    if (textFingerprint(article.blocks) === this.#fingerprint) return;
    await this.analyze(false, article);
  }

  #forget(): void {
    this.#painter?.clear();
    this.#painter = null;
    this.#navigator.update(null, this.#prefs);
    this.#report = null;
    this.#fingerprint = '';
  }

  /**
   * Analyse in the worker and paint; returns the report (null when the worker failed, or when the
   * article was found here unable to be AI news, see `mayBeAiNews`). Bounded work: extraction runs in slices
   * (`extractArticleInSlices`) and stops at `EXTRACT_LIMITS.maxChars` (the report then says
   * `truncated`, and the popup tells the reader), the analysis runs in the worker, and ranges are
   * built in slices (`HighlightPainter.build`), so the page gets the main thread back between steps.
   *
   * `article`, when given, was just extracted by the automatic reading (page load, page change):
   * then an article that cannot be AI news is recognised here and the worker is not asked, unless
   * it holds a report of ours for this document that must be replaced. Without it (the popup asks),
   * the page is extracted again and the worker always answers, with a report that says why.
   */
  async analyze(force: boolean, article?: ExtractedArticle): Promise<Report | null> {
    const automatic = article !== undefined;
    article ??= await extractArticleInSlices(document, { isVisible });
    if (automatic && !this.#report && !mayBeAiNews(article)) {
      this.#fingerprint = textFingerprint(article.blocks);
      return null;
    }
    const answer = await callBackgroundFromContent('analyzeArticle', { article: toArticleInput(location.href, article), force });
    if (!answer.ok) return null;
    const painter = await HighlightPainter.build(document, article.blocks, answer.value);
    this.#fingerprint = textFingerprint(article.blocks);
    this.#report = answer.value;
    this.#painter?.clear();
    this.#painter = painter;
    this.#palette.apply(this.#paletteName);
    void this.#painter.apply(this.#prefs);
    this.#navigator.update(this.#painter, this.#prefs);
    return answer.value;
  }

  readonly receiver: Receiver<ToContentCalls> = {
    methods: TO_CONTENT,
    params: TO_CONTENT_PARAMS,
    acceptSender: (sender) => sender.id === browser.runtime.id && !sender.tab,
    handlers: {
      analyzeNow: async ({ force }) => (this.#report && !force ? this.#report : this.analyze(force)),
      reveal: (target) => this.#painter?.reveal(target) ?? false,
      highlightState: () => ({ registered: this.#painter?.registered() ?? [], prefs: this.#prefs }),
      step: ({ direction }) => this.#navigator.step(direction),
      // Persisted like the popup switch; storage.onChanged then repaints this and every tab of the site.
      toggleHighlights: async () => {
        if (!this.#painter) return this.#prefs.enabled; // nothing painted here: leave the site's choice alone
        const enabled = !this.#prefs.enabled;
        await saveSitePrefs(this.#host, { ...this.#prefs, enabled });
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
  // A task later: in Firefox the first touch of each extension API costs milliseconds (browser,
  // runtime and onMessage ~27 ms here, storage and its events ~10 more), so the script's first run
  // registers the receiver and the session reads its settings in the next one.
  setTimeout(() => void session.start());
  if (__TEST__) installTestHooks();
  if (__TEST__) installCommandTestRelay();
}
