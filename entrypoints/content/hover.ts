import type { CardApi } from '@/entrypoints/card.content/api';
import type { Settings } from '@/lib/settings';
import type { Figure, PageSession } from './page';

/** How long the pointer rests on a figure before the card opens (hover intent). */
const HOVER_INTENT_MS = 200;
/** How long the card stays after the pointer leaves figure and card, to let it cross the gap. */
const LEAVE_GRACE_MS = 350;

/** Parses "Alt+Shift+ArrowDown" into a test on keyboard events. */
export function keyMatcher(spec: string): (e: KeyboardEvent) => boolean {
  const parts = spec.split('+').map((p) => p.trim());
  const key = parts.pop() ?? '';
  const want = new Set(parts.map((p) => p.toLowerCase()));
  return (e) =>
    (e.key === key || e.code === key || e.key.toLowerCase() === key.toLowerCase()) &&
    e.altKey === want.has('alt') &&
    e.shiftKey === want.has('shift') &&
    e.ctrlKey === want.has('ctrl') &&
    e.metaKey === want.has('meta');
}

function inEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.(
    'input, textarea, select, [contenteditable]:not([contenteditable="false"])',
  );
}

/**
 * Opens the hover card on hover intent or from the keyboard: next/previous figure shortcuts
 * paint a focus highlight, Enter opens the card, Esc closes it. The card stays while hovered
 * and never times out (WCAG 1.4.13).
 */
export function initHover(
  session: PageSession,
  settings: Settings,
  signal: AbortSignal,
  win: Window & typeof globalThis = window,
): void {
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let candidate: Figure | null = null;
  let open: Figure | null = null;
  let card: CardApi | null = null;
  const isNext = keyMatcher(settings.keys.next);
  const isPrevious = keyMatcher(settings.keys.previous);

  const close = () => {
    card?.hide();
    open = null;
  };

  async function openFigure(f: Figure, viaKeyboard: boolean) {
    card = await session.card();
    if (!card || signal.aborted) return;
    open = f;
    card.show(session.cardFigure(f, viaKeyboard), {
      onClose: close,
      onSaved: (claimId) => session.markFigureSaved(f, claimId),
    });
  }

  win.addEventListener(
    'pointermove',
    (e) => {
      if (card?.isHovered()) {
        clearTimeout(leaveTimer);
        return;
      }
      const f = session.figureAt(e.target as Element, e.clientX, e.clientY);
      if (f !== candidate) {
        candidate = f;
        clearTimeout(intentTimer);
        if (f && f !== open)
          intentTimer = setTimeout(() => void openFigure(f, false), HOVER_INTENT_MS);
      }
      if (f === open && open) clearTimeout(leaveTimer);
      else if (open && !f) {
        clearTimeout(leaveTimer);
        leaveTimer = setTimeout(() => {
          if (!card?.isHovered()) close();
        }, LEAVE_GRACE_MS);
      }
    },
    { signal, passive: true },
  );

  win.addEventListener(
    'keydown',
    (e) => {
      if (inEditable(e.target)) return;
      const next = isNext(e);
      if (next || isPrevious(e)) {
        const all = session.figures();
        if (all.length === 0) return;
        const i = session.focused ? all.indexOf(session.focused) : -1;
        const j = next ? (i + 1) % all.length : (i <= 0 ? all.length : i) - 1;
        session.focusFigure(all[j] as Figure);
        e.preventDefault();
      } else if (e.key === 'Enter' && session.focused && !open) {
        void openFigure(session.focused, true);
        e.preventDefault();
      } else if (e.key === 'Escape') {
        if (open) close();
        else session.clearFocus();
      }
    },
    { signal, capture: true },
  );

  signal.addEventListener('abort', () => {
    clearTimeout(intentTimer);
    clearTimeout(leaveTimer);
    card?.hide();
  });
}
