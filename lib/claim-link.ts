/**
 * "Open the source" of a saved claim: the popup opens the claim's page with this fragment,
 * and the content script, on start, finds the claim by id, scrolls to it and removes the
 * fragment. No DOM, no extension API: both sides import it.
 */

const KEY = 'tally-claim';

/** The page address with `#tally-claim=<id>` (replacing any fragment it had). */
export function claimLink(url: string, claimId: string): string {
  const parsed = new URL(url);
  parsed.hash = `${KEY}=${encodeURIComponent(claimId)}`;
  return parsed.href;
}

/** The claim id in a location's fragment (`location.hash`), or null. */
export function claimIdFromHash(hash: string): string | null {
  const match = hash.match(new RegExp(`^#?${KEY}=([^&]+)$`));
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** An address without its fragment, to tell whether a tab shows a claim's page. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
