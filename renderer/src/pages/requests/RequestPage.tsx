import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { RequestActions } from './RequestActions.tsx';
import { RequestEditor } from './RequestEditor.tsx';
import { RequestFiles } from './RequestFiles.tsx';
import { RequestNotices, SaveStatus } from './RequestNotices.tsx';
import { StateBadge } from './StateBadge.tsx';
import { useRequestEditing } from './useRequestEditing.ts';

/** A request on its own page (the event workspace shows the same parts in its tabs). */
export function RequestPage({ requestId }: { readonly requestId: string }) {
  const [loaded] = useChannel('requests:get', { requestId });
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return <RequestScreen key={requestId} initial={loaded.value} />;
}

function RequestScreen({ initial }: { readonly initial: RequestDetail }) {
  const { t } = useTranslation();
  const editing = useRequestEditing(initial);
  const { request, fields } = editing;
  return (
    <section className="page page--wide">
      <header className="request-header">
        <h1>{fields.title || t('requests.untitled')}</h1>
        <StateBadge state={request.state} />
        <SaveStatus editing={editing} />
      </header>
      <RequestNotices editing={editing} />
      {request.requestDueDate && request.materialsDueDate && (
        <p className="muted">
          {t('requests.due', {
            request: request.requestDueDate,
            materials: request.materialsDueDate,
          })}
        </p>
      )}
      <RequestActions request={request} flush={editing.flush} onChanged={editing.changed} />
      <RequestFiles request={request} onExported={editing.touched} />
      <RequestEditor editing={editing} />
    </section>
  );
}
