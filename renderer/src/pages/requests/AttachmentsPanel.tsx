import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { shortCode } from '../../../../shared/text/checkCode.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { fileToBase64 } from '../../files.ts';

interface AttachmentsPanelProps {
  readonly request: RequestDetail;
  readonly editable: boolean;
  readonly onChanged: (request: RequestDetail) => void;
}

export function AttachmentsPanel({ request, editable, onChanged }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    for (const file of files) {
      const result = await invoke('requests:addAttachment', {
        requestId: request.id,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await fileToBase64(file),
      });
      if (!result.ok) return setError(result.error.message);
      onChanged(result.value);
    }
    setError(null);
  }

  async function remove(sha256: string, fileName: string) {
    const result = await invoke('requests:removeAttachment', {
      requestId: request.id,
      sha256,
      fileName,
    });
    if (result.ok) onChanged(result.value);
    else setError(result.error.message);
  }

  return (
    <fieldset>
      <legend>{t('requests.form.sectionAttachments')}</legend>
      {request.attachments.length === 0 && (
        <p className="muted">{t('requests.form.noAttachments')}</p>
      )}
      <ul className="attachment-list">
        {request.attachments.map((attachment) => (
          <li key={attachment.sha256 + attachment.fileName}>
            {attachment.fileName}{' '}
            <span className="muted">
              ({Math.ceil(attachment.size / 1024)} KB · {shortCode(attachment.sha256)})
            </span>
            {editable && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void remove(attachment.sha256, attachment.fileName)}
              >
                {t('requests.form.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <label className="button button--small file-button">
          {t('requests.form.addAttachment')}
          <input
            type="file"
            multiple
            className="visually-hidden"
            onChange={(event) => void add(event)}
          />
        </label>
      )}
      <ErrorMessage message={error} />
    </fieldset>
  );
}
