import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptRecording } from '../../../../shared/domain/transcripts.ts';
import { formatOffset, shanghaiClock } from '../../../../shared/rules/transcriptFormat.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { RecorderState } from './useAudioRecorder.ts';

interface RecorderControlsProps {
  readonly state: RecorderState;
  readonly unsent: number;
  readonly canRecord: boolean;
  readonly recordings: readonly TranscriptRecording[];
  readonly onStart: () => void;
  readonly onStop: () => void;
}

function RunningClock({ since }: { readonly since: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 500);
    return () => window.clearInterval(timer);
  }, []);
  return <>{formatOffset(now - since)}</>;
}

const kilobytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** Start and stop recording, and the recordings as main holds them (saved chunks and length). */
export function RecorderControls(props: RecorderControlsProps) {
  const { t } = useTranslation();
  const { state, recordings } = props;
  const active = state.kind === 'recording' || state.kind === 'stopping';
  return (
    <section className="recorder" aria-labelledby="recorder-title">
      <h2 id="recorder-title">{t('transcripts.recorder.title')}</h2>
      {props.canRecord && (
        <div className="actions">
          {active ? (
            <button
              type="button"
              className="button button--primary"
              disabled={state.kind === 'stopping'}
              onClick={props.onStop}
            >
              {t('transcripts.recorder.stop')}
            </button>
          ) : (
            <button type="button" className="button" onClick={props.onStart}>
              {t('transcripts.recorder.start')}
            </button>
          )}
          {active && (
            <span className="recorder__live" role="timer">
              {t('transcripts.recorder.recording')}
              <RunningClock since={state.startedAt} />
            </span>
          )}
        </div>
      )}
      {props.unsent > 1 && (
        <p className="warning">{t('transcripts.recorder.unsent', { count: props.unsent })}</p>
      )}
      {state.kind === 'failed' && (
        <p className="error-message" role="alert">
          {state.message === 'unsupported'
            ? t('transcripts.recorder.unsupported')
            : t('transcripts.recorder.noDevice', { message: state.message })}
        </p>
      )}
      <h3 className="recorder__list-title">{t('transcripts.recorder.recordings')}</h3>
      {recordings.length === 0 && (
        <EmptyState
          purpose={t('transcripts.recorder.emptyPurpose')}
          hint={t(props.canRecord ? 'transcripts.recorder.emptyHint' : 'transcripts.recorder.none')}
        />
      )}
      <ul className="recorder__list" aria-label={t('transcripts.recorder.recordings')}>
        {recordings.map((recording, index) => (
          <li key={recording.id}>
            {t('transcripts.recorder.item', {
              number: index + 1,
              time: shanghaiClock(recording.startedAt, true),
              duration: formatOffset(recording.durationMs),
              size: kilobytes(recording.bytes),
            })}
            {!recording.finishedAt && t('transcripts.recorder.ongoing')}{' '}
            <span className="muted">
              {t('transcripts.recorder.saved', {
                chunks: recording.chunks,
                count: recording.chunks,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
