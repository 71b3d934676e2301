import { useTranslation } from 'react-i18next';
import { CheckCode } from '../../components/CheckCode.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import type { RequestEditing } from './useRequestEditing.ts';

/** What the drafter must know about the request right now: save failures, voided approval, due dates. */
export function RequestNotices({ editing }: { readonly editing: RequestEditing }) {
  const { t } = useTranslation();
  const { request, saveState } = editing;
  return (
    <>
      {saveState.kind === 'failed' && (
        <ErrorMessage message={t('requests.saveFailed', { message: saveState.message })} />
      )}
      {request.voidedReason && request.state !== 'approved' && (
        <p className="warning" role="note">
          <strong>{t('requests.voided')}</strong>
          {t('punctuation.colon')}
          {request.voidedReason}
        </p>
      )}
      {request.fastTracked && !request.ratifiedAt && (
        <p className="warning" role="note">
          {t('requests.unratified')}
        </p>
      )}
      {request.state === 'approved' && request.approvedHash && (
        <CheckCode label={t('requests.approvedBound')} hash={request.approvedHash} />
      )}
    </>
  );
}

export function SaveStatus({ editing }: { readonly editing: RequestEditing }) {
  const { t } = useTranslation();
  return (
    <span className="muted" role="status" aria-live="polite">
      {editing.saveState.kind === 'saving' && t('requests.saving')}
      {editing.saveState.kind === 'saved' && t('requests.saved')}
    </span>
  );
}
