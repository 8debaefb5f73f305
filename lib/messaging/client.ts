import { browser } from 'wxt/browser';
// Types only: the schemas (and valibot) stay out of the content script's bundle.
import type { ErrorReply, Reply, Request, RequestType } from './protocol';

/** Sends a request to the background; the reply is typed by the request's type. */
export async function send<T extends RequestType>(
  request: Request<T> & { type: T },
): Promise<Reply<T>> {
  return (await browser.runtime.sendMessage(request)) as Reply<T>;
}

/** True for the error object the background answers instead of throwing. */
export const isError = (reply: unknown): reply is ErrorReply =>
  typeof reply === 'object' && reply !== null && 'error' in reply;
