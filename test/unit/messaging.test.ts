import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { type BackgroundEnv, handleMessage } from '@/entrypoints/background/handlers';
import { TallyDB } from '@/lib/db/schema';
import { parseRequest } from '@/lib/messaging/protocol';

const ext = 'chrome-extension://abc/';
const db = new TallyDB('messaging-test');
const env: BackgroundEnv = {
  extensionOrigin: ext,
  db: () => db,
  injectCard: vi.fn(async () => {}),
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
    expect(reply).toMatchObject({ error: expect.stringContaining('unexpected message') });
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
