import { browser } from 'wxt/browser';
import { claimIdFromHash, withoutHash } from '@/lib/claim-link';
import { pageMeta } from '@/lib/dom/meta';
import { detectLang } from '@/lib/extract/lang';
import type { Lang } from '@/lib/extract/types';
import { send } from '@/lib/messaging/client';
import type { TabRequest, TabResponses } from '@/lib/messaging/protocol';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  runsOn,
  type Settings,
  watchSettings,
} from '@/lib/settings';
import { matchPatterns, NEWS_SITES } from '@/lib/sites';
import { initHover } from './hover';
import { PageSession } from './page';
import './style.css';

const LANGS: readonly Lang[] = ['fr', 'en', 'es', 'de'];

export default defineContentScript({
  // Test builds add this machine's own hosts (see wxt.config.ts).
  matches: matchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  // WXT also announces each start with a window.postMessage, for content scripts built by
  // older WXT versions: 3–9 ms of the start on this machine, and a message event in the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Enabling a site from the popup injects this script into the open tab as well: run once.
    const flags = globalThis as unknown as { __tallyStarted?: boolean };
    if (flags.__tallyStarted) return;
    flags.__tallyStarted = true;
    // A source opened from the popup carries the claim to show: `#tally-claim=<id>`.
    const claimToShow = claimIdFromHash(location.hash);
    if (claimToShow) history.replaceState(history.state, '', withoutHash(location.href));
    const ready = () =>
      void browser.runtime.sendMessage({ type: 'content-ready', url: location.href }).catch(() => {
        // The background can be restarting after an update; the page must not see an error.
      });

    let session: { page: PageSession; stop: AbortController } | null = null;
    let colours: Settings['colours'] | null = null;
    /** The default colours come with the content script; others are a stylesheet the background adds. */
    const applyColours = (settings: Settings) => {
      const custom = sameColours(settings.colours, DEFAULT_SETTINGS.colours)
        ? null
        : settings.colours;
      if (sameColours(custom, colours)) return;
      void send({ type: 'highlight-colours', colours: custom, previous: colours }).catch(() => {});
      colours = custom;
    };
    const stop = () => {
      session?.stop.abort();
      session = null;
    };
    /** (Re)starts on the page with these settings; returns the session, if one started. */
    const start = (settings: Settings) => {
      stop();
      if (!runsOn(settings, location.hostname)) return null;
      applyColours(settings);
      try {
        session = startPage(settings, ctx.signal);
        if (session && claimToShow) session.page.showClaimWhenPlaced(claimToShow);
      } catch (error) {
        // Tally must never break a page: report, and leave the page as it was.
        console.warn('Tally could not read this page:', error);
      }
      return session;
    };

    const first = start(await loadSettings());
    // The popup's "this page" status can wait for the first paint (an extension message is a
    // millisecond or more of the page's main thread).
    if (first) void first.page.painted.then(ready);
    else ready();
    // Settings and single-page-app navigations restart the page cleanly.
    const unwatch = watchSettings(start);
    ctx.onInvalidated(unwatch);
    ctx.addEventListener(window, 'wxt:locationchange', () => void loadSettings().then(start));
    ctx.onInvalidated(stop);

    browser.runtime.onMessage.addListener((message: TabRequest) => {
      const page = session?.page;
      if (!page || typeof message !== 'object' || message === null) return undefined;
      return Promise.resolve(answer(page, message));
    });
  },
});

function startPage(settings: Settings, parent: AbortSignal) {
  const stop = new AbortController();
  parent.addEventListener('abort', () => stop.abort(), { once: true });
  const meta = pageMeta(document);
  const detected =
    meta.lang && (LANGS as string[]).includes(meta.lang)
      ? (meta.lang as Lang)
      : detectLang(sampleText(document));
  if (!settings.languages.includes(detected)) return null;
  const page = new PageSession({
    doc: document,
    win: window,
    lang: detected,
    meta,
    settings,
    signal: stop.signal,
  });
  if (document.body) page.start(document.body);
  initHover(page, settings, stop.signal);
  return { page, stop };
}

function answer(
  page: PageSession,
  message: TabRequest,
): TabResponses[TabRequest['type']] | undefined {
  switch (message.type) {
    case 'page-figures':
      return {
        url: location.href,
        figures: page.pageFigures(),
        companies: page.companyNames(),
        orphanedClaims: page.orphanedClaims(),
      };
    case 'scroll-to-figure': {
      const f = page.figures().find((x) => x.id === message.id);
      if (f) page.focusFigure(f);
      return { ok: !!f };
    }
    case 'scroll-to-claim': {
      const f = page.figureOfClaim(message.claimId);
      if (f) page.focusFigure(f);
      // A claim of this page that could not be found again is still this page's: the popup
      // lists it as orphaned instead of opening the page once more.
      return { ok: !!f || page.knowsClaim(message.claimId) };
    }
    default:
      return undefined;
  }
}

/** Some of the page's prose for language detection, without forcing a layout (no innerText). */
function sampleText(doc: Document): string {
  const main = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return `${doc.title} ${main?.textContent?.slice(0, 5000) ?? ''}`;
}

function sameColours(a: Settings['colours'] | null, b: Settings['colours'] | null): boolean {
  return (
    a === b ||
    (!!a && !!b && a.money === b.money && a.figure === b.figure && a.company === b.company)
  );
}
