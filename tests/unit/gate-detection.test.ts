import { describe, it, expect, afterAll } from 'vitest';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { isProbablyAiArticle } from '../../src/content/gate';
import { extractArticle } from '../../src/content/extract';
import { scoreAiTopic, topicInputOf, type TopicVerdict } from '../../src/core/topic/index';

/**
 * The AI-news verdict end to end, the way the extension (gate → extract → score) and the CLI
 * (extract → score) reach it: no false alarm on 130 real non-AI pages, every AI-news fixture found.
 */

const corpusDir = path.join(process.cwd(), '../shared/corpus/readability-pages');
const pagesDir = path.join(process.cwd(), 'tests/fixtures/pages');
const sample = path.join(process.cwd(), '../shared/samples/meta-llm-fr.html');
/** The one corpus page about AI at work: either verdict is acceptable. */
const AMBIGUOUS = new Set(['gitlab-blog']);

const load = (file: string) => parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document;

interface Outcome { name: string; gate: ReturnType<typeof isProbablyAiArticle>; cli: TopicVerdict; extension: boolean }

/** Runs both paths on one page. */
function judge(name: string, file: string): Outcome {
  const doc = load(file);
  const gate = isProbablyAiArticle(doc);
  const article = extractArticle(doc);
  const cli = scoreAiTopic(topicInputOf(article));
  return { name, gate, cli, extension: gate.pass && cli.isAiNews };
}

const record: { negatives: number[]; positives: number[]; closestNegative?: string; lowestPositive?: string } = { negatives: [], positives: [] };

describe('real non-AI pages (shared corpus)', () => {
  const pages = fs.readdirSync(corpusDir).sort().filter(d => fs.existsSync(path.join(corpusDir, d, 'source.html')));

  it('has the 130 pages', () => expect(pages.length).toBe(130));

  it('no false alarm, no throw, on any of them', () => {
    const alarms: string[] = [];
    const scored: { name: string; score: number }[] = [];
    for (const name of pages) {
      const o = judge(name, path.join(corpusDir, name, 'source.html'));
      if (AMBIGUOUS.has(name)) continue;
      record.negatives.push(o.cli.aiScore);
      scored.push({ name, score: o.cli.aiScore });
      if (o.cli.isAiNews || o.extension) alarms.push(`${name} (${o.cli.aiScore}: ${o.cli.drivers.map(d => d.term).join(', ')})`);
    }
    record.closestNegative = scored.sort((a, b) => b.score - a.score).slice(0, 3).map(x => `${x.name} ${x.score}`).join(', ');
    expect(alarms).toEqual([]);
  });
});

describe('fixture pages and the sample', () => {
  const fixtures = fs.readdirSync(pagesDir).sort().filter(d => fs.existsSync(path.join(pagesDir, d, 'expected.json')))
    .map(slug => ({ slug, expected: JSON.parse(fs.readFileSync(path.join(pagesDir, slug, 'expected.json'), 'utf8')) as { isAiNews: boolean } }));

  it('every AI-news page passes the gate and is AI news, by both paths', () => {
    const missed: string[] = [];
    let lowest = { name: '', score: 2 };
    const positives = [{ name: 'meta-llm-fr (sample)', file: sample },
      ...fixtures.filter(f => f.expected.isAiNews).map(f => ({ name: f.slug, file: path.join(pagesDir, f.slug, 'source.html') }))];
    for (const { name, file } of positives) {
      const o = judge(name, file);
      record.positives.push(o.cli.aiScore);
      if (o.cli.aiScore < lowest.score) lowest = { name, score: o.cli.aiScore };
      if (!o.gate.pass) missed.push(`${name}: gate ${o.gate.reason}`);
      if (!o.cli.isAiNews) missed.push(`${name}: score ${o.cli.aiScore}`);
    }
    record.lowestPositive = `${lowest.name} ${lowest.score}`;
    expect(missed).toEqual([]);
  });

  it('the tricky negatives (Mail/IAM, Amnesty International, a GPU review, the mistral wind) are not', () => {
    const negatives = fixtures.filter(f => !f.expected.isAiNews);
    expect(negatives.length).toBeGreaterThanOrEqual(3);
    for (const f of negatives) {
      const o = judge(f.slug, path.join(pagesDir, f.slug, 'source.html'));
      expect(o.cli.isAiNews, `${f.slug} ${o.cli.aiScore}`).toBe(false);
      expect(o.extension).toBe(false);
    }
  });
});

