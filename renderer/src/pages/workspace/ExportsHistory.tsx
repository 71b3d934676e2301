import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/auditChannels.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import { shortCode } from '../../../../shared/text/checkCode.ts';

/** Every file made for the event: when, by whom, which file, and its SHA-256 (from the audit chain). */
export function ExportsHistory({ exports }: { readonly exports: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const dates = useDateText();
  if (exports.length === 0) return <p className="muted">{t('workspace.noExports')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('workspace.exportsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workspace.exportColumns.at')}</th>
          <th scope="col">{t('workspace.exportColumns.by')}</th>
          <th scope="col">{t('workspace.exportColumns.file')}</th>
          <th scope="col">{t('workspace.exportColumns.hash')}</th>
        </tr>
      </thead>
      <tbody>
        {exports.map((entry) => (
          <tr key={entry.seq}>
            <td>{dates.dayTime(entry.at)}</td>
            <td>{entry.actorName ?? '—'}</td>
            <td>{String(entry.details['fileName'] ?? entry.details['to'] ?? entry.action)}</td>
            <td className="fingerprint" title={String(entry.details['sha256'] ?? '')}>
              {entry.details['sha256'] ? shortCode(String(entry.details['sha256'])) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
