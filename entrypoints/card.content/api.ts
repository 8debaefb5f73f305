import type { Attribution } from '@/lib/attribute/types';
import type { Mention } from '@/lib/extract/types';
import type { ClaimDraft } from '@/lib/messaging/protocol';

/** Everything the hover card needs to show one figure; sent by the always-injected script. */
export interface CardFigure {
  mention: Mention;
  attribution: Attribution | null;
  ticker: string | null;
  /** The claim as it would be saved, before the reader's corrections. */
  draft: ClaimDraft;
  /** Where the figure is on screen (viewport coordinates), to place the card next to it. */
  anchor: { left: number; top: number; right: number; bottom: number };
  baseCurrency: string;
  companyChoices: { id: string; name: string }[];
  /** True when opened from the keyboard: focus moves into the card. */
  viaKeyboard: boolean;
  /** Whether the page is dark or light behind the figure; null leaves it to the system theme. */
  scheme: 'light' | 'dark' | null;
}

/** What the card script installs, once, in the content scripts' shared world. */
export interface CardApi {
  show(
    figure: CardFigure,
    events: { onClose: () => void; onSaved: (claimId: string) => void },
  ): void;
  hide(): void;
  /** True while the pointer is over the card: hover intent must not close it then. */
  isHovered(): boolean;
  destroy(): void;
}

/** The key under which the card script leaves its API for the always-injected script. */
export const CARD_API_KEY = '__tallyCardApi';
