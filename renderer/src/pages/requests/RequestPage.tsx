import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { DecisionsList } from './DecisionsList.tsx';
import { RequestActions } from './RequestActions.tsx';
import { RequestFiles } from './RequestFiles.tsx';
import { RequestForm } from './RequestForm.tsx';
import { StateBadge } from './StateBadge.tsx';
import { Timeline } from './Timeline.tsx';
import { useAutosave } from './useAutosave.ts';

export function RequestPage({ requestId }: { readonly requestId: string }) {
  const [loaded] = useChannel('requests:get', { requestId });
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return <RequestEditor key={requestId} initial={loaded.value} />;
}

function RequestEditor({ initial }: { readonly initial: RequestDetail }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState(initial);
  const [timelineVersion, setTimelineVersion] = useState(0);
  const { fields, change, flush, saveState, adopt } = useAutosave(initial, setRequest);
  const editable = request.actions.includes('edit');

  const changed = useCallback(
    (next: RequestDetail) => {
      setRequest(next);
      adopt(next);
    },
    [adopt],
  );

  return (
    <section className="page page--wide">
      <header className="request-header">
        <h1>{fields.title || t('requests.untitled')}</h1>
        <StateBadge state={request.state} />
        <span className="muted" role="status" aria-live="polite">
          {saveState.kind === 'saving' && t('requests.saving')}
          {saveState.kind === 'saved' && t('requests.saved')}
        </span>
      </header>
      {saveState.kind === 'failed' && (
        <ErrorMessage message={t('requests.saveFailed', { message: saveState.message })} />
      )}
      {request.voidedReason && request.state !== 'approved' && (
        <p className="warning" role="note">
          <strong>{t('requests.voided')}</strong>:{request.voidedReason}
        </p>
      )}
      {request.fastTracked && !request.ratifiedAt && (
        <p className="warning" role="note">
          {t('requests.unratified')}
        </p>
      )}
      {request.requestDueDate && request.materialsDueDate && (
        <p className="muted">
          {t('requests.due', {
            request: request.requestDueDate,
            materials: request.materialsDueDate,
          })}
        </p>
      )}
      {request.state === 'approved' && request.approvedHash && (
        <p className="muted">
          {t('requests.approvedBound', { hash: request.approvedHash.slice(0, 16) })}
        </p>
      )}
      <RequestActions request={request} flush={flush} onChanged={changed} />
      <RequestFiles request={request} onExported={() => setTimelineVersion((value) => value + 1)} />
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
          <Timeline key={`${request.revision}-${timelineVersion}`} requestId={request.id} />
        </aside>
      </div>
    </section>
  );
}
