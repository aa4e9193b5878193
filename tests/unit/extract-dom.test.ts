import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockRangeToDom, extractArticle, normalizeBlockText } from '../../src/content/extract';

/** Small pages, one rule each: what extraction keeps, skips and how it maps text back. */

const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const para = (n: number) => `<p>Paragraph ${n} says something long enough to be counted as article text by the extractor, with detail.</p>`;
const texts = (d: Document, opts = {}) => extractArticle(d, opts).blocks.map(b => b.text);

describe('what is skipped', () => {
  it('hidden, aria-hidden and inline display:none / visibility:hidden nodes', () => {
    const d = doc(`<article>${para(1)}
      <p hidden>hidden attribute</p><p aria-hidden="true">aria hidden</p>
      <p style="display: none">display none</p><p style="color:red;visibility:hidden">visibility hidden</p>
      <p>Visible <span aria-hidden="true">icon</span>words <span class="sr-only">(opens a new window)</span>here.</p>${para(2)}</article>`);
    const t = texts(d);
    expect(t.join('\n')).not.toMatch(/hidden attribute|aria hidden|display none|visibility hidden|icon|opens a new window/);
    expect(t).toContain('Visible words here.');
  });

  it('chrome by tag and by class, but not inline links that carry a class', () => {
    const d = doc(`<nav><p>Menu text that is long enough to look like a sentence in a paragraph.</p></nav>
      <article>${para(1)}<aside><p>Aside text</p></aside><form><p>Form text</p></form>
      <figure><img src="x.jpg"><figcaption>Caption text</figcaption></figure>
      <div class="share-tools"><p>Share text</p></div><div class="newsletter"><p>Newsletter text</p></div>
      <div id="comments"><p>Comment text</p></div><div class="related-posts"><p>Related text</p></div>
      <p class="byline">By Jane Doe</p><div class="post-meta">March 3, 2024</div>
      <p>Sanctions on <a class="meta-loc" href="#">Sudan</a> were lifted.</p>${para(2)}</article>
      <footer><p>Footer text</p></footer>`);
    const all = texts(d).join('\n');
    for (const s of ['Menu text', 'Aside text', 'Form text', 'Caption text', 'Share text', 'Newsletter text', 'Comment text', 'Related text', 'Jane Doe', 'March 3', 'Footer text']) {
      expect(all).not.toContain(s);
    }
    expect(all).toContain('Sanctions on Sudan were lifted.');
  });

  it('bylines and datelines by their text', () => {
    const d = doc(`<article><p>Par la rédaction · 11 septembre 2023 · Intelligence artificielle</p><p>By Jane Doe and John Roe</p>
      <p>Published March 3, 2024</p><p>Advertisement</p>${para(1)}<p>By 2030, most phones will run a language model locally.</p></article>`);
    expect(texts(d)).toEqual([expect.stringContaining('Paragraph 1'), 'By 2030, most phones will run a language model locally.']);
  });

  it('link-dense blocks', () => {
    const d = doc(`<article>${para(1)}<p><a href="#">Read our other story about chips</a> here</p><p>One <a href="#">link</a> in a sentence is fine.</p></article>`);
    expect(texts(d)).toEqual([expect.stringContaining('Paragraph 1'), 'One link in a sentence is fine.']);
  });
});

describe('what is kept, and as which kind', () => {
  it('headings, paragraphs, list items, quotes (blockquote > p as quote)', () => {
    const d = doc(`<article><h2>Section</h2>${para(1)}<ul><li>First point</li><li>Second point</li></ul>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><blockquote>Bare quote.</blockquote></article>`);
    expect(extractArticle(d).blocks.map(b => [b.kind, b.text.slice(0, 12)])).toEqual([
      ['heading', 'Section'], ['paragraph', 'Paragraph 1 '], ['list-item', 'First point'], ['list-item', 'Second point'],
      ['quote', 'Quoted one.'], ['quote', 'Quoted two.'], ['quote', 'Bare quote.'],
    ]);
  });

  it('text directly in div containers, split at <br>', () => {
    const d = doc(`<div class="story">First line of a story told without paragraphs, long enough to count.<br><br>Second line of the same story, also long enough to count.<br>short</div>`);
    expect(texts(d)).toEqual([
      'First line of a story told without paragraphs, long enough to count.',
      'Second line of the same story, also long enough to count.',
    ]);
  });

  it('the largest <article>, not a teaser', () => {
    const d = doc(`<article class="teaser"><p>Teaser text for another story that is long enough to be counted.</p></article>
      <article>${para(1)}${para(2)}${para(3)}</article>`);
    expect(texts(d)).toHaveLength(3);
  });

  it('open shadow roots', () => {
    const d = doc(`<article>${para(1)}<news-box></news-box>${para(2)}</article>`);
    const host = d.querySelector('news-box')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow paragraph with content that belongs to the article.</p>';
    expect(texts(d)).toContain('Shadow paragraph with content that belongs to the article.');
  });

  it('asks the visibility callback once per candidate block', () => {
    const d = doc(`<article>${para(1)}<p class="x">Invisible by layout.</p>${para(2)}</article>`);
    const seen: string[] = [];
    const t = texts(d, { isVisible: (el: Element) => { seen.push(el.localName); return !el.classList.contains('x'); } });
    expect(t.join()).not.toContain('Invisible by layout');
    expect(seen).toEqual(['p', 'p', 'p']);
  });

  it('caps the text at maxChars', () => {
    const d = doc(`<article>${Array.from({ length: 50 }, (_, i) => para(i)).join('')}</article>`);
    const a = extractArticle(d, { maxChars: 1000 });
    expect(a.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(1000);
    expect(a.truncated).toBe(true);
  });
});

describe('whitespace and the text map', () => {
  it('collapses whitespace runs, trims, drops soft hyphens, and maps every character', () => {
    const d = doc(`<article><p>  Intelli\u00adgence
        <b>artificielle</b> ,\u00a0 <i> mot</i>  </p>${para(1)}</article>`);
    const block = extractArticle(d).blocks[0]!;
    expect(block.text).toBe('Intelligence artificielle , mot');
    expect(block.text).toBe(normalizeBlockText(d.querySelector('p')!.textContent!));
    let covered = 0;
    for (const p of block.pieces) {
      expect(p.blockStart).toBe(covered);
      const slice = p.node.data.slice(p.nodeStart, p.nodeStart + p.length);
      expect(slice.replace(/[\s\u00a0]/g, ' ')).toBe(block.text.slice(p.blockStart, p.blockStart + p.length));
      covered += p.length;
    }
    expect(covered).toBe(block.text.length);
    const r = blockRangeToDom(block, block.text.indexOf('artificielle'), block.text.indexOf('artificielle') + 12)!;
    expect(r.startNode).toBe(r.endNode);
    expect(r.startNode.data.slice(r.startOffset, r.endOffset)).toBe('artificielle');
  });

  it('reads title, lang and metadata, and never throws on an empty page', () => {
    const d = doc('', '<title>T</title><meta name="description" content="D"><meta property="article:tag" content="AI">');
    expect(extractArticle(d)).toMatchObject({ title: 'T', htmlLang: 'en', metaText: 'D\nAI', blocks: [], isArticle: false });
    const bare = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(() => extractArticle(bare)).not.toThrow();
  });
});