describe('blind detection probes (pages helpers wrote without reading our code; README, Detection)', () => {
  const probe = (dir: string) => fs.readdirSync(path.join(process.cwd(), 'tests/fixtures', dir)).sort()
    .filter(f => f.endsWith('.html')).map(f => ({ name: f, o: judge(f, path.join(process.cwd(), 'tests/fixtures', dir, f)) }));

  /**
   * The checks every scored blind probe keeps: its 24 AI pages (and, when given, its non-AI pages), at most
   * `maxMissed` AI pages left by the extension's path, none found by the CLI alone, no non-AI page by either.
   */
  const expectBlindProbe = (dir: string, maxMissed: number, nonAi?: number) => {
    const pages = probe(dir);
    const ai = pages.filter(p => p.name.startsWith('ai-'));
    expect(ai.length).toBe(24);
    if (nonAi !== undefined) expect(pages.filter(p => p.name.startsWith('non-')).length).toBe(nonAi);
    const missed = ai.filter(p => !p.o.extension).map(p => `${p.name} ${p.o.cli.aiScore} gate ${p.o.gate.reason}`);
    expect(missed.length, missed.join(', ')).toBeLessThanOrEqual(maxMissed);
    expect(ai.filter(p => p.o.cli.isAiNews && !p.o.extension).map(p => p.name)).toEqual([]);
    expect(pages.filter(p => p.name.startsWith('non-') && (p.o.cli.isAiNews || p.o.extension)).map(p => p.name)).toEqual([]);
  };

  /**
   * The checks of a probe written like ordinary coverage (probes 12 and 13): 24 AI pages whose 01-08 in each
   * language are ordinary stories, all found by the CLI and, but for `gateStopped` ("name gate reason"), by the
   * extension's path; at least `minExtension` AI pages found by the extension; no non-AI page by either path.
   */
  const expectOrdinaryCoverageProbe = (dir: string, gateStopped: string[], minExtension: number) => {
    const pages = probe(dir);
    const ai = pages.filter(p => p.name.startsWith('ai-'));
    expect(ai.length).toBe(24);
    const ordinary = ai.filter(p => Number(p.name.slice(6, 8)) <= 8);
    expect(ordinary.length).toBe(16);
    expect(ordinary.filter(p => !p.o.cli.isAiNews).map(p => `${p.name} ${p.o.cli.aiScore}`)).toEqual([]);
    expect(ordinary.filter(p => !p.o.extension).map(p => `${p.name} gate ${p.o.gate.reason}`)).toEqual(gateStopped);
    expect(ai.filter(p => p.o.extension).length).toBeGreaterThanOrEqual(minExtension);
    expect(pages.filter(p => p.name.startsWith('non-') && (p.o.cli.isAiNews || p.o.extension)).map(p => p.name)).toEqual([]);
  };

  it('AI named as journalists name it (probe 3): every AI page found, by both paths; no non-AI page', () => {
    const pages = probe('detection-probe-3');
    expect(pages.filter(p => p.name.startsWith('ai-')).length).toBe(24);
    const wrong = pages.filter(p => p.o.cli.isAiNews !== p.name.startsWith('ai-') || p.o.extension !== p.name.startsWith('ai-'));
    expect(wrong.map(p => `${p.name} ${p.o.cli.aiScore} gate ${p.o.gate.reason}`)).toEqual([]);
  });

  it('probe 4, scored once before anyone read it: every AI page found by both paths; no non-AI page', () => {
    const pages = probe('detection-probe-4');
    const ai = pages.filter(p => p.name.startsWith('ai-'));
    expect(ai.length).toBe(24);
    expect(ai.filter(p => !p.o.cli.isAiNews).map(p => `${p.name} ${p.o.cli.aiScore}`)).toEqual([]);
    // Five stories name AI only from their second or third paragraph: the gate's 1,200-character lead
    // reaches them (with the 600-character lead of session 10, four were left to the popup).
    expect(ai.filter(p => !p.o.extension).map(p => `${p.name} gate ${p.o.gate.reason}`)).toEqual([]);
    expect(pages.filter(p => p.name.startsWith('non-') && (p.o.cli.isAiNews || p.o.extension)).map(p => p.name)).toEqual([]);
  });

  it('probe 5, scored once before anyone read it (a third of its stories name AI only in the body): 24 of 24 by both paths; no non-AI page', () => {
    // First score: CLI 21/24; the extension's path 21/24 with the 1,200-character lead (15/24 with the old 600).
    // Read since: "vidéosurveillance algorithmique" joined the vocabulary (22/24); the last two (facial-recognition
    // vans "that use artificial intelligence", software that "repose sur l'intelligence artificielle") are found
    // since session 13 by AI introduced as a tool and referred back to (ai-as-tool.ts): 24/24.
    expectBlindProbe('detection-probe-5', 0);
  });

  it('probe 6, scored once before anyone read it (French traps: "IA" for a school inspectorate and for artificial insemination): 24 of 24 by both paths; no non-AI page', () => {
    // First score: 23/24 by both paths, and two false alarms, both French pages where "IA" is spelled out as
    // "inspection académique" or "insémination artificielle": those two meanings are now veto phrases of "IA".
    // The miss (Gemini replacing Google's assistant, "grand modèle de langage" once, score 0.44) is found since
    // names of the field confirmed by an anchor count with the anchors up front (isAnchorLike; score 0.68).
    expectBlindProbe('detection-probe-6', 0, 8);
  });

  it('probe 7, scored once before anyone read it (tech-adjacent non-AI pages, briefs, AI from the 2nd paragraph): 24 of 24 by both paths since read; no non-AI page', () => {
    // First score: 23/24 by both paths and one false alarm, a school-closure story naming the inspector's title
    // "IA-DASEN" ("IA" followed by "-" and capitals is now no AI term). The miss left: a hospital's mammography
    // software that names "intelligence artificielle" once, as probe 5's did; found since session 14 by AI named
    // early in a story told in machine words (machine-vocabulary.ts, 2 families: "logiciel", "entraîné sur"): 24/24, read.
    expectBlindProbe('detection-probe-7', 0, 8);
  });

  it('probe 8, scored once before anyone read it (a third of its stories name AI in understated ways): 24 of 24 by both paths since read; no non-AI page', () => {
    // First score (after the name rule of probe 6): 20/24 by both paths, no false alarm among traps such as a
    // llama farmer named Claude with a llama named Gemini, "IA" for the insemination of cattle, the mistral wind
    // and a gaming GPU review. The four misses name AI once and then say "the tool", "the system", "the
    // software": an emergency-triage tool, a facial-recognition contract, a deepfake of a candidate ("synthetic
    // media", "face-swapping software") and breast-screening software. Read since: three are found by AI introduced
    // as a tool and referred back to (ai-as-tool.ts); the deepfake story since session 14 by AI named early in a
    // story told in machine words (machine-vocabulary.ts): 24/24, read, not blind.
    expectBlindProbe('detection-probe-8', 0, 8);
  });

  it('probe 9, scored once before anyone read it (written after the AI-as-tool route): 24 of 24 by both paths since read; no non-AI page', () => {
    // First score: CLI 21/24, the extension's path 18/24, no false alarm (traps: a fashion model named Claude with a
    // Gemini collection and llama wool, "IA" for cattle insemination, the mistral wind, a copilot and an autopilot).
    // Three stories the CLI found were stopped by the gate, which read a reader's comment (<article class="np-comment">,
    // the page's first <article>) as the lead; it now skips an <article> that looks like chrome: 21/24 by both.
    // The misses: "language model" named once (a phone's call summaries, a car's voice assistant, a column). Read
    // since: the car's assistant is found once "l'assistant" counts as a reference back to the tool (22/24, read);
    // the column and the phone since AI named early in a story told in machine words (machine-vocabulary.ts; 24/24, read).
    expectBlindProbe('detection-probe-9', 0, 8);
  });

  it('probe 10, scored once before anyone read it (written after the tool route took "the assistant"): 23 of 24 by both paths since read; no non-AI page', () => {
    // First score: 21/24 by both paths, no false alarm (traps: a smartwatch review, a robot-vacuum recall, a
    // maths class's algorithms, a bank host's data-centre fire, people and products named Claude, Grok, Sora...).
    // The misses name AI once and never refer back: a phone's "language model", an insurer's "machine-learning
    // tool" beside a "predictive model", a museum's exhibition made with an image-generation model. Read since:
    // the phone and the museum are found by AI named early in a story told in machine words (machine-vocabulary.ts;
    // 23/24, read); the insurer's story names it past half-way and is left.
    expectBlindProbe('detection-probe-10', 1, 8);
  });

  it('probe 11, scored once before anyone read it (written after the machine-words route; 15 of 24 stories understated): 14 of 24 by both paths since read; no non-AI page', () => {
    // First score: 11/24 by both paths and one false alarm. Half of the misses never name AI in the words of the
    // vocabulary ("a system trained on four million images", "voice-cloning software" once, "algorithme entraîné
    // sur 800 000 clichés", "voix clonée", "vidéosurveillance augmentée"), or only past the lead the gate reads.
    // The false alarm: a dairy farm's "IA" (insemination) on a page that says "insémination" but never
    // "insémination artificielle"; "insémination" and "inséminateur" now veto "IA". Read since: "facial recognition"
    // and "computer vision" are anchors (they were support) and the machine-words route needs 2 families (was 3).
    expectBlindProbe('detection-probe-11', 10, 8);
  });

  it('probe 12, scored once before anyone read it (16 ordinary AI stories, 8 understated, as real outlets write them): every ordinary story by both paths; no non-AI page', () => {
    // First score: CLI 18/24, the extension's path 16/24, no false alarm (traps: Iowa's "IA", Air India's flight
    // codes "AI143", cattle insemination, an AI headline in the sidebar of a phone launch, a breach with a late
    // "AI tools"). The 16 ordinary stories (01-08 in each language) are all found; the 8 understated ones name AI
    // once or twice past the 1,200 characters the gate reads ("clone a voice with AI software" in a police quote,
    // "un programme d'intelligence artificielle" in the fourth paragraph): the gate, which decides from the title,
    // metadata and lead, lets none of them through, though the CLI finds two (two late anchors: the body-only way).
    expectOrdinaryCoverageProbe('detection-probe-12', [], 16);
  });

  it('probe 13, scored once before anyone read it (same brief as probe 12): every ordinary story by the CLI, 15 of 16 by the extension; no non-AI page', () => {
    // First score, no change after: CLI 18/24, the extension's path 17/24, no false alarm (traps: Air India's
    // flight AI171, "IA" for insemination and for the inspection académique, a fire commander named Claude in a
    // mistral wildfire, AI items in the menus and sidebars of non-AI pages). The ordinary story the gate stops is a
    // data-centre rezoning whose title and lead say "data center" (support, counted only beside an anchor) and
    // name AI from the 1,582nd character; the understated six name AI once, past the lead.
    expectOrdinaryCoverageProbe('detection-probe-13', ['ai-en-04.html gate not-ai'], 17);
  });

  it('probe 14, scored once before anyone read it (same brief): every ordinary story by both paths; no non-AI page', () => {
    // First score, no change after (session 15): CLI 17/24, the extension's path 17/24, no false alarm (traps:
    // "IA" for insemination, Gemini the star sign and the space programme, a fashion model named Claude, the
    // mistral, a graphics-card review, AI named once in passing). The seven misses are understated stories that
    // name AI once, 1,500 to 3,600 characters in, past the lead the gate reads and too thinly for the scorer.
    expectOrdinaryCoverageProbe('detection-probe-14', [], 17);
  });

  it('AI named sparingly (probes 1 and 2, their misses read): at least 45 of 48 found by the CLI path; no non-AI page', () => {
    const pages = [...probe('detection-probe'), ...probe('detection-probe-2')];
    const ai = pages.filter(p => !p.name.startsWith('non-'));
    expect(ai.length).toBe(48);
    const missed = ai.filter(p => !p.o.cli.isAiNews).map(p => `${p.name} ${p.o.cli.aiScore}`);
    expect(missed.length, missed.join(', ')).toBeLessThanOrEqual(3);
    expect(pages.filter(p => p.name.startsWith('non-') && (p.o.cli.isAiNews || p.o.extension)).map(p => p.name)).toEqual([]);
  });
});

