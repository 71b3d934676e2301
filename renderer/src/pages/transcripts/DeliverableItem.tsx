import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deliverable, TranscriptRecording } from '../../../../shared/domain/transcripts.ts';
import { isDeliverableComplete } from '../../../../shared/rules/transcriptDeliverables.ts';
import { shortCode } from '../../../../shared/text/checkCode.ts';
import type { Result } from '../../../../shared/contract/result.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { DeliverableSettings } from './DeliverableSettings.tsx';
import { uploadFile } from './uploadFile.ts';

interface DeliverableItemProps {
  readonly requestId: string;
  readonly deliverable: Deliverable;
  readonly editable: boolean;
  /** A finished recording of the event, offered as a file. */
  readonly recording: TranscriptRecording | null;
  readonly onChanged: (deliverables: readonly Deliverable[]) => void;
}

/** One item of the list: its files, how many it needs, upload and removal, and its settings. */
export function DeliverableItem({
  requestId,
  deliverable,
  editable,
  recording,
  onChanged,
}: DeliverableItemProps) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [settings, setSettings] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const complete = isDeliverableComplete(deliverable);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    for (const file of files) {
      setProgress({ name: file.name, percent: 0 });
      const result = await uploadFile(requestId, deliverable.id, file, (fraction) =>
        setProgress({ name: file.name, percent: Math.round(fraction * 100) }),
      );
      if (!result.ok) {
        setProgress(null);
        return setError(result.error.message);
      }
      onChanged(result.value);
    }
    setProgress(null);
    setError(null);
  }

  async function run(call: Promise<Result<readonly Deliverable[]>>) {
    const result = await call;
    if (result.ok) onChanged(result.value);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <li className={complete ? 'deliverable deliverable--complete' : 'deliverable'}>
      <div className="deliverable__head">
        <h3>{deliverable.name}</h3>
        <span className={`badge badge--${deliverable.required ? 'pending' : 'neutral'}`}>
          {deliverable.required
            ? t('transcripts.deliverables.required')
            : t('transcripts.deliverables.optional')}
        </span>
        <span className={complete ? 'badge badge--good' : 'muted'}>
          {complete
            ? t('transcripts.deliverables.complete')
            : t('transcripts.deliverables.count', {
                count: deliverable.files.length,
                min: deliverable.minFiles,
              })}
        </span>
      </div>
      <ul className="deliverable__files">
        {deliverable.files.map((file) => (
          <li key={file.sha256}>
            {file.fileName}{' '}
            <span className="muted">
              ({Math.ceil(file.size / 1024)} KB · {shortCode(file.sha256)} · {file.addedByName})
            </span>
            {editable && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() =>
                  void run(
                    invoke('transcripts:removeDeliverableFile', {
                      requestId,
                      deliverableId: deliverable.id,
                      sha256: file.sha256,
                    }),
                  )
                }
              >
                {t('transcripts.deliverables.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {progress && (
        <p role="status">
          {t('transcripts.deliverables.uploading', progress)}
          <progress value={progress.percent} max={100} />
        </p>
      )}
      {editable && (
        <div className="actions">
          <label className="button button--small file-button">
            {t('transcripts.deliverables.upload')}
            <input
              type="file"
              multiple
              className="visually-hidden"
              aria-label={`${deliverable.name} ${t('transcripts.deliverables.upload')}`}
              onChange={(event) => void upload(event)}
            />
          </label>
          {recording && (
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void run(
                  invoke('transcripts:attachRecording', {
                    requestId,
                    deliverableId: deliverable.id,
                    recordingId: recording.id,
                  }),
                )
              }
            >
              {t('transcripts.deliverables.useRecording')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setSettings((value) => !value)}
          >
            {t('transcripts.deliverables.edit')}
          </button>
        </div>
      )}
      {settings && (
        <DeliverableSettings
          requestId={requestId}
          deliverable={deliverable}
          onDone={(next) => {
            setSettings(false);
            if (next) onChanged(next);
          }}
        />
      )}
      <ErrorMessage message={error} />
    </li>
  );
}
