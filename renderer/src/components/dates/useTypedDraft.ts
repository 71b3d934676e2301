import { useState } from 'react';

interface TypedDraftOptions {
  /** The stored value ('' for none). */
  readonly value: string;
  /** What the box shows while nothing is being typed. */
  readonly shown: string;
  /** The stored form of a typed text, or null when it cannot be read. */
  readonly parse: (typed: string) => string | null;
  readonly onChange: (value: string) => void;
  /** Told a typed text could not be read (null once it can). */
  readonly onUnreadable?: ((text: string | null) => void) | undefined;
}

/**
 * The text a person types into a day or time box, kept apart from the stored value until it is
 * committed (on blur or Enter): an unreadable text stays in the box and is reported, an empty one
 * clears the value.
 */
export function useTypedDraft({ value, shown, parse, onChange, onUnreadable }: TypedDraftOptions) {
  // null shows the value itself.
  const [draft, setDraft] = useState<string | null>(null);

  const accept = (next: string) => {
    onUnreadable?.(null);
    setDraft(null);
    if (next !== value) onChange(next);
  };

  const commit = () => {
    if (draft === null) return;
    const trimmed = draft.trim();
    if (trimmed === '') return accept('');
    const parsed = parse(trimmed);
    if (parsed === null) onUnreadable?.(trimmed);
    else accept(parsed);
  };

  return { text: draft ?? shown, setDraft, commit, accept };
}
