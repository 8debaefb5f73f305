import { StrictMode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { i18n } from '#i18n';
import {
  type ClaimEdits,
  type ComparableClaim,
  HoverCard,
  type SaveState,
  saveErrorMessage,
} from '@/components/HoverCard';
import rates from '@/lib/compare/data/rates.generated.json';
import type { Conversion, RateTable } from '@/lib/compare/rates';
import { convert } from '@/lib/compare/rates';
import { articleMonth } from '@/lib/compare/rows';
import type { Claim } from '@/lib/db/schema';
import { isError, send } from '@/lib/messaging/client';
import { matchPatterns, NEWS_SITES } from '@/lib/sites';
import { CARD_API_KEY, type CardApi, type CardFigure } from './api';
import cardCss from './card.css?inline';

/**
 * The hover card. Not in the always-injected script: the background injects this file into
 * the page's frame on the first hover, so React and the exchange rates cost nothing on pages
 * where the reader never hovers a figure. It shares the content scripts' isolated world, where
 * it leaves its API under CARD_API_KEY.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: matchPatterns(NEWS_SITES),
  main() {
    const holder = globalThis as unknown as Record<string, CardApi | undefined>;
    holder[CARD_API_KEY] ??= createCard(document);
  },
});

const table = rates as RateTable;

function createCard(doc: Document): CardApi {
  const host = doc.createElement('tally-card');
  host.setAttribute('data-tally-ui', '');
  // Page styles must not reach in, nor ours out: a shadow root, and a host reset to initial.
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  let root: Root | null = null;
  let hovered = false;
  host.addEventListener('pointerenter', () => {
    hovered = true;
  });
  host.addEventListener('pointerleave', () => {
    hovered = false;
  });

  return {
    show(figure, events) {
      // The card matches the page behind the figure (card.css), before it is shown.
      if (figure.scheme) host.setAttribute('data-scheme', figure.scheme);
      else host.removeAttribute('data-scheme');
      if (!host.isConnected) doc.documentElement.append(host);
      root ??= createRoot(mount);
      root.render(
        <StrictMode>
          <CardView key={figure.draft.position} figure={figure} host={host} {...events} />
        </StrictMode>,
      );
    },
    hide() {
      root?.unmount();
      root = null;
      host.remove();
      hovered = false;
    },
    isHovered: () => hovered,
    destroy() {
      this.hide();
    },
  };
}

function CardView(props: {
  figure: CardFigure;
  host: HTMLElement;
  onClose: () => void;
  onSaved: (claimId: string) => void;
}) {
  const { figure } = props;
  const m = figure.mention;
  const frame = useRef<HTMLDivElement>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [comparisons, setComparisons] = useState<ComparableClaim[]>([]);

  const month = articleMonth({ publishedAt: figure.draft.publishedAt, savedAt: Date.now() });
  const conversion: (Conversion & { to: string }) | null =
    m.kind === 'money' && m.value !== null && m.currency && m.currency !== figure.baseCurrency
      ? withTarget(
          convert(m.value, m.currency, figure.baseCurrency, month, table),
          figure.baseCurrency,
        )
      : null;

  // Place the card under the figure, or above it when there is no room below. A layout effect:
  // placed before the browser paints, so the card never shows for a frame at the top left.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const { innerWidth, innerHeight } = window;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const left = Math.max(8, Math.min(figure.anchor.left, innerWidth - width - 8));
    const below = figure.anchor.bottom + 6;
    const top =
      below + height > innerHeight - 8 ? Math.max(8, figure.anchor.top - height - 6) : below;
    props.host.style.left = `${left}px`;
    props.host.style.top = `${top}px`;
    if (figure.viaKeyboard) el.querySelector<HTMLElement>('button.save, button')?.focus();
  }, [figure, props.host]);

  // The reader's saved figures for the same metric, other companies only, latest per company.
  useEffect(() => {
    const metric = figure.attribution?.metric;
    if (!metric || metric === 'other') return;
    let live = true;
    void send({ type: 'comparable-claims', metric, limit: 50 }).then((reply) => {
      if (!live || isError(reply)) return;
      setComparisons(toComparable(reply, figure));
    });
    return () => {
      live = false;
    };
  }, [figure]);

  // Esc closes the card wherever focus is (WCAG 1.4.13: dismissible without moving the pointer).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') props.onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [props.onClose]);

  const save = async (edits: ClaimEdits) => {
    setSaveState({ kind: 'saving' });
    try {
      const reply = await send({ type: 'save-claim', claim: { ...figure.draft, ...edits } });
      if (isError(reply)) setSaveState({ kind: 'error', message: saveErrorMessage(reply) });
      else {
        setSaveState({ kind: 'saved' });
        props.onSaved(reply.id);
      }
    } catch (error) {
      setSaveState({
        kind: 'error',
        message: i18n.t('card.unreachable', { error: String(error) }),
      });
    }
  };

  return (
    <div ref={frame} className="frame">
      <HoverCard
        mention={m}
        attribution={figure.attribution}
        ticker={figure.ticker}
        conversion={conversion}
        comparisons={comparisons}
        companyChoices={figure.companyChoices}
        saveState={saveState}
        onSave={(edits) => void save(edits)}
        onClose={props.onClose}
      />
    </div>
  );
}

function withTarget(c: Conversion | null, to: string): (Conversion & { to: string }) | null {
  return c ? { ...c, to } : null;
}

/** The latest claim of each other company, money converted at its own article's month. */
function toComparable(claims: Claim[], figure: CardFigure): ComparableClaim[] {
  const seen = new Set<string>();
  const out: ComparableClaim[] = [];
  for (const c of claims) {
    const who = c.companyId ?? c.companyName ?? '';
    if (!who || who === figure.attribution?.companyId || seen.has(who)) continue;
    seen.add(who);
    let value = c.value;
    let currency = c.currency;
    if (c.kind === 'money' && value !== null && currency && currency !== figure.baseCurrency) {
      const converted = convert(value, currency, figure.baseCurrency, articleMonth(c), table);
      value = converted?.value ?? null;
      currency = converted ? figure.baseCurrency : currency;
    }
    out.push({
      id: c.id,
      companyName: c.companyName,
      value,
      kind: c.kind,
      currency,
      unit: c.unit,
      period: c.period,
      site: c.site,
    });
    if (out.length >= 6) break;
  }
  return out;
}
