import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, ScheduleView } from '../../../../shared/domain/scheduling.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useSession } from '../../session.tsx';
import { StateBadge } from '../requests/StateBadge.tsx';
import { shanghaiParts } from './calendarDates.ts';
import { conflictIndex } from './conflictIndex.ts';
import { ConflictList } from './ConflictList.tsx';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface EventDialogProps {
  readonly event: CalendarEvent;
  readonly view: ScheduleView;
  readonly onClose: () => void;
  readonly onOpen: (requestId: string) => void;
  readonly onReschedule: () => void;
}

/** An event's particulars, its clashes, and what the viewer may do: open, export, reschedule. */
export function EventDialog({ event, view, onClose, onOpen, onReschedule }: EventDialogProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const { session } = useSession();
  const [error, setError] = useState<string | null>(null);
  const roles = session.user.roles;
  const mayOpen =
    roles.includes('newsOfficeReviewer') ||
    roles.includes('authorityApprover') ||
    session.user.unitId === event.unitId;
  const clashes = (conflictIndex(view).get(event.id) ?? []).map((clash) => ({
    ...clash,
    key: clash.otherId,
  }));
  const kind =
    event.form === 'pressConference' && event.conferenceKind
      ? t('scheduling.event.kind', { kind: t(`requests.conferenceKinds.${event.conferenceKind}`) })
      : '';

  async function exportOne() {
    const result = await invoke('schedule:exportIcs', { requestIds: [event.id] });
    if (result.ok) saveExportedFile(result.value);
    setError(result.ok ? null : result.error.message);
  }

  const row = (label: string, value: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <Dialog title={event.title || t('requests.untitled')} onClose={onClose}>
      <p>
        <StateBadge state={event.state} />
        {event.isEmergency && (
          <span className="badge badge--bad">{t('requests.form.isEmergency')}</span>
        )}
      </p>
      <dl className="event-facts">
        {row(t('scheduling.columns.unit'), event.unitName)}
        {row(t('scheduling.columns.form'), `${t(`requests.forms.${event.form}`)}${kind}`)}
        {row(
          t('scheduling.columns.time'),
          `${labels.dayWithWeekday(shanghaiParts(event.startsAt)[0])} ${labels.timeRange(event)}`,
        )}
        {row(t('scheduling.columns.venue'), event.venue)}
        {row(t('requests.form.host'), event.hostName)}
        {row(t('requests.form.mainSpeaker'), event.mainSpeakerName)}
        {row(t('requests.form.spokesperson'), event.spokespersonName)}
      </dl>
      {clashes.length > 0 && (
        <div className="warning" role="note">
          <strong>{t('scheduling.conflicts.title')}</strong>
          <ConflictList items={clashes} />
        </div>
      )}
      <ErrorMessage message={error} />
      <div className="actions">
        {event.canReschedule && (
          <button type="button" className="button" onClick={onReschedule}>
            {t('requests.actions.reschedule')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void exportOne()}>
          {t('scheduling.event.exportIcs')}
        </button>
        {mayOpen && (
          <button type="button" className="button" onClick={() => onOpen(event.id)}>
            {t('scheduling.event.open')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('scheduling.close')}
        </button>
      </div>
    </Dialog>
  );
}
