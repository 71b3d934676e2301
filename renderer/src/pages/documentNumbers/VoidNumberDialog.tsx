import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  voidReasonMaxLength,
  type DocumentNumberEntry,
} from '../../../../shared/domain/documentNumbers.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';

interface VoidNumberDialogProps {
  readonly entry: DocumentNumberEntry;
  readonly onClose: () => void;
  readonly onDone: (entry: DocumentNumberEntry) => void;
}

/** 作废: the number stays in the register with the reason, which is required. */
export function VoidNumberDialog({ entry, onClose, onDone }: VoidNumberDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(form: FormEvent) {
    form.preventDefault();
    if (!reason.trim()) return setError(t('documentNumbers.reasonRequired'));
    const result = await invoke('documentNumbers:void', { id: entry.id, reason });
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  }

  return (
    <Dialog title={t('documentNumbers.voidTitle', { number: entry.number })} onClose={onClose}>
      <form onSubmit={(form) => void submit(form)}>
        <p className="warning" role="note">
          {t('documentNumbers.voidHint')}
        </p>
        <p>{entry.title}</p>
        <TextArea
          label={t('documentNumbers.reason')}
          value={reason}
          rows={2}
          maxLength={voidReasonMaxLength}
          onChange={setReason}
        />
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('documentNumbers.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('documentNumbers.confirmVoid')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
