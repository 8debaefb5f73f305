import type { Browser } from 'wxt/browser';
import { parseRequest, type Responses } from '@/lib/messaging/protocol';
import { getTabStatus, rememberTabStatus } from './tab-status';

type Sender = Browser.runtime.MessageSender;

/** Where a message may come from: a tab's content script, or one of Tally's own pages. */
function fromContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.tab?.id !== undefined;
}
function fromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return (sender.url ?? '').startsWith(extensionOrigin);
}

/**
 * Validates a message and its sender, then answers it. Anything malformed or sent from the
 * wrong place is answered with an error object, never thrown: a page must not be able to
 * crash the background.
 */
export async function handleMessage(
  message: unknown,
  sender: Sender,
  env: { extensionOrigin: string },
): Promise<Responses[keyof Responses] | { error: string }> {
  const parsed = parseRequest(message);
  if (!parsed.ok) return { error: `Tally: unexpected message (${parsed.error})` };
  const request = parsed.request;
  switch (request.type) {
    case 'content-ready': {
      if (!fromContentScript(sender)) return { error: 'Tally: content-ready must come from a tab' };
      await rememberTabStatus({ tabId: sender.tab.id, url: request.url, startedAt: Date.now() });
      return { ok: true };
    }
    case 'tab-status': {
      if (!fromExtensionPage(sender, env.extensionOrigin))
        return { error: 'Tally: tab-status is for extension pages only' };
      return getTabStatus(request.tabId);
    }
  }
}
