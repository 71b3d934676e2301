import { useTranslation } from 'react-i18next';
import { parseTypedTime } from '../../../../shared/text/chineseDates.ts';
import { useTypedDraft } from './useTypedDraft.ts';

interface TimeInputProps {
  /** `HH:MM` (24-hour), or '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly label: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly readOnly?: boolean | undefined;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
  readonly onUnreadable?: (text: string | null) => void;
}

/** A 24-hour time typed as 09:30, 930 or 9点30, whatever the browser's locale. */
export function TimeInput({
  value,
  onChange,
  label,
  required,
  disabled,
  readOnly,
  invalid,
  describedBy,
  onUnreadable,
}: TimeInputProps) {
  const { t } = useTranslation();
  const { text, setDraft, commit } = useTypedDraft({
    value,
    shown: value,
    parse: parseTypedTime,
    onChange,
    onUnreadable,
  });

  return (
    <input
      type="text"
      inputMode="numeric"
      className="time-input"
      aria-label={label}
      placeholder={t('dates.timePlaceholder')}
      value={text}
      required={required}
      disabled={disabled}
      readOnly={readOnly}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      autoComplete="off"
      onChange={(change) => setDraft(change.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
      }}
    />
  );
}
