import { useId, useState, type ReactNode } from 'react';

interface DisclosureProps {
  /** The line that is always shown and opens or closes the rest. */
  readonly summary: ReactNode;
  readonly children: ReactNode;
  readonly initiallyOpen?: boolean;
  readonly className?: string;
}

/**
 * What `<details>` does, as a button and a region. The workbench never uses `<details>`: while one
 * is anywhere in the page, Chromium checks its display lock for every node it walks when the caret
 * moves, and each keystroke in a 100,000-character material took ~10 ms longer (npm run bench).
 */
export function Disclosure({
  summary,
  children,
  initiallyOpen = false,
  className,
}: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const regionId = useId();
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'}>
      <button
        type="button"
        className="disclosure__toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {summary}
      </button>
      <div id={regionId} className="disclosure__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
