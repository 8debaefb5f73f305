import * as v from 'valibot';
import type { Attribution } from '@/lib/attribute/types';
import type { Claim } from '@/lib/db/schema';
import type { CompanyMention } from '@/lib/entities/types';
import type { Mention } from '@/lib/extract/types';

/**
 * Every message Tally sends between its parts, in one place. Each request has a valibot
 * schema: the background validates what it receives before acting on it, because a content
 * script runs beside untrusted page code. Content scripts get narrow verbs only; extension
 * pages use the database directly.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const finite = v.pipe(v.number(), v.finite());
const LANGS = ['fr', 'en', 'es', 'de'] as const;
const KINDS = ['money', 'percent', 'power', 'energy', 'count', 'multiple'] as const;
const QUALIFIERS = [
  'approximately',
  'more-than',
  'less-than',
  'up-to',
  'at-least',
  'vague',
] as const;

/** A page's limits: beyond them a page is junk, not news, and is refused whole. */
export const LIMITS = { blocks: 50_000, blockChars: 100_000, pageChars: 4_000_000 } as const;

const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/));
export const HighlightColoursSchema = v.object({ money: colour, figure: colour, company: colour });

/** What the content script knows of a figure when the reader saves it. */
export const ClaimDraftSchema = v.object({
  kind: v.picklist(KINDS),
  value: v.nullable(finite),
  valueMax: v.nullable(finite),
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  unit: nullableText(64),
  qualifier: v.nullable(v.picklist(QUALIFIERS)),
  companyId: nullableText(128),
  companyName: nullableText(256),
  metric: nullableText(64),
  period: v.nullable(v.pipe(v.string(), v.regex(/^(FY)?\d{4}(-Q[1-4]|-H[12])?$/))),
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  prefix: text(200),
  suffix: text(200),
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  url: v.pipe(v.string(), v.url(), v.maxLength(8192)),
  canonicalUrl: v.pipe(v.string(), v.url(), v.maxLength(8192)),
  title: text(1000),
  site: text(256),
  publishedAt: nullableText(64),
});
export type ClaimDraft = v.InferOutput<typeof ClaimDraftSchema>;

export const requests = {
  /** Content script → background: the script started on this page. */
  'content-ready': v.object({ type: v.literal('content-ready'), url: text(8192) }),
  /** Extension page → background: what Tally knows of a tab. */
  'tab-status': v.object({
    type: v.literal('tab-status'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /**
   * Content script → background: the figures and companies of blocks of page text, and whose
   * each figure is. The extractor and the company list run in the background, where they stay
   * compiled and warm from page to page, not on the page's main thread (see README).
   */
  'analyse-blocks': v.object({
    type: v.literal('analyse-blocks'),
    lang: v.picklist(LANGS),
    publishedAt: nullableText(64),
    blocks: v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.number(), v.integer()),
          text: text(LIMITS.blockChars),
          rowHeader: v.optional(text(1000)),
          columnHeader: v.optional(text(1000)),
        }),
      ),
      v.maxLength(LIMITS.blocks),
      v.check(
        (blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= LIMITS.pageChars,
        'page text too large',
      ),
    ),
  }),
  /**
   * Content script → background: paint this frame's highlights in the reader's colours
   * (a stylesheet the browser injects, so the page's DOM is untouched). `previous` is removed.
   */
  'highlight-colours': v.object({
    type: v.literal('highlight-colours'),
    colours: v.nullable(HighlightColoursSchema),
    previous: v.nullable(HighlightColoursSchema),
  }),
  /** Content script → background: the hover card's code, injected into the asking frame. */
  'load-card': v.object({ type: v.literal('load-card') }),
  /** Content script → background: store a figure the reader saved. */
  'save-claim': v.object({ type: v.literal('save-claim'), claim: ClaimDraftSchema }),
  /** Content script → background: the reader's claims for a metric, for the card's comparison. */
  'comparable-claims': v.object({
    type: v.literal('comparable-claims'),
    metric: text(64),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  }),
  /** Content script → background: claims saved from this page, to paint them as saved. */
  'claims-for-url': v.object({ type: v.literal('claims-for-url'), canonicalUrl: text(8192) }),
};

export type RequestType = keyof typeof requests;
export type Request<T extends RequestType = RequestType> = v.InferOutput<(typeof requests)[T]>;

export interface TabStatus {
  tabId: number;
  url: string;
  startedAt: number;
}

/** A figure of a block: the mention (offsets into the block's text) and whose it is. */
export interface BlockFigure {
  mention: Mention;
  attribution: Attribution;
  /** The attributed company's first ticker. */
  ticker: string | null;
}

/** For one block: its figures in text order, and its companies. */
export interface BlockAnalysis {
  id: number;
  figures: BlockFigure[];
  companies: CompanyMention[];
}

export interface Responses {
  'content-ready': { ok: true };
  'tab-status': TabStatus | null;
  'analyse-blocks': { blocks: BlockAnalysis[] };
  'highlight-colours': { ok: true };
  'load-card': { ok: true };
  'save-claim': { ok: true; id: string };
  'comparable-claims': Claim[];
  'claims-for-url': Claim[];
}

/** What the background answers when it refuses a message; never thrown. */
export interface ErrorReply {
  /** For the console and logs, in English. */
  error: string;
  /**
   * What the reader is told, in their language, by the page that asked: `storage-full` (the
   * browser has no room left; nothing stored was lost), `failed` (the database failed),
   * `refused` (the message was malformed or came from the wrong place).
   */
  reason: 'storage-full' | 'failed' | 'refused';
}

export type Reply<T extends RequestType> = Responses[T] | ErrorReply;

const anyRequest = v.variant('type', Object.values(requests));

/** Parses an unknown message; returns the typed request or an error saying what is wrong. */
export function parseRequest(
  message: unknown,
): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(anyRequest, message);
  if (result.success) return { ok: true, request: result.output as Request };
  return { ok: false, error: v.summarize(result.issues) };
}

/**
 * Extension page → content script (`browser.tabs.sendMessage`): only Tally's own pages can
 * reach a content script this way, so these are typed, and checked for shape on arrival.
 */
export type TabRequest =
  | { type: 'page-figures' }
  | { type: 'scroll-to-figure'; id: number }
  | { type: 'scroll-to-claim'; claimId: string };

/** A figure on the page, as the popup lists it. */
export interface PageFigure {
  /** Stable for the life of the page: `scroll-to-figure` takes it. */
  id: number;
  text: string;
  kind: 'money' | 'percent' | 'power' | 'energy' | 'count' | 'multiple';
  value: number | null;
  valueMax: number | null;
  currency: string | null;
  unit: string | null;
  company: string | null;
  metric: string | null;
  period: string | null;
}

export interface TabResponses {
  'page-figures': {
    url: string;
    figures: PageFigure[];
    companies: string[];
    /** Saved claims of this page that could not be found on it again. */
    orphanedClaims: string[];
  };
  'scroll-to-figure': { ok: boolean };
  'scroll-to-claim': { ok: boolean };
}
