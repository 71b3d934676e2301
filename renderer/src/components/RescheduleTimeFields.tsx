import { useTranslation } from 'react-i18next';
import { DateTimeField } from './dates/DateTimeField.tsx';

interface RescheduleTimeFieldsProps {
  /** Shanghai local date-times as the inputs hold them (YYYY-MM-DDTHH:mm); the end may be empty. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly onStartsAt: (value: string) => void;
  readonly onEndsAt: (value: string) => void;
}

/** The new start (required) and end of an event being rescheduled, wherever it is rescheduled. */
export function RescheduleTimeFields({
  startsAt,
  endsAt,
  onStartsAt,
  onEndsAt,
}: RescheduleTimeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div>
      <DateTimeField
        label={t('requests.dialog.newStartsAt')}
        required
        value={startsAt}
        onChange={onStartsAt}
      />
      <DateTimeField label={t('requests.dialog.newEndsAt')} value={endsAt} onChange={onEndsAt} />
    </div>
  );
}
