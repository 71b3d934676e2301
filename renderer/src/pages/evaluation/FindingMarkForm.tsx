import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatedFinding, MarkStatus } from '../../../../shared/domain/evaluation.ts';
import { markStatuses } from '../../../../shared/domain/evaluation.ts';
import { useDateText } from '../../components/dates/useDateText.ts';

interface FindingMarkFormProps {
  readonly finding: EvaluatedFinding;
  readonly canMark: boolean;
  readonly onMark: (status: MarkStatus, note: string) => Promise<boolean>;
}

/** The news office's 已核实 / 无问题 with a note; everyone else sees the mark as it stands. */
export function FindingMarkForm({ finding, canMark, onMark }: FindingMarkFormProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [note, setNote] = useState(finding.mark?.note ?? '');
  const [busy, setBusy] = useState(false);
  const { mark } = finding;
  const current = mark ? (
    <p className="evaluation__mark">
      <span className={`badge ${mark.status === 'verified' ? 'badge--pending' : 'badge--good'}`}>
        {t(`evaluation.mark.${mark.status}`)}
      </span>{' '}
      {t('evaluation.mark.by', {
        name: mark.markedByName,
        at: dates.dayTime(mark.markedAt),
      })}
      {mark.note ? `${t('punctuation.colon')}${mark.note}` : ''}
    </p>
  ) : (
    <p className="evaluation__mark muted">{t('evaluation.mark.unmarked')}</p>
  );
  if (!canMark) return current;
  const id = `mark-${finding.key}`;
  return (
    <div className="evaluation__mark-form">
      {current}
      <label htmlFor={id} className="visually-hidden">
        {t('evaluation.mark.label')}
      </label>
      <input
        id={id}
        className="evaluation__note"
        value={note}
        maxLength={2000}
        placeholder={t('evaluation.mark.placeholder')}
        aria-label={t('evaluation.mark.label')}
        onChange={(event) => setNote(event.target.value)}
      />
      {markStatuses.map((status) => (
        <button
          key={status}
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onMark(status, note).finally(() => setBusy(false));
          }}
        >
          {t(`evaluation.mark.${status}`)}
        </button>
      ))}
    </div>
  );
}
