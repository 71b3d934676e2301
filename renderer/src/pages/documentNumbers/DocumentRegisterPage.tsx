import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { DocumentNumberEntry } from '../../../../shared/domain/documentNumbers.ts';
import { shanghaiDate } from '../../../../shared/rules/workingDays.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { VoidNumberDialog } from './VoidNumberDialog.tsx';

/** 发文登记簿: every 发文字号 taken, voided ones with their reason; the news office voids here. */
export function DocumentRegisterPage() {
  const { t } = useTranslation();
  const dates = useDateText();
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [year, setYear] = useState<number | null>(thisYear);
  const [entries, reload] = useChannel('documentNumbers:list', year === null ? {} : { year });
  const [settings] = useChannel('settings:get', {});
  const [voiding, setVoiding] = useState<DocumentNumberEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const status = (entry: DocumentNumberEntry) =>
    entry.voided
      ? t('documentNumbers.voidedDetail', {
          reason: entry.voided.reason,
          name: entry.voided.byName,
          date: dates.day(entry.voided.at),
        })
      : t('documentNumbers.valid');

  return (
    <section className="page page--broad">
      <h1>{t('documentNumbers.title')}</h1>
      <p className="muted">{t('documentNumbers.intro')}</p>
      {settings.state === 'ready' && !settings.value.documentIssuing.agencyCode && (
        <p className="warning" role="note">
          {t('documentNumbers.noAgencyCode')}
        </p>
      )}
      <div className="row">
        <SelectField
          label={t('documentNumbers.year')}
          value={year ?? ''}
          onChange={(event) => setYear(event.target.value ? Number(event.target.value) : null)}
        >
          {[0, 1, 2, 3, 4].map((back) => (
            <option key={back} value={thisYear - back}>
              {t('documentNumbers.yearOption', { year: thisYear - back })}
            </option>
          ))}
          <option value="">{t('documentNumbers.allYears')}</option>
        </SelectField>
      </div>
      {entries.state === 'failed' && <ErrorMessage message={entries.error.message} />}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('documentNumbers.columns.number')}</th>
            <th scope="col">{t('documentNumbers.columns.kind')}</th>
            <th scope="col">{t('documentNumbers.columns.title')}</th>
            <th scope="col">{t('documentNumbers.columns.issuedOn')}</th>
            <th scope="col">{t('documentNumbers.columns.issuedBy')}</th>
            <th scope="col">{t('documentNumbers.columns.status')}</th>
            <th scope="col">{t('documentNumbers.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.state === 'ready' &&
            entries.value.map((entry) => (
              <tr key={entry.id}>
                <td className="table__nowrap">{entry.number}</td>
                <td className="table__nowrap">{t(`documentNumbers.kinds.${entry.paperKind}`)}</td>
                <td>{entry.title}</td>
                <td className="table__nowrap">{dates.day(entry.issuedAt)}</td>
                <td className="table__nowrap">{entry.issuedByName}</td>
                <td>{status(entry)}</td>
                <td className="table__actions table__nowrap">
                  {!entry.voided && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('documentNumbers.voidLabel', { number: entry.number })}
                      onClick={() => setVoiding(entry)}
                    >
                      {t('documentNumbers.void')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {entries.state === 'ready' && entries.value.length === 0 && (
        <EmptyState
          purpose={t('documentNumbers.emptyPurpose')}
          hint={t('documentNumbers.emptyHint')}
        />
      )}
      {voiding && (
        <VoidNumberDialog
          entry={voiding}
          onClose={() => setVoiding(null)}
          onDone={(entry) => {
            setVoiding(null);
            setMessage(t('documentNumbers.voidDone', { number: entry.number }));
            reload();
          }}
        />
      )}
    </section>
  );
}
