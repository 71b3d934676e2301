import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/contract/exportedFile.ts';
import type { Result } from '../../../../shared/contract/result.ts';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { shortCode } from '../../../../shared/text/checkCode.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useCan } from '../../session.tsx';

/** The request's papers (审批表, 审批函) and its package to the other installation. */
export function RequestFiles({
  request,
  onExported,
}: {
  readonly request: RequestDetail;
  readonly onExported: () => void;
}) {
  const { t } = useTranslation();
  const canTransfer = useCan('exchange.transfer');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(
    call: Promise<Result<ExportedFile>>,
    describe: (file: ExportedFile) => string,
  ) {
    const result = await call;
    if (!result.ok) {
      setMessage(null);
      return setError(result.error.message);
    }
    saveExportedFile(result.value);
    setError(null);
    setMessage(describe(result.value));
    onExported();
  }

  const document = (kind: 'form' | 'approvalLetter') =>
    save(invoke('requests:exportDocument', { requestId: request.id, document: kind }), (file) =>
      t('requests.documents.exported', { name: file.fileName, hash: shortCode(file.sha256) }),
    );

  return (
    <div className="request-files">
      <button type="button" className="button" onClick={() => void document('form')}>
        {t('requests.documents.form')}
      </button>
      {request.state === 'approved' && (
        <button type="button" className="button" onClick={() => void document('approvalLetter')}>
          {t('requests.documents.approvalLetter')}
        </button>
      )}
      {canTransfer && request.packageDirection && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(invoke('requests:exportPackage', { requestId: request.id }), (file) =>
              t('requests.exchange.exported', { name: file.fileName }),
            )
          }
        >
          {t(`requests.exchange.${request.packageDirection}`)}
        </button>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}
