import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../shared/contract/auditChannels.ts';
import { invoke } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { saveExportedFile } from '../../files.ts';
import { ExportedNotice } from '../../components/ExportedNotice.tsx';
import { AuditFilterSelects } from './AuditFilterSelects.tsx';
import { useChannel } from '../../useChannel.ts';
import { useHashPage } from '../../useHashPage.ts';
import { auditActionLabel, auditSubjectLabel } from '../../../../shared/domain/auditLabels.ts';
import { formatDayTime } from '../../../../shared/text/chineseDates.ts';

const pageSize = 50;

/** The audit log, newest first: keyword, days and paging in main, the filter in the address. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const paging = useHashPage(pageSize);
  const { params, change } = paging;
  const filters = {
    keyword: params.get('keyword') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    actorId: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
  };
  const [loaded] = useChannel('audit:page', {
    ...filters,
    limit: pageSize,
    offset: paging.offset,
  });
  const [actors] = useChannel('audit:actors', {});
  const [exported, setExported] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);

  const entries = loaded.state === 'ready' ? loaded.value.items : [];
  const total = loaded.state === 'ready' ? loaded.value.total : 0;
  const { filtered } = paging;

  async function exportCsv() {
    const result = await invoke('audit:exportCsv', filters);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    saveExportedFile(result.value);
    setExported(result.value.fileName);
  }

  async function verify() {
    const result = await invoke('audit:verify', {});
    if (result.ok) setVerification(result.value);
    else setError(result.error.message);
  }

  const language = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <section className="page page--broad">
      <div className="page__title">
        <h1>{t('admin.audit.title')}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            disabled={total === 0}
            title={t('admin.audit.exportHint', { count: total })}
            onClick={() => void exportCsv()}
          >
            {t('admin.audit.exportCsv')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void verify()}>
            {t('admin.audit.verify')}
          </button>
        </div>
      </div>
      {exported && <ExportedNotice fileName={exported} />}
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
      <ListFilters
        params={params}
        onChange={change}
        keywordLabel={t('admin.audit.keyword')}
        keywordHint={t('admin.audit.keywordHint')}
      >
        <AuditFilterSelects
          params={params}
          onChange={change}
          actors={actors.state === 'ready' ? actors.value : []}
          language={language}
        />
      </ListFilters>
      {loaded.state === 'failed' && <ErrorMessage message={loaded.error.message} />}
      {loaded.state === 'ready' && total === 0 && (
        <EmptyState
          purpose={filtered ? t('admin.audit.noMatch') : t('admin.audit.emptyPurpose')}
          hint={filtered ? t('admin.audit.noMatchHint') : undefined}
          action={
            filtered ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  change(Object.fromEntries([...params.keys()].map((key) => [key, null])))
                }
              >
                {t('lists.clear')}
              </button>
            ) : undefined
          }
        />
      )}
      {total > 0 && <Pager {...paging.pagerFor(total)} />}
      {total > 0 && (
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
                <td>{formatDayTime(entry.at, { language, seconds: true })}</td>
                <td>{entry.actorName ?? '—'}</td>
                <td>{auditActionLabel(entry.action, language)}</td>
                <td>{auditSubjectLabel(entry.subjectKind, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
