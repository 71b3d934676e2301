import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../scheduling/ConflictNotice.tsx';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { DecisionsList } from './DecisionsList.tsx';
import { RequestForm } from './RequestForm.tsx';
import { Timeline } from './Timeline.tsx';
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
  return (
    <>
      {editable && request.problems.length > 0 && (
        <section className="problems" aria-labelledby="problems-title">
          <h2 id="problems-title">{t('requests.problemsTitle')}</h2>
          <ul>
            {request.problems.map((problem) => (
              <li key={problem.field + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </section>
      )}
      {!editable && <p className="muted">{t('requests.readOnly')}</p>}
      <ConflictNotice requestId={request.id} revision={request.revision} />
      <div className="request-layout">
        <div>
          <RequestForm
            fields={fields}
            unitName={request.unitName}
            readOnly={!editable}
            problems={request.problems}
            onChange={change}
          />
          <AttachmentsPanel request={request} editable={editable} onChanged={changed} />
        </div>
        <aside>
          <DecisionsList decisions={request.decisions} />
          {showTimeline && (
            <Timeline key={`${request.revision}-${editing.version}`} requestId={request.id} />
          )}
        </aside>
      </div>
    </>
  );
}
