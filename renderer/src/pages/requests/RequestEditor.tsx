import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../scheduling/ConflictNotice.tsx';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { DecisionsList } from './DecisionsList.tsx';
import { RequestForm } from './RequestForm.tsx';
import { Timeline } from './Timeline.tsx';
import { isUnsaved } from './unsavedDraft.ts';
import type { RequestEditing } from './useRequestEditing.ts';

/** The request form with its problems, attachments, decisions and history. */
export function RequestEditor({
  editing,
  showTimeline = true,
}: {
  readonly editing: RequestEditing;
  readonly showTimeline?: boolean;
}) {
  const { t } = useTranslation();
  const { request, fields, change, changed } = editing;
  const editable = request.actions.includes('edit');
  const unsaved = isUnsaved(request);
  return (
    <>
      {editable && request.problems.length > 0 && (
        <section className="needed" id="request-needed" aria-labelledby="needed-title">
          <h2 id="needed-title">
            {t('requests.neededTitle')}
            {t('punctuation.bracketed', { text: request.problems.length })}
          </h2>
          <ul>
            {request.problems.map((problem) => (
              <li key={problem.field + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </section>
      )}
      {editable && request.problems.length === 0 && request.state === 'draft' && (
        <p className="notice">{t('requests.neededDone')}</p>
      )}
      {!editable && <p className="muted">{t('requests.readOnly')}</p>}
      {!unsaved && <ConflictNotice requestId={request.id} revision={request.revision} />}
      <div className="request-layout">
        <div>
          <RequestForm
            fields={fields}
            unitName={request.unitName}
            readOnly={!editable}
            problems={request.problems}
            judged={request.fields}
            showAll={editing.attempted}
            onChange={change}
          />
          {unsaved ? (
            <p className="muted">{t('requests.draft.attachmentsLater')}</p>
          ) : (
            <AttachmentsPanel request={request} editable={editable} onChanged={changed} />
          )}
        </div>
        <aside>
          <DecisionsList decisions={request.decisions} />
          {showTimeline && !unsaved && (
            <Timeline key={`${request.revision}-${editing.version}`} requestId={request.id} />
          )}
        </aside>
      </div>
    </>
  );
}
