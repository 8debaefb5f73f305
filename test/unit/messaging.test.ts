import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { type BackgroundEnv, handleMessage } from '@/entrypoints/background/handlers';
import { claimById, countClaims } from '@/lib/db/claims';
import { TallyDB } from '@/lib/db/schema';
import { parseRequest } from '@/lib/messaging/protocol';

const ext = 'chrome-extension://abc/';
const db = new TallyDB('messaging-test');
const env: BackgroundEnv = {
  extensionOrigin: ext,
  db: () => db,
  injectCard: vi.fn(async () => {}),
  styleFrame: vi.fn(async () => {}),
  now: () => 1_700_000_000_000,
  newId: () => 'claim-1',
};
const tabSender = { id: 'abc', tab: { id: 7 } as never, url: 'https://example.com/a' };
const pageSender = { id: 'abc', url: `${ext}popup.html` };

describe('protocol', () => {
  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'drop-database' }],
    ['missing field', { type: 'tab-status' }],
    ['wrong type', { type: 'tab-status', tabId: 'seven' }],
    ['negative id', { type: 'tab-status', tabId: -1 }],
    ['oversized url', { type: 'content-ready', url: 'x'.repeat(10_000) }],
  ])('rejects %s', (_why, message) => {
    expect(parseRequest(message).ok).toBe(false);
  });

  it('accepts a well-formed request', () => {
    expect(parseRequest({ type: 'tab-status', tabId: 3 })).toEqual({
      ok: true,
      request: { type: 'tab-status', tabId: 3 },
    });
  });
});

describe('background handlers', () => {
  it('answers junk with an error instead of throwing', async () => {
    const reply = await handleMessage({ nonsense: true }, tabSender, env);
    expect(reply).toMatchObject({
      error: expect.stringContaining('unexpected message'),
      reason: 'refused',
    });
  });

  it('remembers the tab a content script started in and tells extension pages', async () => {
    await handleMessage({ type: 'content-ready', url: 'https://example.com/a' }, tabSender, env);
    const status = await handleMessage({ type: 'tab-status', tabId: 7 }, pageSender, env);
    expect(status).toMatchObject({ tabId: 7, url: 'https://example.com/a' });
  });

  it('refuses tab-status asked by a web page', async () => {
    const reply = await handleMessage({ type: 'tab-status', tabId: 7 }, tabSender, env);
    expect(reply).toMatchObject({ error: expect.stringContaining('extension pages only') });
  });

  it('refuses content-ready sent from outside a tab', async () => {
    const reply = await handleMessage({ type: 'content-ready', url: 'x' }, pageSender, env);
    expect(reply).toMatchObject({ error: expect.stringContaining('from a tab') });
  });
});

describe('highlight colours', () => {
  it('adds the reader’s colours and removes the previous ones, in the sending frame', async () => {
    const styleFrame = vi.fn(async () => {});
    const sender = { ...tabSender, frameId: 3 };
    const colours = { money: '#ff0000', figure: '#00ff00', company: '#0000ff' };
    const previous = { money: '#111111', figure: '#222222', company: '#333333' };
    const reply = await handleMessage({ type: 'highlight-colours', colours, previous }, sender, {
      ...env,
      styleFrame,
    });
    expect(reply).toEqual({ ok: true });
    expect(styleFrame).toHaveBeenNthCalledWith(1, 7, 3, expect.stringContaining('#111111'), true);
    expect(styleFrame).toHaveBeenNthCalledWith(2, 7, 3, expect.stringContaining('#ff0000'), false);
  });

  it('refuses anything but plain hex colours, so no CSS can be smuggled in', async () => {
    const colours = { money: 'red; } body { display: none', figure: '#00ff00', company: '#0000ff' };
    const reply = await handleMessage(
      { type: 'highlight-colours', colours, previous: null },
      tabSender,
      env,
    );
    expect(reply).toMatchObject({ error: expect.stringContaining('unexpected message') });
  });
});

