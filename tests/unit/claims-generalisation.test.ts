// Readings added so the classifier holds on real reporting it was not tuned on: requirements are not
// advice, mild words judge only when predicated, the writer's own questions, doubts and inferences,
// first-person stance, sources inside the writer's hypothesis, and the French future-in-the-past.
// Every sentence is ours, written for the rule it pins.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('requirements and descriptions stay fact', () => {
  it('"must" and "need to" state a requirement', () => {
    expect(en('Under the new rules, providers must publish a summary of their training data.').label).toBe('fact');
    expect(en('To run the model locally, users need to download 40 GB of weights.').label).toBe('fact');
    expect(en('The value must be a string of at most 64 characters.').label).toBe('fact');
  });
  it('a mild word used attributively is description, not judgement', () => {
    expect(en('Engineers spent a difficult week migrating the cluster to the new region.').label).toBe('fact');
    expect(en('The update simply renames the setting and moves it to the advanced tab.').label).toBe('fact');
    expect(en('The lab released an important patch for its inference server on Monday.').label).toBe('fact');
  });
  it('the same mild word predicated of a subject is the writer’s judgement', () => {
    expect(en('Getting the licence terms right is important for smaller labs.').label).toBe('opinion');
    expect(en('Whether the regulator will accept the remedy remains unclear.').label).toBe('opinion');
  });
});

describe('the writer’s own voice → opinion, with a cue', () => {
  const opinion = (c: ReturnType<typeof en>) => {
    expect(c.label).toBe('opinion');
    expect(c.cues.length).toBeGreaterThan(0);
  };
  it('questions and exclamations outside quotes', () => {
    opinion(en('So what is left for the smaller labs?'));
    opinion(fr('Que reste-t-il alors aux petits laboratoires ?'));
    expect(en('“Is this the end of open models?” the headline asked.').label).not.toBe('opinion');
  });
  it('comment adverbs of degree judge any adjective', () => {
    opinion(en('The new assistant is surprisingly slow on long documents.'));
    opinion(fr('La version gratuite reste étonnamment limitée.'));
  });
  it('the writer’s doubt', () => {
    opinion(en('Perhaps the most telling detail is the timing of the release.'));
  });
  it('an inference from a thing just mentioned', () => {
    opinion(en('That choice suggests the company no longer sees search as its core business.'));
    opinion(fr('Ce revirement montre que le groupe a changé de priorités.'));
    expect(fr('Ce rapport montre que le groupe a changé de priorités.').label).toBe('reported');
  });
  it('first person: "we believe" is the writer, not a source', () => {
    const c = en('The team publishes its evaluations because we believe openness builds trust.');
    expect(c.label).toBe('opinion');
    expect(c.source).toBeUndefined();
  });
  it('a French jussive "que" + subjunctive', () => {
    opinion(fr('Que ceux qui doutent de l’outil essaient la nouvelle version.'));
  });
  it('"risque de" + infinitive is the writer’s forecast', () => {
    opinion(fr('Cette règle risque de freiner les jeunes pousses européennes.'));
  });
});

describe('sources and hedges in context', () => {
  it('a source inside the writer’s hypothesis does not frame the sentence', () => {
    expect(en('If what the insiders told Reuters is true, the merger would reshape the market.').label).toBe('opinion');
  });
  it('an opening clause with a verb is no "In <document>" container', () => {
    expect(en('In 2019 the startup could not afford its own GPUs, so it rented them.').label).toBe('fact');
    expect(en('In a Bloomberg story from June, the chipmaker’s plans were laid out in detail.').label).toBe('reported');
  });
  it('French future-in-the-past under a past verb narrates, it is not hearsay', () => {
    expect(fr('Les dirigeants pensaient que la crise serait de courte durée.').label).toBe('fact');
    expect(fr('Il y a dix ans, personne n’aurait imaginé qu’une IA écrirait du code.').label).toBe('fact');
  });
  it('the hearsay conditional still makes a rumor, and a named source still reports it', () => {
    expect(fr('Mistral lèverait 600 millions d’euros auprès de fonds américains.').label).toBe('rumor');
    expect(fr('Selon Bloomberg, Mistral lèverait 600 millions d’euros.').label).toBe('reported');
  });
});
