import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, ConflictFinding } from '../../../../shared/domain/scheduling.ts';
import { fromShanghaiInput, toShanghaiInput } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { RescheduleTimeFields } from '../../components/RescheduleTimeFields.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { ConflictList } from './ConflictList.tsx';

interface RescheduleDialogProps {
  readonly event: CalendarEvent;
  /** The day it was dropped on, keeping its time; null to choose the time here. */
  readonly date: string | null;
  readonly onClose: () => void;
  readonly onDone: (title: string) => void;
}

const onDate = (iso: string | null, date: string | null): string => {
  const local = toShanghaiInput(iso);
  return date && local ? `${date}${local.slice(10)}` : local;
};

/**
 * 改期 from the calendar: the same rule as on the request page. The user confirms that the
 * approval will be voided and the request approved anew; clashes at the new time are shown first.
 */
export function RescheduleDialog({ event, date, onClose, onDone }: RescheduleDialogProps) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState(onDate(event.startsAt, date));
  const [endsAt, setEndsAt] = useState(onDate(event.endsAt, date));
  const [reason, setReason] = useState('');
  const [clashes, setClashes] = useState<readonly ConflictFinding[]>([]);
  const [error, setError] = useState<string | null>(null);
  const start = fromShanghaiInput(startsAt);
  const end = endsAt ? fromShanghaiInput(endsAt) : null;

  useEffect(() => {
    if (!start) return;
    let current = true;
    void invoke('schedule:conflicts', { requestId: event.id, startsAt: start, endsAt: end }).then(
      (result) => {
        if (current) setClashes(result.ok ? result.value : []);
      },
    );
    return () => {
      current = false;
    };
  }, [event.id, start, end]);

  async function submit(form: FormEvent) {
    form.preventDefault();
    if (!start) return setError(t('scheduling.reschedule.invalidTime'));
    if (!reason.trim()) return setError(t('scheduling.reschedule.reasonRequired'));
    const result = await invoke('requests:reschedule', {
      requestId: event.id,
      startsAt: start,
      endsAt: end,
      reason,
    });
    if (result.ok) onDone(event.title);
    else setError(result.error.message);
  }

  return (
    <Dialog title={t('scheduling.reschedule.title', { title: event.title })} onClose={onClose}>
      <form onSubmit={(form) => void submit(form)}>
        <p className="warning" role="note">
          {t('scheduling.reschedule.voids')}
        </p>
        <RescheduleTimeFields
          startsAt={startsAt}
          endsAt={endsAt}
          onStartsAt={setStartsAt}
          onEndsAt={setEndsAt}
        />
        <TextArea
          label={t('requests.dialog.reason')}
          value={reason}
          rows={2}
          maxLength={2000}
          onChange={setReason}
        />
        {clashes.length > 0 && (
          <div className="warning" role="note">
            <strong>{t('scheduling.conflicts.atNewTime')}</strong>
            <ConflictList items={clashes.map((clash) => ({ ...clash, key: clash.requestId }))} />
          </div>
        )}
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('requests.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('scheduling.reschedule.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
