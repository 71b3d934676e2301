import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernDetail } from '../../../../shared/domain/concerns.ts';
import { formatDayTime } from '../../../../shared/text/chineseDates.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { fileToBase64, saveExportedFile } from '../../files.ts';

/** Screenshots of what was seen (帖文、网页截图): listed for download, added from a file. */
export function ConcernAttachments({
  item,
  onChanged,
}: {
  readonly item: ConcernDetail;
  readonly onChanged: (item: ConcernDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'zh';
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(files: FileList | null) {
    const chosen = [...(files ?? [])];
    if (chosen.length === 0) return;
    setBusy(true);
    let latest: ConcernDetail | null = null;
    for (const file of chosen) {
      const result = await invoke('concerns:addAttachment', {
        concernId: item.id,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await fileToBase64(file),
      });
      if (!result.ok) {
        setError(
          t('concerns.attachmentRefused', { name: file.name, reason: result.error.message }),
        );
        break;
      }
      latest = result.value;
      setError(null);
    }
    setBusy(false);
    if (latest) onChanged(latest);
  }

  async function download(sha256: string) {
    const result = await invoke('concerns:attachment', { concernId: item.id, sha256 });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
  }

  return (
    <section className="concern-attachments" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('concerns.fields.attachments')}</h2>
      {item.attachments.length === 0 ? (
        <p className="muted">{t('concerns.noAttachments')}</p>
      ) : (
        <ul className="concern-attachments__list">
          {item.attachments.map((entry) => (
            <li key={entry.sha256}>
              <button
                type="button"
                className="link-button"
                onClick={() => void download(entry.sha256)}
              >
                {entry.fileName}
              </button>{' '}
              <span className="muted">{formatDayTime(entry.addedAt, { language })}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="button" htmlFor={inputId} aria-disabled={busy}>
        {busy ? t('concerns.addingAttachment') : t('concerns.actions.addAttachment')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"
        multiple
        disabled={busy}
        aria-label={t('concerns.actions.addAttachment')}
        onChange={(event) => {
          void add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      {error && <ErrorMessage message={error} />}
    </section>
  );
}
