import { type KeyboardEvent, useRef } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  /** A count shown after the label (e.g. disagreements), when above zero. */
  badge?: number;
}

/**
 * A tab list as the WAI-ARIA pattern has it: one tab in the Tab order, arrows (and Home, End)
 * move between tabs and open them. Panels are rendered by the caller with `panelId(key)`.
 */
export function Tabs<K extends string>(props: {
  label: string;
  items: readonly TabItem<K>[];
  current: K;
  idPrefix: string;
  onSelect: (key: K) => void;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const n = props.items.length;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % n
        : event.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1;
    if (next === -1) return;
    event.preventDefault();
    const item = props.items[next] as TabItem<K>;
    props.onSelect(item.key);
    refs.current.get(item.key)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className="tabs">
      {props.items.map((item, index) => {
        const selected = item.key === props.current;
        return (
          <button
            key={item.key}
            ref={(el) => {
              if (el) refs.current.set(item.key, el);
              else refs.current.delete(item.key);
            }}
            type="button"
            role="tab"
            id={`${props.idPrefix}-tab-${item.key}`}
            aria-selected={selected}
            aria-controls={`${props.idPrefix}-panel-${item.key}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(item.key)}
            onKeyDown={(event) => move(event, index)}
          >
            {item.label}
            {item.badge ? <span className="badge"> {item.badge}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
