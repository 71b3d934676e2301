import { useCallback, useState } from 'react';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { useAutosave } from './useAutosave.ts';

/**
 * One request being worked on: its latest state from main, the form fields being typed (saved
 * shortly after each change), and `changed` to adopt what an action returned.
 */
export function useRequestEditing(
  initial: RequestDetail,
  onChanged?: (request: RequestDetail) => void,
) {
  const [request, setRequest] = useState(initial);
  const [version, setVersion] = useState(0);
  // Set when an attempt to submit was refused: from then on every problem shows on its field.
  const [attempted, setAttempted] = useState(false);
  const submitRefused = useCallback(() => setAttempted(true), []);
  const saved = useCallback(
    (next: RequestDetail) => {
      setRequest(next);
      onChanged?.(next);
    },
    [onChanged],
  );
  const { fields, change, flush, saveState, adopt } = useAutosave(initial, saved);
  const changed = useCallback(
    (next: RequestDetail) => {
      setRequest(next);
      adopt(next);
      setVersion((value) => value + 1);
      onChanged?.(next);
    },
    [adopt, onChanged],
  );
  /** Something else about the request changed (a file exported): refresh what depends on it. */
  const touched = useCallback(() => {
    setVersion((value) => value + 1);
    onChanged?.(request);
  }, [onChanged, request]);
  return {
    request,
    fields,
    change,
    flush,
    saveState,
    changed,
    touched,
    version,
    attempted,
    submitRefused,
  };
}

export type RequestEditing = ReturnType<typeof useRequestEditing>;
