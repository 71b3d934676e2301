import { useTranslation } from 'react-i18next';
import type { CountedEvent } from '../../../../shared/domain/schedulingCompliance.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { StateBadge } from '../requests/StateBadge.tsx';
import type { CellRef } from './BoardTable.tsx';
import { shanghaiParts } from './calendarDates.ts';
import { quarterName, ruleName } from './complianceLabels.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface CellDialogProps {
  readonly year: number;
  readonly cell: CellRef;
  readonly onClose: () => void;
  readonly onOpen: (requestId: string) => void;
}

/** The drill-down of a board cell: what counted, what did not and why, or the filings. */
export function CellDialog({ year, cell, onClose, onOpen }: CellDialogProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const [detail] = useChannel('compliance:cell', { ...cell, year });
  const title =
    detail.state === 'ready'
      ? t('scheduling.cell.title', {
          unit: detail.value.unitName,
          period: quarterName(t, cell.quarter),
          rule: ruleName(t, cell.rule),
        })
      : ruleName(t, cell.rule);
  const when = (event: CountedEvent) =>
    event.startsAt
      ? `${labels.day(shanghaiParts(event.startsAt)[0])} ${shanghaiParts(event.startsAt)[1]}`
      : '';
  const eventTitle = (event: CountedEvent) => (
    <button type="button" className="link-button" onClick={() => onOpen(event.requestId)}>
      {event.title || t('requests.untitled')}
    </button>
  );
  return (
    <Dialog title={title} onClose={onClose}>
      <p className="muted">{t(`scheduling.rules.${cell.rule}.long`)}</p>
      {detail.state === 'failed' && <ErrorMessage message={detail.error.message} />}
      {detail.state === 'ready' && (
        <>
          {detail.value.cell && (
            <p>
              {t('scheduling.cell.summary', {
                status: t(`scheduling.status.${detail.value.cell.status}`),
                count: detail.value.cell.count,
                required: detail.value.cell.required,
              })}
              {detail.value.cell.note && ` ${t(`scheduling.notes.${detail.value.cell.note}`)}`}
            </p>
          )}
          {detail.value.counted.length > 0 && (
            <>
              <h3>{t('scheduling.cell.counted')}</h3>
              <ul className="cell-events">
                {detail.value.counted.map((event) => (
                  <li key={event.requestId}>
                    {when(event)} {eventTitle(event)}{' '}
                    <span className="muted">{event.unitName}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {detail.value.notCounted.length > 0 && (
            <>
              <h3>{t('scheduling.cell.notCounted')}</h3>
              <ul className="cell-events">
                {detail.value.notCounted.map((event) => (
                  <li key={event.requestId}>
                    {when(event)} {eventTitle(event)} <StateBadge state={event.state} />{' '}
                    <span className="muted">{t(`scheduling.exclusions.${event.reason}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {detail.value.filings.length > 0 && (
            <>
              <h3>{t('scheduling.cell.filings')}</h3>
              <ul className="cell-events">
                {detail.value.filings.map((filing) => (
                  <li key={filing.name}>
                    {t('scheduling.cell.filingName', { name: filing.name })}
                    {filing.filedOn
                      ? t('scheduling.cell.filedOn', { date: labels.fullDate(filing.filedOn) })
                      : t('scheduling.cell.notFiled')}
                    <span className="muted">
                      {t('scheduling.cell.deadline', { date: labels.fullDate(filing.deadline) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {detail.value.counted.length === 0 &&
            detail.value.notCounted.length === 0 &&
            detail.value.filings.length === 0 && (
              <p className="muted">{t('scheduling.cell.nothing', { year })}</p>
            )}
        </>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('scheduling.close')}
        </button>
      </div>
    </Dialog>
  );
}