describe('the gate alone', () => {
  it('says why it stops, and honours its thresholds', () => {
    const d = load(sample);
    expect(isProbablyAiArticle(d)).toMatchObject({ pass: true, isArticle: true, reason: 'pass' });
    expect(isProbablyAiArticle(d, { minAiSignals: 1000 })).toMatchObject({ pass: false, reason: 'not-ai' });
    const listing = parseHTML('<html><head><title>AI news</title></head><body><a href="#">One</a></body></html>').document as unknown as Document;
    expect(isProbablyAiArticle(listing)).toMatchObject({ pass: false, isArticle: false, reason: 'not-article' });
  });
});

afterAll(() => {
  const summary = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
    return `n=${s.length} min=${s[0]} p50=${q(0.5)} p90=${q(0.9)} max=${s[s.length - 1]}`;
  };
  console.log(`aiScore, real non-AI pages: ${summary(record.negatives)}; closest: ${record.closestNegative}`);
  console.log(`aiScore, AI-news pages:     ${summary(record.positives)}; lowest: ${record.lowestPositive}`);
});

describe('news-site furniture around the lead', () => {
  const lead = '<p>Mistral AI a présenté mardi un nouveau grand modèle de langage, entraîné sur ses propres serveurs en France, et ouvert aux développeurs.</p>';
  const page = (before: string, after = '') =>
    parseHTML(`<html><head><title>Une annonce</title><meta property="og:type" content="article"></head><body>${before}<div>${lead}</div>${after}</body></html>`).document as unknown as Document;
  it('reads the article, not the first <article> card of a rail that has no paragraph', () => {
    const doc = page('', '<section><article class="card"><h3>Le marathon sous la pluie</h3></article></section>');
    expect(doc.getElementsByTagName('article').length).toBe(1);
    expect(isProbablyAiArticle(doc).aiSignals).toBeGreaterThan(0);
  });
  it('reads the article, not readers\' comments marked up as <article> (probe 9)', () => {
    const comments = '<section class="comments"><article class="np-comment"><p>Mon père a attendu cinq jours ses résultats l’an dernier.</p></article></section>';
    const doc = page('', comments);
    expect(isProbablyAiArticle(doc).aiSignals).toBeGreaterThan(0);
    // An <article> that is not chrome is still the one read: its lead without AI is no AI page.
    const story = page('<article class="story"><p>Le conseil municipal a voté mardi le budget de la piscine et du gymnase.</p></article>', comments);
    expect(isProbablyAiArticle(story).pass).toBe(false);
  });
  it('skips the paragraphs of a cookie dialog before the lead', () => {
    const cookie = '<div class="cookie-consent" role="dialog"><p>Nos partenaires et nous déposons des cookies pour mesurer l’audience du site.</p><p>Vous pouvez modifier vos choix à tout moment dans les paramètres du site.</p><p>Ces choix sont conservés pendant six mois sur votre appareil.</p><p>Un bandeau vous le rappellera à la fin de cette période de six mois.</p></div>';
    const r = isProbablyAiArticle(page(cookie), { maxLeadParagraphs: 1 });
    expect(r.aiSignals).toBeGreaterThan(0);
  });
});
