import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import type { RequestFields } from '../../../../shared/domain/requests.ts';
import { invoke } from '../../api.ts';

export type SaveState =
  | { readonly kind: 'idle' | 'saving' | 'saved' }
  | { readonly kind: 'failed'; readonly message: string };

const delayMs = 700;

/**
 * Keeps the form's fields locally and saves them shortly after the last keystroke, on blur of the
 * window and before an action. Saves run one at a time, each with the revision the last returned,
 * so a slow save never overwrites a newer one. A new request (id '') is created in main by its
 * first save, so a form opened and left untouched stores nothing.
 */
export function useAutosave(initial: RequestDetail, onSaved: (request: RequestDetail) => void) {
  const [fields, setFields] = useState(initial.fields);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<RequestFields | null>(null);
  const revision = useRef(initial.revision);
  const requestId = useRef(initial.id);
  const running = useRef<Promise<RequestDetail | null> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(async (): Promise<RequestDetail | null> => {
    window.clearTimeout(timer.current);
    if (running.current) await running.current;
    const next = pending.current;
    if (!next) return null;
    pending.current = null;
    setSaveState({ kind: 'saving' });
    const save = (async () => {
      if (requestId.current === '') {
        const created = await invoke('requests:create', { form: next.form });
        if (!created.ok) return created;
        requestId.current = created.value.id;
        revision.current = created.value.revision;
        return invoke('requests:saveDraft', {
          requestId: created.value.id,
          revision: created.value.revision,
          fields: { ...next, unitId: created.value.fields.unitId },
        });
      }
      return invoke('requests:saveDraft', {
        requestId: requestId.current,
        revision: revision.current,
        fields: next,
      });
    })().then((result) => {
      if (!result.ok) {
        setSaveState({ kind: 'failed', message: result.error.message });
        return null;
      }
      revision.current = result.value.revision;
      setSaveState({ kind: 'saved' });
      onSaved(result.value);
      return result.value;
    });
    running.current = save;
    const saved = await save;
    running.current = null;
    return saved;
  }, [onSaved]);

  const change = useCallback(
    (next: RequestFields) => {
      setFields(next);
      pending.current = next;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('blur', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('blur', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  /** After an action changed the request on the server, adopt its fields and revision. */
  const adopt = useCallback((request: RequestDetail) => {
    revision.current = request.revision;
    setFields(request.fields);
  }, []);

  return { fields, change, flush, saveState, adopt };
}
