import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemStatus } from '../../../../shared/domain/materialClearance.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { fileToBase64 } from '../../files.ts';

interface SignDialogProps {
  readonly materialId: string;
  readonly status: ChecklistItemStatus;
  readonly contentHash: string;
  readonly beforeSign: () => Promise<void>;
  readonly onClose: () => void;
  readonly onSigned: () => void;
}

/** Signs one checklist item for the content as it is now, with a note and evidence files. */
export function SignDialog({
  materialId,
  status,
  contentHash,
  beforeSign,
  onClose,
  onSigned,
}: SignDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFiles(Array.from(event.target.files ?? []).slice(0, 3));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await beforeSign();
    const evidence = await Promise.all(
      files.map(async (file) => ({
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await fileToBase64(file),
      })),
    );
    const result = await invoke('materials:sign', {
      materialId,
      itemId: status.item.id,
      contentHash,
      note,
      evidence,
    });
    if (result.ok) onSigned();
    else setError(result.error.message);
  }

  return (
    <Dialog
      title={t('materials.checklist.signTitle', { item: status.item.label })}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('materials.checklist.signHint')}</p>
        <TextArea
          label={t('materials.checklist.note')}
          value={note}
          maxLength={2000}
          onChange={setNote}
        />
        <label className="field">
          <span>{t('materials.checklist.evidence')}</span>
          <input type="file" multiple onChange={choose} />
        </label>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('materials.checklist.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('materials.checklist.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
