import { claimLink, withoutHash } from '@/lib/claim-link';
import type { Claim } from '@/lib/db/schema';
import type { PopupEnv } from './env';

/**
 * Shows a claim on its page. When the popup is over that page already, the content script is
 * asked to scroll to it; otherwise the page opens in a new tab with `#tally-claim=<id>`, which
 * the content script reads when it starts. The popup then closes.
 */
export async function openClaim(env: PopupEnv, claim: Claim): Promise<void> {
  const tab = await env.tabs.active().catch(() => null);
  const here = tab ? withoutHash(tab.url) : null;
  if (tab && (here === withoutHash(claim.url) || here === withoutHash(claim.canonicalUrl))) {
    const reply = await env.tabs
      .send(tab.id, { type: 'scroll-to-claim', claimId: claim.id })
      .catch(() => undefined);
    if (reply?.ok) {
      env.close();
      return;
    }
  }
  await env.tabs.open(claimLink(claim.url, claim.id));
  env.close();
}