describe('content-script verbs', () => {
  const draft = {
    kind: 'money',
    value: 80e9,
    valueMax: null,
    currency: 'USD',
    unit: null,
    qualifier: 'approximately',
    companyId: 'microsoft',
    companyName: 'Microsoft',
    metric: 'capex',
    period: 'FY2025',
    quote: 'près de 80 milliards de dollars',
    prefix: 'comptait consacrer ',
    suffix: ' à des centres',
    position: 812,
    url: 'https://news.example/ia?x=1',
    canonicalUrl: 'https://news.example/ia',
    title: 'La course aux centres de données',
    site: 'news.example',
    publishedAt: '2025-02-11',
  };

  it('analyses blocks: figures, companies, and each figure’s company, metric, period and ticker', async () => {
    const reply = await handleMessage(
      {
        type: 'analyse-blocks',
        lang: 'fr',
        publishedAt: '2025-01-25',
        blocks: [{ id: 4, text: 'Meta prévoit de dépenser 62 milliards d’euros cette année.' }],
      },
      tabSender,
      env,
    );
    if (!reply || !('blocks' in reply)) throw new Error(JSON.stringify(reply));
    const [block] = reply.blocks;
    expect(block?.id).toBe(4);
    expect(block?.companies.map((c) => c.name)).toEqual(['Meta']);
    expect(block?.figures).toHaveLength(1);
    const [figure] = block?.figures ?? [];
    expect(figure?.mention).toMatchObject({
      text: '62 milliards d’euros',
      start: 25,
      end: 45,
      kind: 'money',
      value: 62e9,
      currency: 'EUR',
    });
    expect(figure?.attribution).toMatchObject({ company: 'Meta', metric: 'capex', period: '2025' });
    expect(figure?.ticker).toBe('META');
  });

  it('saves a valid claim with a new id and the time, and lists it for its page and metric', async () => {
    const reply = await handleMessage({ type: 'save-claim', claim: draft }, tabSender, env);
    expect(reply).toEqual({ ok: true, id: 'claim-1' });
    const stored = await claimById(db, 'claim-1');
    expect(stored).toMatchObject({
      ...draft,
      id: 'claim-1',
      savedAt: 1_700_000_000_000,
      note: '',
      tags: [],
    });
    const forUrl = await handleMessage(
      { type: 'claims-for-url', canonicalUrl: draft.canonicalUrl },
      tabSender,
      env,
    );
    expect(forUrl).toHaveLength(1);
    const forMetric = await handleMessage(
      { type: 'comparable-claims', metric: 'capex' },
      tabSender,
      env,
    );
    expect(forMetric).toHaveLength(1);
  });

  it.each([
    ['an unknown kind', { kind: 'weight' }],
    ['an empty quote', { quote: '' }],
    ['a made-up currency code', { currency: 'dollars' }],
    ['a period that is no period', { period: 'soon' }],
    ['an infinite value', { value: Number.POSITIVE_INFINITY }],
    ['a relative URL', { url: '/ia' }],
  ])('refuses a claim with %s and stores nothing', async (_why, change) => {
    const before = await countClaims(db);
    const reply = await handleMessage(
      { type: 'save-claim', claim: { ...draft, ...change } },
      tabSender,
      env,
    );
    expect(reply).toMatchObject({ error: expect.any(String), reason: 'refused' });
    expect(await countClaims(db)).toBe(before);
  });

  it('says why a save failed, so the card can tell the reader in their language', async () => {
    const full = new TallyDB('messaging-full');
    const quota = new DOMException('quota', 'QuotaExceededError');
    const put = vi
      .spyOn(full.sheets, 'bulkAdd')
      .mockRejectedValue(new Dexie.AbortError('aborted', quota));
    const onFull = await handleMessage({ type: 'save-claim', claim: draft }, tabSender, {
      ...env,
      db: () => full,
    });
    expect(onFull).toMatchObject({ reason: 'storage-full' });
    put.mockRejectedValue(new Error('disk on fire'));
    const onFailure = await handleMessage({ type: 'save-claim', claim: draft }, tabSender, {
      ...env,
      db: () => full,
    });
    expect(onFailure).toMatchObject({
      reason: 'failed',
      error: expect.stringContaining('disk on fire'),
    });
    put.mockRestore();
    expect(await countClaims(full)).toBe(0);
    await full.delete();
  });

  it('injects the card into the frame that asked', async () => {
    const injectCard = vi.fn(async () => {});
    await handleMessage(
      { type: 'load-card' },
      { ...tabSender, frameId: 2 },
      { ...env, injectCard },
    );
    expect(injectCard).toHaveBeenCalledWith(7, 2);
  });

  it('refuses a page too large to be news', async () => {
    const blocks = Array.from({ length: 50 }, (_, id) => ({ id, text: 'x'.repeat(100_000) }));
    const reply = await handleMessage(
      { type: 'analyse-blocks', lang: 'en', publishedAt: null, blocks },
      tabSender,
      env,
    );
    expect(reply).toMatchObject({ error: expect.stringContaining('page text too large') });
  });
});
