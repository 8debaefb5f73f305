import { browser } from 'wxt/browser';
import { matchPatterns, NEWS_SITES } from '@/lib/sites';

export default defineContentScript({
  // Test builds add this machine's own hosts (see wxt.config.ts).
  matches: matchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  main(ctx) {
    if (ctx.isInvalid) return;
    void browser.runtime.sendMessage({ type: 'content-ready', url: location.href }).catch(() => {
      // The background can be restarting after an update; the page must not see an error.
    });
  },
});
