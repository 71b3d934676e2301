import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditVerification } from '../../../../shared/contract/auditChannels.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [latest] = useChannel('audit:list', { limit: 50 });
  const [older, setOlder] = useState<readonly AuditEntry[]>([]);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);

  const entries = [...(latest.state === 'ready' ? latest.value : []), ...older];

  async function verify() {
    const result = await invoke('audit:verify', {});
    if (result.ok) setVerification(result.value);
    else setError(result.error.message);
  }

  async function loadOlder() {
    const last = entries.at(-1);
    if (!last) return;
    const result = await invoke('audit:list', { beforeSeq: last.seq, limit: 50 });
    if (result.ok) setOlder((current) => [...current, ...result.value]);
  }

  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <section className="page">
      <div className="page__title">
        <h1>{t('admin.audit.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => void verify()}>
          {t('admin.audit.verify')}
        </button>
      </div>
      {verification && (
        <p className={verification.intact ? 'notice' : 'error-message'} role="status">
          {verification.intact
            ? t('admin.audit.intact', { count: verification.count })
            : t('admin.audit.broken', { seq: verification.brokenSeq, reason: verification.reason })}
        </p>
      )}
      {verification?.keySegments
        ?.filter((segment) => segment.toSeq >= segment.fromSeq)
        .map((segment) => (
          <p key={segment.fromSeq} className="notice">
            {t(segment.checked ? 'admin.audit.segmentChecked' : 'admin.audit.segmentUnchecked', {
              from: segment.fromSeq,
              to: segment.toSeq,
              keyId: segment.keyId,
            })}
          </p>
        ))}
      <ErrorMessage message={error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.columns.seq')}</th>
            <th scope="col">{t('admin.audit.columns.at')}</th>
            <th scope="col">{t('admin.audit.columns.actor')}</th>
            <th scope="col">{t('admin.audit.columns.action')}</th>
            <th scope="col">{t('admin.audit.columns.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{time.format(new Date(entry.at))}</td>
              <td>{entry.actorName ?? '—'}</td>
              <td>{entry.action}</td>
              <td>{entry.subjectKind}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > 0 && entries.at(-1)?.seq !== 1 && (
        <button type="button" className="button" onClick={() => void loadOlder()}>
          {t('admin.audit.more')}
        </button>
      )}
    </section>
  );
}
