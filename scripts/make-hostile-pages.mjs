// Writes the large hostile pages of the robustness suite (issue 7) into
// tests/fixtures/hostile/generated/ (git-ignored: megabytes of repeated text are not worth a
// commit): a 5 MB article, 20,000 paragraphs, a DOM nested 5,000 levels deep, and the ISO-8859-1
// French article (its bytes are Latin-1, which an editor would silently re-encode). The small
// hostile pages are committed next to it. The e2e suites call `makeHostilePages()` before they
// start; run `node scripts/make-hostile-pages.mjs` to look at the pages yourself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './lib/escape-html.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated pages go. */
export const GENERATED_DIR = path.join(root, 'tests/fixtures/hostile/generated');

/** AI-news sentences of every category, so the extension has something real to read and paint. */
export const AI_SENTENCES_EN = [
  'OpenAI is reportedly training a new large language model, according to people familiar with the matter.',
  'Reuters reported that the company has secured thousands of Nvidia H100 GPUs for the project.',
  'Earlier this year, Meta released Llama 2 as an open source model for researchers and companies.',
  'Microsoft said that its investment in the artificial intelligence startup would keep growing.',
  'The new chatbot is said to rival Google Gemini on several reasoning benchmarks.',
  'I think this race for ever larger models will seriously slow open research in machine learning.',
  'Anthropic announced Claude 3 in March, with a context window of 200,000 tokens.',
  'Sources say the model could be released before the end of the year, after a round of safety testing.',
];

const FR_LATIN1 = [
  'Meta serait en train de construire un nouveau modèle d\'IA générative, selon des sources proches du dossier.',
  'Le Wall Street Journal a rapporté que l\'entreprise a acheté des milliers de puces Nvidia H100 pour l\'entraîner.',
  'Au début de l\'année, Meta a publié Llama 2, un grand modèle de langage (LLM) en open source.',
  'Espérons que cette course à l\'intelligence artificielle ne se fera pas au détriment de la sécurité des utilisateurs.',
  'Le modèle devrait être disponible l\'an prochain, d\'après des employés cités par la presse.',
];

/** Paragraph `i` of a long article: four AI sentences, numbered so no two paragraphs are alike. */
function paragraph(i, sentences = 4) {
  const parts = [];
  for (let k = 0; k < sentences; k++) parts.push(AI_SENTENCES_EN[(i + k) % AI_SENTENCES_EN.length]);
  return `<p>Update ${i}: ${escapeHtml(parts.join(' '))}</p>`;
}

function page(title, body, { lang = 'en', head = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="description" content="Artificial intelligence news: large language models, GPUs and AI startups.">
<meta property="og:type" content="article">${head}</head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

/** A ~5 MB article: far above the extraction cap, which must stop and say `truncated`. */
function bigArticle() {
  const out = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = paragraph(i);
    out.push(p);
    size += p.length + 1;
  }
  return page('OpenAI and the race for the largest language model (5 MB edition)', `<article>\n${out.join('\n')}\n</article>`);
}

/** 20,000 short paragraphs in one article. */
function manyParagraphs() {
  const out = [];
  for (let i = 0; i < 20_000; i++) out.push(paragraph(i, 1));
  return page('Twenty thousand paragraphs about AI chips', `<article>\n${out.join('\n')}\n</article>`);
}

/**
 * An article, then subtrees nested 5,000 levels deep. The HTML parser flattens markup deeper than
 * 512 levels, so the deep parts are built by the page's own script with appendChild, as a hostile
 * framework would: a chain of inline <span>s with AI text at every 500th level and at the bottom,
 * and a hidden chain of <div>s (5,000 nested block boxes crash Chromium's renderer by themselves,
 * with or without any extension, so that chain is display:none: still in the DOM ClaimLens walks).
 */
function deepNesting() {
  const lead = [0, 1, 2, 3].map((i) => paragraph(i)).join('\n');
  const script = `<script>
(() => {
  const text = ${JSON.stringify(AI_SENTENCES_EN.join(' '))};
  let at = document.getElementById('deep');
  for (let i = 0; i < 5000; i++) {
    const s = document.createElement('span');
    s.className = 'n' + (i % 7);
    if (i % 500 === 0) s.appendChild(document.createTextNode(text + ' '));
    at.appendChild(s);
    at = s;
  }
  at.appendChild(document.createTextNode(text));
  at = document.getElementById('deep-hidden');
  for (let i = 0; i < 5000; i++) { const d = document.createElement('div'); at.appendChild(d); at = d; }
  at.appendChild(document.createTextNode(text));
})();
</script>`;
  return page('A deeply nested page about large language models', `<article>\n${lead}\n<div id="deep"></div>\n<div id="deep-hidden" style="display:none"></div>\n</article>\n${script}`);
}

/** A French AI article encoded in ISO-8859-1, served with `charset=iso-8859-1` (see its .headers.json). */
function latin1() {
  const body = `<article>\n${[0, 1, 2].map(() => `<p>${FR_LATIN1.map(escapeHtml).join(' ')}</p>`).join('\n')}\n</article>`;
  const html = page('Meta préparerait un nouveau modèle d\'intelligence artificielle', body, { lang: 'fr' }).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">');
  return Buffer.from(html, 'latin1');
}

/** Every generated page: file name → contents. */
function pages() {
  return {
    'big-article.html': bigArticle(),
    'many-paragraphs.html': manyParagraphs(),
    'deep-nesting.html': deepNesting(),
    'latin1.html': latin1(),
    'latin1.html.headers.json': JSON.stringify({ 'content-type': 'text/html; charset=iso-8859-1' }) + '\n',
  };
}

/** Write the generated pages (skipped when already there and current); returns the folder. */
export function makeHostilePages(dir = GENERATED_DIR) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(pages())) {
    const file = path.join(dir, name);
    const bytes = Buffer.isBuffer(contents) ? contents : Buffer.from(contents, 'utf8');
    if (fs.existsSync(file) && fs.readFileSync(file).equals(bytes)) continue;
    fs.writeFileSync(file, bytes);
  }
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = makeHostilePages();
  for (const f of fs.readdirSync(dir)) console.log(`${path.relative(root, path.join(dir, f))}\t${(fs.statSync(path.join(dir, f)).size / 1024).toFixed(0)} KB`);
}
