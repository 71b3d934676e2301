import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { isUnsaved } from './unsavedDraft.ts';

interface DeleteDraftDialogProps {
  readonly request: RequestDetail;
  readonly flush: () => Promise<RequestDetail | null>;
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

/** 删除草稿, confirmed. A draft not yet stored has nothing to delete; main checks the rest. */
export function DeleteDraftDialog({ request, flush, onClose, onDeleted }: DeleteDraftDialogProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const title = request.fields.title.trim() || t('requests.untitled');

  async function confirm() {
    // A save may be on its way (it creates the record of a new draft): let it land, then delete.
    const current = (await flush()) ?? request;
    if (!isUnsaved(current)) {
      const result = await invoke('requests:deleteDraft', { requestId: current.id });
      if (!result.ok) return setError(result.error.message);
    }
    onDeleted();
  }

  return (
    <Dialog title={t('requests.draft.deleteTitle')} onClose={onClose}>
      <p>
        {isUnsaved(request)
          ? t('requests.draft.deleteUnsaved')
          : t('requests.draft.deleteConfirm', { title })}
      </p>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('requests.draft.keep')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()}>
          {t('requests.draft.deleteButton')}
        </button>
      </div>
    </Dialog>
  );
}
