import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from './DayInput.tsx';
import { TimeInput } from './TimeInput.tsx';

interface DateTimeFieldProps {
  readonly label: string;
  /** Shanghai local `YYYY-MM-DDTHH:mm`, or '' — the same value a datetime-local input held. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly readOnly?: boolean;
  /** Called when the focus leaves the whole field (both the day and the time). */
  readonly onBlur?: () => void;
  readonly hint?: string;
  /** What is wrong with the value, from the same rules main applies. */
  readonly problem?: string | undefined;
}

/** A day and a 24-hour time in Shanghai, in the app's own Chinese pickers. */
export function DateTimeField({
  label,
  value,
  onChange,
  required,
  disabled,
  readOnly,
  onBlur,
  hint,
  problem,
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // A day without a time (or the reverse) typed here, kept while the value itself is empty.
  const [partial, setPartial] = useState({ day: '', time: '' });
  const day = value ? value.slice(0, 10) : partial.day;
  const time = value ? value.slice(11, 16) : partial.time;
  const [unreadable, setUnreadable] = useState<{ day: boolean; time: boolean }>({
    day: false,
    time: false,
  });

  const update = (nextDay: string, nextTime: string) => {
    setPartial({ day: nextDay, time: nextTime });
    const combined = nextDay && nextTime ? `${nextDay}T${nextTime}` : '';
    if (combined !== value) onChange(combined);
  };

  const ownProblem = unreadable.day
    ? t('dates.unreadableDay')
    : unreadable.time
      ? t('dates.unreadableTime')
      : day && !time
        ? t('dates.timeMissing')
        : undefined;
  const note = ownProblem ?? problem ?? hint;
  const noteId = note ? `${id}-hint` : undefined;
  return (
    <fieldset
      className="field date-time-field"
      disabled={disabled}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
      }}
    >
      <legend>{label}</legend>
      <div className="date-time-field__inputs">
        <DayInput
          label={t('dates.dayOf', { label })}
          value={day}
          required={required}
          readOnly={readOnly}
          invalid={Boolean(unreadable.day || problem)}
          describedBy={noteId}
          onChange={(next) => update(next, time)}
          onUnreadable={(text) => setUnreadable((was) => ({ ...was, day: text !== null }))}
        />
        <TimeInput
          label={t('dates.timeOf', { label })}
          value={time}
          required={required}
          readOnly={readOnly}
          invalid={Boolean(unreadable.time || problem)}
          describedBy={noteId}
          onChange={(next) => update(day, next)}
          onUnreadable={(text) => setUnreadable((was) => ({ ...was, time: text !== null }))}
        />
      </div>
      {note && (
        <span
          id={noteId}
          className={note === hint ? 'field__hint' : 'field__hint field__hint--problem'}
        >
          {note}
        </span>
      )}
    </fieldset>
  );
}
