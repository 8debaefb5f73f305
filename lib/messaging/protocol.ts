import * as v from 'valibot';

/**
 * Every message Tally sends between its parts, in one place. Each request has a valibot
 * schema: the background validates what it receives before acting on it, because a content
 * script runs beside untrusted page code.
 */
export const requests = {
  /** Content script → background: the script started on this page. */
  'content-ready': v.object({
    type: v.literal('content-ready'),
    url: v.pipe(v.string(), v.maxLength(8192)),
  }),
  /** Extension page → background: what Tally knows of a tab. */
  'tab-status': v.object({
    type: v.literal('tab-status'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
};

export type RequestType = keyof typeof requests;
export type Request<T extends RequestType = RequestType> = v.InferOutput<(typeof requests)[T]>;

export interface TabStatus {
  tabId: number;
  url: string;
  startedAt: number;
}

export interface Responses {
  'content-ready': { ok: true };
  'tab-status': TabStatus | null;
}

const anyRequest = v.variant('type', Object.values(requests));

/** Parses an unknown message; returns the typed request or an error saying what is wrong. */
export function parseRequest(
  message: unknown,
): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(anyRequest, message);
  if (result.success) return { ok: true, request: result.output as Request };
  return { ok: false, error: v.summarize(result.issues) };
}
