import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import { invoke } from '../../api.ts';
import { ExportedNotice } from '../../components/ExportedNotice.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { PublishedView } from './PublishedView.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';

interface ReviewPaneProps {
  readonly view: TranscriptView;
  readonly onChanged: (view: TranscriptView) => void;
}

/** The transcript as it will read, the review by someone other than the note-takers, export, closing. */
export function ReviewPane({ view, onChanged }: ReviewPaneProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const requestId = view.event.requestId;
  const { review } = view;

  async function act(channel: 'transcripts:review' | 'transcripts:closeEvent') {
    const result =
      channel === 'transcripts:review'
        ? await invoke(channel, { requestId, revision: view.revision })
        : await invoke(channel, { requestId });
    if (result.ok) onChanged(result.value);
    setError(result.ok ? null : result.error.message);
  }

  async function exportDocument() {
    const result = await invoke('transcripts:exportDocument', { requestId });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setExported(result.value.fileName);
    setError(null);
  }

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">{t('transcripts.review.title')}</h2>
      <p role="status">
        {view.status === 'capturing' && t('transcripts.review.notEnded')}
        {view.status === 'ended' && !review && t('transcripts.review.waiting')}
        {review?.current &&
          t('transcripts.review.reviewed', {
            name: review.reviewedByName,
            time: dates.dayTime(review.reviewedAt),
          })}
        {review &&
          !review.current &&
          t('transcripts.review.stale', { name: review.reviewedByName })}
      </p>
      {view.noteTakerNames.length > 0 && (
        <p className="muted">
          {t('transcripts.review.noteTakers', {
            names: view.noteTakerNames.join(t('punctuation.listSeparator')),
          })}
        </p>
      )}
      <div className="actions">
        {view.actions.includes('review') && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void act('transcripts:review')}
          >
            {t('transcripts.review.approve')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void exportDocument()}>
          {t('transcripts.review.export')}
        </button>
        {view.actions.includes('manageDeliverables') && (
          <button
            type="button"
            className="button"
            onClick={() => void act('transcripts:closeEvent')}
          >
            {t('transcripts.review.close')}
          </button>
        )}
      </div>
      {view.actions.includes('manageDeliverables') && (
        <p className="muted">{t('transcripts.review.closeHint')}</p>
      )}
      {review?.current && view.evaluationReadable && (
        <p>
          <a className="link-button" href={`#/evaluation/${requestId}`}>
            {t('transcripts.review.evaluate')}
          </a>
        </p>
      )}
      {exported && <ExportedNotice fileName={exported} />}
      <ErrorMessage message={error} />
      <PublishedView turns={view.turns} speakers={view.speakers} />
    </section>
  );
}
