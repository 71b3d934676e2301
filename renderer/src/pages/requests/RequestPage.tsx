import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { dueDayText } from '../../components/dates/dueDayText.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useSession } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { RequestActions } from './RequestActions.tsx';
import { RequestEditor } from './RequestEditor.tsx';
import { RequestFiles } from './RequestFiles.tsx';
import { RequestNotices, SaveStatus } from './RequestNotices.tsx';
import { StateBadge } from './StateBadge.tsx';
import { isUnsaved, unsavedDraft } from './unsavedDraft.ts';
import { useRequestEditing } from './useRequestEditing.ts';

/** The address of a request not stored yet: 新建报批 opens it, the first autosave stores it. */
export const newRequestId = 'new';

/**
 * A request on its own page (the event workspace shows the same parts in its tabs), or at
 * #/requests/new a new one, which stays the same screen while its first save gives it an address.
 */
export function RequestPage({ requestId }: { readonly requestId: string }) {
  const { session } = useSession();
  // Which new draft this is, and the id its first save gave it (the screen stays mounted then).
  const [draft, setDraft] = useState({ generation: 0, storedAs: null as string | null });
  const [previous, setPrevious] = useState(requestId);
  if (requestId !== previous) {
    setPrevious(requestId);
    if (requestId === newRequestId && previous !== newRequestId) {
      setDraft({ generation: draft.generation + 1, storedAs: null });
    }
  }
  const onStored = useCallback((id: string) => {
    setDraft((current) => ({ ...current, storedAs: id }));
    // Replaces the address without a new history entry: back leads to where 新建报批 was chosen.
    window.location.replace(`#/requests/${id}`);
  }, []);
  if (requestId === newRequestId || requestId === draft.storedAs) {
    return (
      <RequestScreen
        key={`new-${draft.generation}`}
        initial={unsavedDraft(session, new Date())}
        onStored={onStored}
      />
    );
  }
  return <StoredRequest requestId={requestId} />;
}

function StoredRequest({ requestId }: { readonly requestId: string }) {
  const [loaded] = useChannel('requests:get', { requestId });
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return <RequestScreen key={requestId} initial={loaded.value} />;
}

interface RequestScreenProps {
  readonly initial: RequestDetail;
  readonly onStored?: (id: string) => void;
}

function RequestScreen({ initial, onStored }: RequestScreenProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const [stored, setStored] = useState(!isUnsaved(initial));
  const reportStored = useCallback(
    (request: RequestDetail) => {
      if (stored || isUnsaved(request)) return;
      setStored(true);
      onStored?.(request.id);
    },
    [stored, onStored],
  );
  const editing = useRequestEditing(initial, reportStored);
  const { request, fields } = editing;
  const unsaved = isUnsaved(request);
  return (
    <section className="page page--wide">
      <header className="request-header">
        <h1>{fields.title || (unsaved ? t('requests.draft.title') : t('requests.untitled'))}</h1>
        {unsaved ? (
          <span className="badge">{t('requests.draft.unsaved')}</span>
        ) : (
          <StateBadge state={request.state} />
        )}
        <SaveStatus editing={editing} />
        {!unsaved && (
          <a className="link-button" href={`#/events/${request.id}`}>
            {t('requests.draft.openWorkspace')}
          </a>
        )}
      </header>
      {unsaved && <p className="muted">{t('requests.draft.unsavedHint')}</p>}
      <RequestNotices editing={editing} />
      {request.requestDueDate && request.materialsDueDate && (
        <p className="muted">
          {t('requests.due', {
            request: dueDayText(request.requestDueDate, language),
            materials: dueDayText(request.materialsDueDate, language),
          })}
        </p>
      )}
      <RequestActions
        request={request}
        flush={editing.flush}
        onChanged={editing.changed}
        onSubmitRefused={editing.submitRefused}
      />
      {!unsaved && <RequestFiles request={request} onExported={editing.touched} />}
      <RequestEditor editing={editing} />
    </section>
  );
}
