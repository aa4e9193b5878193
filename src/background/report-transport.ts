import { findEntry } from '../core/glossary/index';
import type { Report } from '../core/report/types';

/**
 * The report as it crosses the port to the content script, and back. A message costs both ends
 * in proportion to its size (0.2–0.4 ms for a 12 KB AI-news report, measured in Chromium's worker
 * and pages), and a third of a report is the glossary's definitions in both languages, which the
 * page never shows: its term card shows `definition`, already in the article's language. So the page
 * gets the glossary without the `definitions` pair, and a report that comes back from the page
 * (the popup's `analyzeNow`) gets it again here from the glossary, exactly as `buildReport` wrote it.
 */

/** What the page reads of `definitions`: nothing, so `g.definitions[lang] || g.definition` is `definition`. */
const NOT_SENT = { fr: '', en: '' } as const;

/** `report` for the content script: the same object when it has no glossary. */
export function reportForPage(report: Report): Report {
  if (report.glossary.length === 0) return report;
  return { ...report, glossary: report.glossary.map((g) => ({ ...g, definitions: NOT_SENT })) };
}

/** A report from the content script with its glossary definitions restored (see {@link reportForPage}). */
export function reportFromPage(report: Report): Report {
  if (!report || !Array.isArray(report.glossary) || report.glossary.length === 0) return report;
  return {
    ...report,
    glossary: report.glossary.map((g) => {
      const entry = findEntry(g.id);
      return entry ? { ...g, definitions: { fr: entry.definition.fr, en: entry.definition.en } } : g;
    }),
  };
}
