import './dates.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, parseTypedDay } from '../../../../shared/text/chineseDates.ts';
import { MonthCalendar } from './MonthCalendar.tsx';
import { shanghaiToday } from './shanghaiToday.ts';
import { useTypedDraft } from './useTypedDraft.ts';

interface DayInputProps {
  /** `YYYY-MM-DD`, or '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The accessible name of the text box. */
  readonly label: string;
  readonly id?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly readOnly?: boolean | undefined;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
  /** Tells the field a typed text could not be read (null once it can). */
  readonly onUnreadable?: (text: string | null) => void;
}

/**
 * A day typed as 2026-12-11, 12月11日 or picked from the office's calendar, shown as
 * 2026年12月11日（星期五）whatever the browser's or the system's locale.
 */
export function DayInput({
  value,
  onChange,
  label,
  id,
  required,
  disabled,
  readOnly,
  invalid,
  describedBy,
  onUnreadable,
}: DayInputProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const shown = formatDay(value || null, { weekday: true, language });
  // Where the month opens, fixed to the window so a dialog's overflow cannot clip it.
  const [popover, setPopover] = useState<{ top: number; left: number } | null>(null);
  const open = popover !== null;
  const setOpen = (next: boolean) => setPopover(next ? placeBelowOrAbove(wrapper.current) : null);
  const today = shanghaiToday();
  const { text, setDraft, commit, accept } = useTypedDraft({
    value,
    shown,
    parse: (typed) => parseTypedDay(typed, Number((value || today).slice(0, 4))),
    onChange,
    onUnreadable,
  });
  const [focused, setFocused] = useState(value || today);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPopover(null);
    };
    // The page moving under the field (a scroll, a resize) moves the month with it.
    const followAnchor = () => setPopover(placeBelowOrAbove(wrapper.current));
    document.addEventListener('mousedown', closeOutside);
    window.addEventListener('scroll', followAnchor, true);
    window.addEventListener('resize', followAnchor);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      window.removeEventListener('scroll', followAnchor, true);
      window.removeEventListener('resize', followAnchor);
    };
  }, [open]);

  const pick = (day: string) => {
    setOpen(false);
    accept(day);
    toggle.current?.focus();
  };

  return (
    <div className="date-input" ref={wrapper}>
      <input
        id={id}
        type="text"
        className="date-input__text"
        aria-label={label}
        placeholder={t('dates.dayPlaceholder')}
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
          } else if (event.key === 'ArrowDown' && event.altKey) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      />
      {!readOnly && (
        <button
          ref={toggle}
          type="button"
          className="date-input__toggle"
          aria-label={t('dates.openCalendar', { label })}
          aria-expanded={open}
          aria-haspopup="dialog"
          disabled={disabled}
          onClick={() => {
            setFocused(value || today);
            setOpen(!open);
          }}
        >
          <CalendarIcon />
        </button>
      )}
      {open && (
        <div
          className="date-input__popover"
          role="dialog"
          aria-label={t('dates.pickDay', { label })}
        >
          <MonthCalendar
            focused={focused}
            selected={value || null}
            today={today}
            onFocus={setFocused}
            onPick={pick}
            onClose={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}

const popoverHeight = 330;

function placeBelowOrAbove(anchor: HTMLElement | null): { top: number; left: number } {
  const rect = anchor?.getBoundingClientRect();
  if (!rect) return { top: 0, left: 0 };
  const below = rect.bottom + 4;
  const top =
    below + popoverHeight > window.innerHeight ? Math.max(4, rect.top - popoverHeight - 4) : below;
  return { top, left: Math.max(4, Math.min(rect.left, window.innerWidth - 300)) };
}

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect
        x="2"
        y="3.5"
        width="14"
        height="12.5"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path d="M2 7.5h14M6 2v3M12 2v3" stroke="currentColor" strokeWidth="1.4" fill="none" />
    </svg>
  );
}
