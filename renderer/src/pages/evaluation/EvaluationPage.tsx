import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView, MarkStatus } from '../../../../shared/domain/evaluation.ts';
import { findingKinds } from '../../../../shared/domain/evaluation.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useChannel } from '../../useChannel.ts';
import { FindingCard } from './FindingCard.tsx';
import './evaluation.css';
import { useDateText } from '../../components/dates/useDateText.ts';

interface EvaluationPageProps {
  readonly requestId: string;
  readonly navigate: (route: string) => void;
}

/**
 * 发布评估 of one event (#/evaluation/<requestId>): the findings grouped by kind, each with its
 * turn and the matched words on both sides; the news office marks them, 加入口径库 drafts an
 * answer from an unprepared question, and the report exports as Word.
 */
export function EvaluationPage({ requestId, navigate }: EvaluationPageProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [loaded] = useChannel('evaluation:get', { requestId });
  const [fresh, setFresh] = useState<EvaluationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const view = fresh ?? (loaded.state === 'ready' ? loaded.value : null);

  async function mark(findingKey: string, status: MarkStatus, note: string): Promise<boolean> {
    const result = await invoke('evaluation:mark', { requestId, findingKey, status, note });
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setFresh(result.value);
    setError(null);
    return true;
  }

  async function addToLibrary(findingKey: string) {
    const result = await invoke('evaluation:addToLibrary', { requestId, findingKey });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setMessage(t('evaluation.added', { question: result.value.question }));
  }

  async function exportPackage() {
    const result = await invoke('evaluation:exportPackage', { requestId });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setError(null);
    setMessage(t('evaluation.packageExported', { name: result.value.fileName }));
  }

  async function exportWord() {
    const result = await invoke('evaluation:exportWord', { requestId });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setError(null);
    setMessage(t('evaluation.exported', { name: result.value.fileName }));
  }

  return (
    <section className="page page--wide evaluation">
      <button type="button" className="link-button" onClick={() => navigate(`events/${requestId}`)}>
        {t('evaluation.backToEvent')}
      </button>
      <div className="page__title">
        <h1>
          {t('evaluation.title')}
          {view && <span className="evaluation__event"> · {view.event.title}</span>}
        </h1>
        {view && (
          <div className="evaluation__actions">
            {view.sendsTo !== null && (
              <button type="button" className="button" onClick={() => void exportPackage()}>
                {t('evaluation.exportPackage')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void exportWord()}>
              {t('evaluation.exportWord')}
            </button>
          </div>
        )}
      </div>
      {loaded.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.error.message} />}
      <ErrorMessage message={error} />
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {view && (
        <>
          <p className="muted">
            {view.event.unitName} ·{' '}
            {t('evaluation.reviewed', {
              name: view.reviewedByName,
              at: dates.dayTime(view.reviewedAt),
            })}
          </p>
          {view.received && (
            <section className="notice evaluation__received" aria-labelledby="received-title">
              <h2 id="received-title">{t('evaluation.received.title')}</h2>
              <p>
                {t('evaluation.received.from', {
                  name: view.received.fromName,
                  sentAt: dates.dayTime(view.received.sentAt),
                  receivedAt: dates.dayTime(view.received.receivedAt),
                })}
              </p>
              <p className="muted">{t('evaluation.received.hint')}</p>
            </section>
          )}
          {view.sendsTo !== null && (
            <p className="muted">{t('evaluation.sendsTo', { name: view.sendsTo })}</p>
          )}
          <p className="evaluation__intro">{t('evaluation.intro')}</p>
          {findingKinds.map((kind) => {
            const findings = view.findings.filter((finding) => finding.kind === kind);
            return (
              <section key={kind} className="evaluation__group" aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>
                  {t(`evaluation.kinds.${kind}`)}{' '}
                  <span className="badge badge--neutral">
                    {t('evaluation.count', { count: findings.length })}
                  </span>
                </h2>
                <p className="muted">{t(`evaluation.kindHints.${kind}`)}</p>
                {findings.length === 0 ? (
                  <p className="muted">{t('evaluation.noFindings')}</p>
                ) : (
                  <ol className="evaluation__findings">
                    {findings.map((finding) => (
                      <FindingCard
                        key={finding.key}
                        requestId={requestId}
                        finding={finding}
                        hasRecording={view.hasRecording}
                        linksTurns={view.received === null}
                        canMark={view.canMark}
                        canAddToLibrary={view.canAddToLibrary}
                        onMark={(status, note) => mark(finding.key, status, note)}
                        onAddToLibrary={() => void addToLibrary(finding.key)}
                      />
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
