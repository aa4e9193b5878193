import { describe, it, expect } from 'vitest';
import { DEFAULT_TOPIC_THRESHOLDS, scoreAiTopic, type TopicInput } from '../../src/core/topic/index';

const filler = 'The committee met on Tuesday to discuss the budget, the schedule and the new building plans for the city centre.';
const body = (aiSentences: string[], fillers: number) => [...aiSentences, ...Array(fillers).fill(filler)].join('\n');

const aboutAi: TopicInput = {
  title: 'OpenAI unveils GPT-5, its most capable large language model',
  metaText: 'Artificial intelligence · ChatGPT',
  headings: ['What the new LLM can do'],
  text: body([
    'OpenAI released GPT-5 on Thursday, the model behind ChatGPT.',
    'The company said the LLM makes fewer mistakes than GPT-4.',
    'Rivals such as Anthropic and Google DeepMind are expected to respond.',
  ], 6),
  isArticle: true,
};

describe('scoreAiTopic', () => {
  it('an article about AI is AI news, with its drivers heaviest first', () => {
    const v = scoreAiTopic(aboutAi);
    expect(v.isAiNews).toBe(true);
    expect(v.aiScore).toBeGreaterThanOrEqual(DEFAULT_TOPIC_THRESHOLDS.minScore);
    const terms = v.drivers.map(d => d.term);
    expect(['GPT-5', 'OpenAI']).toContain(terms[0]); // weight 3 × 2 each, ties broken alphabetically
    expect(terms).toEqual(expect.arrayContaining(['GPT-5', 'OpenAI', 'LLM', 'ChatGPT', 'Anthropic']));
    expect(v.drivers.find(d => d.term === 'LLM')!.count).toBe(2); // heading + body
  });

  it('a page that mentions AI once in passing is not', () => {
    const v = scoreAiTopic({
      title: 'City council approves new budget',
      metaText: 'Local politics',
      headings: [],
      text: body(['Some members suggested using AI to sort the public comments.'], 20),
      isArticle: true,
    });
    expect(v.isAiNews).toBe(false);
    expect(v.aiScore).toBeLessThan(0.2);
  });

  it('a short brief about one AI product that only ever says "AI" is AI news', () => {
    const brief: TopicInput = {
      title: 'Flaw in a workplace chat app\'s AI assistant exposed private messages',
      metaText: '',
      headings: [],
      text: body([
        'Security researchers found that the AI assistant built into the app could be tricked by a hidden instruction.',
        'The company said it had fixed the AI feature and found no sign the flaw was used.',
      ], 12),
      isArticle: true,
    };
    const v = scoreAiTopic(brief);
    expect(v.drivers).toEqual([{ term: 'AI', count: 3 }]);
    expect(v.isAiNews).toBe(true);
    // Under a title that says nothing of AI, its two body mentions still carry it (the body-only way) in
    // 300 words; diluted in a long page they are a theme, not the subject.
    const untitled = { ...brief, title: 'Flaw in a workplace chat app exposed private messages' };
    expect(scoreAiTopic(untitled).isAiNews).toBe(true);
    expect(scoreAiTopic({ ...untitled, text: body(brief.text.split('\n').slice(0, 2), 80) }).isAiNews).toBe(false);
  });

  it('a story told through another angle is AI news when its body names AI densely enough', () => {
    const jobs: TopicInput = {
      title: 'Insurer to cut 1,100 claims jobs',
      metaText: 'The company says software now settles most simple claims.',
      headings: [],
      text: body([
        'The insurer said an AI system now settles most simple car claims without an adjuster.',
        'Unions said the AI tools were introduced without consultation.',
        'Analysts expect other insurers to lean on AI in the same way.',
      ], 12),
      isArticle: true,
    };
    const v = scoreAiTopic(jobs);
    expect(v.aiScore).toBeLessThan(DEFAULT_TOPIC_THRESHOLDS.minScore);
    expect(v.isAiNews).toBe(true);
    // The same three mentions in a story four times as long: a theme, not the subject.
    expect(scoreAiTopic({ ...jobs, text: body(jobs.text.split('\n').slice(0, 3), 80) }).isAiNews).toBe(false);
    // One mention: not enough without the headline or the lead.
    expect(scoreAiTopic({ ...jobs, text: body(jobs.text.split('\n').slice(0, 1), 8) }).isAiNews).toBe(false);
  });

  it('is never AI news when the page is not an article', () => {
    expect(scoreAiTopic({ ...aboutAi, isArticle: false }).isAiNews).toBe(false);
    expect(scoreAiTopic({ ...aboutAi, isArticle: false }).aiScore).toBe(scoreAiTopic(aboutAi).aiScore);
  });

  it('scores are in [0, 1] with 3 decimals, and 0 without vocabulary', () => {
    const v = scoreAiTopic({ title: 'Weather', metaText: '', headings: [], text: filler });
    expect(v).toMatchObject({ aiScore: 0, isAiNews: false, drivers: [] });
    const s = scoreAiTopic(aboutAi).aiScore;
    expect(s).toBeLessThanOrEqual(1);
    expect(Math.round(s * 1000) / 1000).toBe(s);
  });

  it('is monotonic: more AI vocabulary never lowers the score', () => {
    const base: TopicInput = { title: 'Budget news', metaText: '', headings: [], text: body([], 10) };
    let last = -1;
    for (let n = 0; n <= 8; n++) {
      const s = scoreAiTopic({ ...base, text: body(Array(n).fill('The LLM from OpenAI uses machine learning.'), 10) }).aiScore;
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    const withTitle = scoreAiTopic({ ...base, title: 'Budget news: the AI Act', text: body(['The LLM from OpenAI.'], 10) }).aiScore;
    const without = scoreAiTopic({ ...base, text: body(['The LLM from OpenAI.'], 10) }).aiScore;
    expect(withTitle).toBeGreaterThan(without);
  });

  it('diluting the same AI sentences in a longer text lowers the score', () => {
    const few = scoreAiTopic({ ...aboutAi, title: '', metaText: '', headings: [], text: body(['OpenAI trains an LLM with machine learning.'], 3) });
    const many = scoreAiTopic({ ...aboutAi, title: '', metaText: '', headings: [], text: body(['OpenAI trains an LLM with machine learning.'], 60) });
    expect(many.aiScore).toBeLessThan(few.aiScore);
  });

  it('thresholds are injectable, one at a time', () => {
    // The body-only way closed, each threshold of the up-front way is needed; that way closed, the body-only one.
    const upFrontOnly = { minBodyAnchorHitsWithoutProminence: 1e6 };
    expect(scoreAiTopic(aboutAi, upFrontOnly).isAiNews).toBe(true);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minScore: 0.999 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minDistinctTerms: 50 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minBodyHits: 50 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minBodyAnchorHits: 50 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minBodyDensity: 1e6 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { ...upFrontOnly, minProminentWeight: 1e6 }).isAiNews).toBe(false);
    expect(scoreAiTopic(aboutAi, { minScore: 0.999 }).isAiNews).toBe(true); // its body alone says AI
    expect(scoreAiTopic(aboutAi, { minScore: 0.999, minBodyDensityWithoutProminence: 1e6 }).isAiNews).toBe(false);
    const passing = { title: 'Note', metaText: '', headings: [], text: body(['We asked an AI.'], 3), isArticle: true };
    expect(scoreAiTopic(passing).isAiNews).toBe(false);
    expect(scoreAiTopic(passing, { minScore: 0, minDistinctTerms: 1, minBodyHits: 1, minBodyAnchorHits: 1, minBodyDensity: 0, minProminentWeight: 0 }).isAiNews).toBe(true);
  });

  it('supporting terms cannot make a page AI news on their own', () => {
    const review: TopicInput = {
      title: 'Nvidia RTX review', metaText: 'GPU', headings: [],
      text: body(['Nvidia GPU Nvidia GPU Nvidia GPU H100 Nvidia.', 'DLSS uses AI to upscale.'], 4), isArticle: true,
    };
    expect(scoreAiTopic(review).isAiNews).toBe(false);
  });

  it('a name of the field confirmed by an anchor counts like one up front, not through the body alone', () => {
    // Gemini in the headline and throughout, "large language model" once: the story is about Google's model.
    const story: TopicInput = {
      title: 'Gemini will replace Google Assistant on Android phones', metaText: '', headings: [],
      text: body([
        'Google said on Tuesday that Gemini will become the default assistant on Android phones this year.',
        'Gemini, built on a large language model, can also read the screen.',
        'Owners can switch back, but Gemini will be the only option on new devices.',
      ], 4),
      isArticle: true,
    };
    const v = scoreAiTopic(story);
    expect(v.measures!.bodyAnchorHits).toBe(1);
    expect(v.measures!.bodyNameHits).toBe(3);
    expect(v.isAiNews).toBe(true);
    // The same words in passing in a story about something else: one "AI" and one "Gemini" are not two anchors.
    const passing: TopicInput = {
      title: 'A llama farm turns hiking into a business', metaText: '', headings: [],
      text: body(['A visitor asked her phone assistant, Gemini, which uses AI, about llama care.'], 12), isArticle: true,
    };
    expect(scoreAiTopic(passing).isAiNews).toBe(false);
    // A name without its context is no name of the field at all.
    expect(scoreAiTopic({ ...story, text: story.text.replace('built on a large language model', 'built by Google') }).isAiNews).toBe(false);
  });

  it('AI introduced early as what a tool is or uses, then referred back to, is AI news; a late or unreferred mention is not', () => {
    const story = (lead: string, rest: string[]): TopicInput => ({
      title: "St Aidan's emergency department cuts waiting times by a third", metaText: '', headings: [],
      text: [lead, ...rest, ...Array(6).fill(filler)].join('\n'), isArticle: true,
    });
    const told = story('Managers credit the improvement to an artificial intelligence tool introduced in March.', [
      'Patients the system flags as likely to go home are routed to a fast-track area.',
      'Nurses can overrule the tool at any time.',
    ]);
    const v = scoreAiTopic(told);
    expect(v.measures!.bodyAnchorHits).toBe(1);
    expect(v.measures!.toolReferences).toBe(2);
    expect(v.isAiNews).toBe(true);
    // French: the software is said to rest on AI, then "le logiciel", "l'outil".
    const fr = story("Depuis janvier, chaque cliché passe par un logiciel qui repose sur l'intelligence artificielle.", [
      'Le logiciel attribue un score de suspicion.', "Les radiologues jugent l'outil utile.",
    ]);
    expect(scoreAiTopic(fr).isAiNews).toBe(true);
    // An assistant or a feature built on a model, then "l'assistant", "the feature" (probe 9, read).
    const car = story("La version 2026 reçoit un assistant, baptisé Ava, qui s'appuie sur un modèle de langage en partie embarqué.", [
      "L'assistant comprend les demandes formulées librement.", "Hors connexion, l'assistant se limite aux commandes du véhicule.",
    ]);
    expect(scoreAiTopic(car).isAiNews).toBe(true);
    // AI named without a tool near it, or never referred back to, or only late in the story: not this way.
    expect(scoreAiTopic(story('Managers credit the improvement to artificial intelligence and to new staff.', ['Patients are routed to a fast-track area.', 'Nurses can overrule the tool.'])).measures!.toolReferences).toBe(0);
    expect(scoreAiTopic(story('Managers credit the improvement to an artificial intelligence tool.', ['Patients are routed to a fast-track area.'])).isAiNews).toBe(false);
    const late = story('Managers credit the improvement to new staff.', [...Array(12).fill(filler), 'An artificial intelligence tool was also tried.', 'The system flags patients.', 'Nurses can overrule the tool.']);
    expect(scoreAiTopic(late).measures!.toolReferences).toBe(0);
    expect(scoreAiTopic(late).isAiNews).toBe(false);
    expect(scoreAiTopic(told, { minToolReferences: 3 }).isAiNews).toBe(false);
  });
  it('AI named once, early, in a story told in machine words is AI news; the same mention past half-way is not', () => {
    const plain = 'Visitors queued for an hour on the first morning, and the museum extended its opening hours.';
    const story = (aiFirst: boolean): TopicInput => {
      const ai = 'The images on show were created with artificial intelligence by a local studio.';
      const machine = 'Each picture came from a model the studio fed with old postcards, and the software generated dozens of drafts a day.';
      const paragraphs = [plain, plain, machine, plain, plain, plain];
      paragraphs.splice(aiFirst ? 1 : 5, 0, ai);
      return { title: 'A museum show divides the town', metaText: '', headings: [], text: paragraphs.join('\n'), isArticle: true };
    };
    const early = scoreAiTopic(story(true));
    expect(early.measures!.bodyAnchorHits).toBe(1);
    expect(early.measures!.machineWordFamilies).toBe(3); // model, software, generated
    expect(early.isAiNews).toBe(true);
    const late = scoreAiTopic(story(false));
    expect(late.measures!.firstAnchorAt).toBeGreaterThan(DEFAULT_TOPIC_THRESHOLDS.earlyAnchorShare * story(false).text.length);
    expect(late.isAiNews).toBe(false);
    // Asking for one family more than the story has turns it away.
    expect(scoreAiTopic(story(true), { minMachineWordFamilies: 4 }).isAiNews).toBe(false);
  });
});
