// 130 real web pages (Mozilla Readability's test pages, almost none about AI): every glossary
// match on them is listed in tests/fixtures/glossary/corpus-matches.json, which was read by hand
// so that each remaining line is a genuine AI or tech meaning. A new match (or a lost one)
// changes this list and must be read again: regenerate with UPDATE_FIXTURES=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getGlossaryMatcher } from '../../src/core/glossary/index';

const corpus = resolve(process.cwd(), '../shared/corpus/readability-pages');
const fixture = resolve(process.cwd(), 'tests/fixtures/glossary/corpus-matches.json');
const WORD = /[\p{L}\p{N}\p{M}]/u;

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('script, style, noscript, template')]) el.remove();
  return (document.body ?? document.documentElement)?.textContent ?? '';
}

const pages = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(corpus, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

describe('glossary on 130 real pages', () => {
  const m = getGlossaryMatcher();
  const lines: string[] = [];
  const boundaryErrors: string[] = [];
  for (const page of pages) {
    const text = bodyText(readFileSync(resolve(corpus, page, 'source.html'), 'utf8'));
    for (const x of m.match(text)) {
      lines.push(`${page}: ${x.id} "${x.text.replace(/\s+/g, ' ')}"`);
      const before = text.slice(Math.max(0, x.start - 2), x.start);
      const after = text.slice(x.end, x.end + 2);
      if (WORD.test(before.slice(-1)) || WORD.test(after.charAt(0)) || text.slice(x.start, x.end) !== x.text) {
        boundaryErrors.push(`${page}: "${before}[${x.text}]${after}"`);
      }
    }
  }

  it('reads the whole corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it('never starts or ends a match inside a word', () => {
    expect(boundaryErrors).toEqual([]);
  });

  it('finds exactly the matches checked by hand', () => {
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(fixture, JSON.stringify(lines, null, 1) + '\n');
    const expected = JSON.parse(readFileSync(fixture, 'utf8')) as string[];
    expect(lines).toEqual(expected);
  });
});
