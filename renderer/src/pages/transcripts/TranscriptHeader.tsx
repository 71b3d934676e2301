import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';

interface TranscriptHeaderProps {
  readonly view: TranscriptView;
  /** Waits until every committed turn is answered, so ending never refuses one still on its way. */
  readonly beforeEnd: () => Promise<void>;
  readonly onChanged: (view: TranscriptView) => void;
}

/** The event's title, time and place, where the transcript stands, and start / end / resume. */
export function TranscriptHeader({ view, beforeEnd, onChanged }: TranscriptHeaderProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [error, setError] = useState<string | null>(null);
  const { event } = view;

  async function act(channel: 'transcripts:start' | 'transcripts:end' | 'transcripts:resume') {
    if (channel === 'transcripts:end') await beforeEnd();
    const result = await invoke(channel, { requestId: event.requestId });
    if (result.ok) onChanged(result.value);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <header className="transcript__header">
      <div className="transcript__title-row">
        <h1>{event.title}</h1>
        <StatusBadge status={view.status} />
      </div>
      <p className="muted">
        {event.unitName} ·{' '}
        {t('transcripts.header.when', {
          time: dates.dayTime(event.startsAt),
          venue: event.venue,
        })}
        {view.startedAt &&
          ` · ${t('transcripts.header.startedAt', { time: dates.dayTime(view.startedAt) })}`}
        {view.endedAt &&
          ` · ${t('transcripts.header.endedAt', { time: dates.dayTime(view.endedAt) })}`}
        {view.closedAt &&
          ` · ${t('transcripts.header.closedBy', { name: view.closedByName ?? '', time: dates.dayTime(view.closedAt) })}`}
      </p>
      <div className="actions">
        {view.actions.includes('start') && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void act('transcripts:start')}
          >
            {t('transcripts.header.start')}
          </button>
        )}
        {view.actions.includes('end') && (
          <button type="button" className="button" onClick={() => void act('transcripts:end')}>
            {t('transcripts.header.end')}
          </button>
        )}
        {view.actions.includes('resume') && (
          <button type="button" className="button" onClick={() => void act('transcripts:resume')}>
            {t('transcripts.header.resume')}
          </button>
        )}
      </div>
      {view.status === 'notStarted' && (
        <p className="muted">
          {event.requestState === 'approved'
            ? t('transcripts.header.startHint')
            : t('transcripts.header.notApproved')}
        </p>
      )}
      <ErrorMessage message={error} />
    </header>
  );
}
