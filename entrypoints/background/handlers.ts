import type { Browser } from 'wxt/browser';
import { analyseText } from '@/lib/analyse';
import type { Discourse } from '@/lib/attribute';
import { claimsForMetric, claimsForUrl, StorageFullError, saveClaim } from '@/lib/db/claims';
import type { TallyDB } from '@/lib/db/schema';
import { defaultCompanyList } from '@/lib/entities/default-list';
import { companyById } from '@/lib/entities/list';
import {
  type BlockAnalysis,
  type ErrorReply,
  parseRequest,
  type Request,
  type Responses,
} from '@/lib/messaging/protocol';
import { getTabStatus, rememberTabStatus } from './tab-status';

type Sender = Browser.runtime.MessageSender;

/** What the handlers need from the browser, passed in so tests can give fakes. */
export interface BackgroundEnv {
  extensionOrigin: string;
  db: () => TallyDB;
  /** Injects the hover card's script into one frame of a tab. */
  injectCard: (tabId: number, frameId: number) => Promise<void>;
  /** Adds (or removes) a stylesheet in one frame of a tab. */
  styleFrame: (tabId: number, frameId: number, css: string, remove: boolean) => Promise<void>;
  now: () => number;
  newId: () => string;
}

/** Where a message may come from: a tab's content script, or one of Tally's own pages. */
function fromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return (sender.url ?? '').startsWith(extensionOrigin);
}
function fromContentScript(
  sender: Sender,
  extensionOrigin: string,
): sender is Sender & { tab: { id: number } } {
  return sender.tab?.id !== undefined && !fromExtensionPage(sender, extensionOrigin);
}

/**
 * Validates a message and its sender, then answers it. Anything malformed or sent from the
 * wrong place is answered with an error object, never thrown: a page must not be able to
 * crash the background.
 */
export async function handleMessage(
  message: unknown,
  sender: Sender,
  env: BackgroundEnv,
): Promise<Responses[keyof Responses] | ErrorReply> {
  const parsed = parseRequest(message);
  if (!parsed.ok)
    return { error: `Tally: unexpected message (${parsed.error})`, reason: 'refused' };
  const request = parsed.request;
  if (request.type === 'tab-status') {
    if (!fromExtensionPage(sender, env.extensionOrigin))
      return { error: 'Tally: tab-status is for extension pages only', reason: 'refused' };
    return getTabStatus(request.tabId);
  }
  if (!fromContentScript(sender, env.extensionOrigin))
    return { error: `Tally: ${request.type} must come from a tab`, reason: 'refused' };
  try {
    return await handleContentRequest(request, sender, env);
  } catch (error) {
    if (error instanceof StorageFullError) return { error: error.message, reason: 'storage-full' };
    return { error: `Tally: ${request.type} failed (${String(error)})`, reason: 'failed' };
  }
}

async function handleContentRequest(
  request: Exclude<Request, Request<'tab-status'>>,
  sender: Sender & { tab: { id: number } },
  env: BackgroundEnv,
): Promise<Responses[keyof Responses]> {
  switch (request.type) {
    case 'content-ready':
      await rememberTabStatus({ tabId: sender.tab.id, url: request.url, startedAt: env.now() });
      return { ok: true };
    case 'analyse-blocks':
      return { blocks: analyseBlocks(request) };
    case 'highlight-colours': {
      const frame = sender.frameId ?? 0;
      if (request.previous)
        await env.styleFrame(sender.tab.id, frame, highlightCss(request.previous), true);
      if (request.colours)
        await env.styleFrame(sender.tab.id, frame, highlightCss(request.colours), false);
      return { ok: true };
    }
    case 'load-card':
      await env.injectCard(sender.tab.id, sender.frameId ?? 0);
      return { ok: true };
    case 'save-claim': {
      const id = env.newId();
      await saveClaim(env.db(), { ...request.claim, id, savedAt: env.now(), note: '', tags: [] });
      return { ok: true, id };
    }
    case 'comparable-claims':
      return claimsForMetric(env.db(), request.metric, request.limit);
    case 'claims-for-url':
      return claimsForUrl(env.db(), request.canonicalUrl);
  }
}

/** Figures, companies and attribution for a page's blocks, in page order so "l'entreprise" can be resolved. */
export function analyseBlocks(request: Request<'analyse-blocks'>): BlockAnalysis[] {
  const list = defaultCompanyList();
  const discourse: Discourse = { subject: null };
  const tickers = new Map<string, string | null>();
  const tickerOf = (companyId: string | null) => {
    if (!companyId) return null;
    if (!tickers.has(companyId))
      tickers.set(companyId, companyById(list, companyId)?.tickers[0] ?? null);
    return tickers.get(companyId) ?? null;
  };
  return request.blocks.map((block) => {
    const { mentions, companies } = analyseText(block.text, {
      lang: request.lang,
      publishedAt: request.publishedAt,
      context: { rowHeader: block.rowHeader, columnHeader: block.columnHeader },
      list,
      discourse,
    });
    const figures = mentions.map(
      ({ company, companyId, metric, period, attribution, ...mention }) => ({
        mention,
        attribution,
        ticker: tickerOf(companyId),
      }),
    );
    return { id: block.id, figures, companies };
  });
}

/** The highlight rules for the reader's colours; the colours are validated hex, nothing else. */
export function highlightCss(c: { money: string; figure: string; company: string }): string {
  return [
    `::highlight(tally-money) { background-color: color-mix(in srgb, ${c.money} 35%, transparent); }`,
    `::highlight(tally-figure) { background-color: color-mix(in srgb, ${c.figure} 35%, transparent); }`,
    `::highlight(tally-company) { text-decoration-color: ${c.company}; }`,
  ].join('\n');
}
