import { type KeyboardEvent, useId, useState } from 'react';

const MODIFIERS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The shortcut a key press makes, as Tally stores it ("Alt+Shift+ArrowDown"), or null for a
 * press that is only a modifier. Letters and digits come from the physical key, so Alt+K on a
 * Mac (which types "˚") still reads as Alt+K.
 */
export function shortcutOf(event: {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): string | null {
  if (MODIFIERS.has(event.key)) return null;
  const key = event.code.startsWith('Key')
    ? event.code.slice(3)
    : event.code.startsWith('Digit')
      ? event.code.slice(5)
      : event.key === ' '
        ? 'Space'
        : event.key.length === 1
          ? event.key.toUpperCase()
          : event.key;
  return [
    event.ctrlKey && 'Ctrl',
    event.altKey && 'Alt',
    event.shiftKey && 'Shift',
    event.metaKey && 'Meta',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

/** True for a shortcut a page is unlikely to need itself: one with Ctrl, Alt or Meta. */
export function isUsableShortcut(shortcut: string): boolean {
  const parts = shortcut.split('+');
  return parts.length > 1 && parts.some((p) => p === 'Ctrl' || p === 'Alt' || p === 'Meta');
}

/**
 * A field that records a keyboard shortcut: focus it and press the keys. Tab and Shift+Tab
 * still move focus; Backspace or Delete restore the default.
 */
export function KeyField(props: {
  label: string;
  value: string;
  defaultValue: string;
  hintId: string;
  /** Says why a shortcut is refused, or null to accept it. */
  validate: (shortcut: string) => string | null;
  onChange: (shortcut: string) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'Tab' && plain) return;
    if ((event.key === 'Backspace' || event.key === 'Delete') && plain && !event.shiftKey) {
      event.preventDefault();
      setError(null);
      props.onChange(props.defaultValue);
      return;
    }
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    event.preventDefault();
    const problem = props.validate(shortcut);
    setError(problem);
    if (!problem) props.onChange(shortcut);
  };
  return (
    <div className="key-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="key"
        readOnly
        value={props.value}
        onKeyDown={onKeyDown}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error ${props.hintId}` : props.hintId}
      />
      {error && (
        <p id={`${id}-error`} className="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
