import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from './DayInput.tsx';

interface DayFieldProps {
  readonly label: string;
  /** `YYYY-MM-DD`, or ''. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly hint?: string;
  readonly problem?: string | undefined;
}

/** A labelled day in the app's own Chinese picker (no native date input). */
export function DayField({
  label,
  value,
  onChange,
  required,
  disabled,
  hint,
  problem,
}: DayFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [unreadable, setUnreadable] = useState(false);
  const note = (unreadable ? t('dates.unreadableDay') : undefined) ?? problem ?? hint;
  const noteId = note ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DayInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        required={required}
        disabled={disabled}
        invalid={Boolean(unreadable || problem)}
        describedBy={noteId}
        onUnreadable={(text) => setUnreadable(text !== null)}
      />
      {note && (
        <span
          id={noteId}
          className={note === hint ? 'field__hint' : 'field__hint field__hint--problem'}
        >
          {note}
        </span>
      )}
    </div>
  );
}
