import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The content script's port to the worker (src/shared/messaging.ts), over a fake `runtime` that
 * pairs `connect` with `onConnect` the way the browsers do: calls are answered with their typed
 * result, the worker's sender and params checks still apply, and a port that closes (worker
 * stopped) is replaced once for the calls it carried.
 */

type Listener = (...a: unknown[]) => void;
class FakePort {
  other!: FakePort;
  readonly msg: Listener[] = [];
  readonly gone: Listener[] = [];
  closed = false;
  constructor(readonly name: string, readonly sender?: object) {}
  onMessage = { addListener: (l: Listener) => this.msg.push(l) };
  onDisconnect = { addListener: (l: Listener) => this.gone.push(l) };
  postMessage(m: unknown) {
    if (this.closed) throw new Error('port closed');
    const copy = JSON.parse(JSON.stringify(m));
    queueMicrotask(() => { if (!this.other.closed) for (const l of this.other.msg) l(copy); });
  }
  disconnect() {
    if (this.closed) return;
    this.closed = this.other.closed = true;
    queueMicrotask(() => { for (const l of this.other.gone) l(); });
  }
}

const fake = vi.hoisted(() => ({ onConnect: [] as ((p: unknown) => void)[], sender: {} as Record<string, unknown>, ports: [] as unknown[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'ext',
      connect: ({ name }: { name: string }) => {
        const mine = new FakePort(name);
        const theirs = new FakePort(name, { ...fake.sender });
        mine.other = theirs;
        theirs.other = mine;
        fake.ports.push(theirs);
        for (const l of fake.onConnect) l(theirs);
        return mine;
      },
      onConnect: { addListener: (l: (p: unknown) => void) => fake.onConnect.push(l) },
      onMessage: { addListener: () => undefined },
    },
  },
}));

const { callBackgroundFromContent, serveContentPort } = await import('../../src/shared/messaging');
const { CONTENT_TO_BACKGROUND } = await import('../../src/shared/protocol');
const { CONTENT_TO_BACKGROUND_PARAMS } = await import('../../src/shared/validate');

const article = { url: 'https://x.test/a', title: 'T', htmlLang: 'en', metaText: '', headings: [], blocks: [], isArticle: false };
const seen: unknown[] = [];
serveContentPort({
  methods: CONTENT_TO_BACKGROUND,
  params: CONTENT_TO_BACKGROUND_PARAMS,
  acceptSender: (s) => s.id === 'ext' && !!s.tab,
  handlers: {
    analyzeArticle: (params, sender) => {
      seen.push(sender.tab);
      return { title: params.article.title } as never;
    },
  },
});

describe('the content port', () => {
  beforeEach(() => {
    fake.sender = { id: 'ext', tab: { id: 7 }, frameId: 0 };
    seen.length = 0;
  });

  it('answers calls with their typed result, the handler seeing the port sender, over one port', async () => {
    const before = fake.ports.length;
    const [a, b] = await Promise.all([
      callBackgroundFromContent('analyzeArticle', { article: { ...article, title: 'one' }, force: false }),
      callBackgroundFromContent('analyzeArticle', { article: { ...article, title: 'two' }, force: true }),
    ]);
    expect(a).toEqual({ ok: true, value: { title: 'one' } });
    expect(b).toEqual({ ok: true, value: { title: 'two' } });
    expect(seen).toEqual([{ id: 7 }, { id: 7 }]);
    expect(fake.ports.length - before).toBeLessThanOrEqual(1);
  });

  it('refuses params its validator refuses, with an error result', async () => {
    const r = await callBackgroundFromContent('analyzeArticle', { article: { ...article, blocks: [{ text: 'x', kind: 'script' }] }, force: false } as never);
    expect(r.ok).toBe(false);
    expect(seen).toEqual([]);
  });

  it('sends a call again on a new port when the worker closes the old one', async () => {
    (fake.ports.at(-1) as FakePort).disconnect();
    const r = await callBackgroundFromContent('analyzeArticle', { article, force: false });
    expect(r).toEqual({ ok: true, value: { title: 'T' } });
  });

  it('closes a port from a sender the receiver does not accept, and the call fails', async () => {
    (fake.ports.at(-1) as FakePort).disconnect();
    await Promise.resolve();
    fake.sender = { id: 'other', tab: { id: 7 } };
    const r = await callBackgroundFromContent('analyzeArticle', { article, force: false });
    expect(r.ok).toBe(false);
    expect(seen).toEqual([]);
  });
});
