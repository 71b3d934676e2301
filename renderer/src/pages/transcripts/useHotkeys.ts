import { useEffect, useRef } from 'react';

/** A key (KeyboardEvent.code, with Alt or not) and what it does. */
export interface Hotkey {
  readonly code: string;
  readonly alt?: boolean;
  readonly run: () => void;
}

/**
 * Keys that work wherever the focus is, typing included (a note-taker never leaves the input).
 * Matched by physical key, so Alt+1 works under any keyboard layout and input method.
 */
export function useHotkeys(hotkeys: readonly Hotkey[]): void {
  const current = useRef(hotkeys);
  useEffect(() => {
    current.current = hotkeys;
  }, [hotkeys]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.isComposing) return;
      // A modal dialog has the keyboard (Esc closes it).
      if (document.querySelector('dialog[open]')) return;
      const hotkey = current.current.find(
        (item) => item.code === event.code && (item.alt ?? false) === event.altKey,
      );
      if (!hotkey) return;
      event.preventDefault();
      hotkey.run();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/** Alt+1 … Alt+9: the physical digit keys. */
export const digitCodes = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(
  (digit) => `Digit${digit}`,
);
