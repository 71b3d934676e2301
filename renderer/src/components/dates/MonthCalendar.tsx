import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monthGrid, shiftDay, shiftMonth } from '../../../../shared/text/monthGrid.ts';
import { formatDay } from '../../../../shared/text/chineseDates.ts';
import { useOfficeCalendar } from './useOfficeCalendar.ts';

interface MonthCalendarProps {
  /** The day with keyboard focus, `YYYY-MM-DD`; its month is shown. */
  readonly focused: string;
  readonly selected: string | null;
  readonly today: string;
  readonly onFocus: (day: string) => void;
  readonly onPick: (day: string) => void;
  readonly onClose: () => void;
}

const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A month of days, Monday first, with the office's holidays (休) and adjusted workdays (班). */
export function MonthCalendar({
  focused,
  selected,
  today,
  onFocus,
  onPick,
  onClose,
}: MonthCalendarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const officeDays = useOfficeCalendar();
  const grid = useRef<HTMLTableElement>(null);
  const [year, month] = focused.split('-').map(Number) as [number, number];
  const weeks = chunk(monthGrid(year, month), 7);

  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);

  const moves: Record<string, () => string> = {
    ArrowLeft: () => shiftDay(focused, -1),
    ArrowRight: () => shiftDay(focused, 1),
    ArrowUp: () => shiftDay(focused, -7),
    ArrowDown: () => shiftDay(focused, 7),
    PageUp: () => shiftMonth(focused, -1),
    PageDown: () => shiftMonth(focused, 1),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onFocus(move());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const monthTitle =
    language === 'en'
      ? formatDay(focused, { language }).replace(/^\d+ /, '')
      : `${year}年${month}月`;
  return (
    <div className="month-calendar" onKeyDown={onKeyDown}>
      <div className="month-calendar__head">
        <button
          type="button"
          className="month-calendar__step"
          aria-label={t('dates.previousMonth')}
          onClick={() => onFocus(shiftMonth(focused, -1))}
        >
          ‹
        </button>
        <span className="month-calendar__title" aria-live="polite">
          {monthTitle}
        </span>
        <button
          type="button"
          className="month-calendar__step"
          aria-label={t('dates.nextMonth')}
          onClick={() => onFocus(shiftMonth(focused, 1))}
        >
          ›
        </button>
      </div>
      <table ref={grid} className="month-calendar__grid" role="grid" aria-label={monthTitle}>
        <thead>
          <tr>
            {weekdayKeys.map((key) => (
              <th key={key} scope="col" abbr={t(`dates.weekdayLong.${key}`)}>
                {t(`dates.weekdayShort.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((cell) => {
                const officeDay = officeDays.get(cell.date);
                const mark = officeDay
                  ? t(officeDay.kind === 'holiday' ? 'dates.holidayMark' : 'dates.workdayMark')
                  : '';
                const classes = [
                  'month-calendar__day',
                  cell.inMonth ? '' : 'month-calendar__day--outside',
                  cell.column >= 5 ? 'month-calendar__day--weekend' : '',
                  officeDay?.kind === 'holiday' ? 'month-calendar__day--holiday' : '',
                  officeDay?.kind === 'workday' ? 'month-calendar__day--workday' : '',
                  cell.date === today ? 'month-calendar__day--today' : '',
                ];
                const label = [
                  formatDay(cell.date, { weekday: true, language }),
                  officeDay ? `${mark}${officeDay.name ? ` ${officeDay.name}` : ''}` : '',
                  cell.date === today ? t('dates.today') : '',
                ]
                  .filter(Boolean)
                  .join('，');
                return (
                  <td key={cell.date} role="gridcell" aria-selected={cell.date === selected}>
                    <button
                      type="button"
                      data-day={cell.date}
                      className={classes.filter(Boolean).join(' ')}
                      tabIndex={cell.date === focused ? 0 : -1}
                      aria-label={label}
                      aria-pressed={cell.date === selected}
                      onClick={() => onPick(cell.date)}
                    >
                      {cell.day}
                      {mark && <span className="month-calendar__mark">{mark}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="month-calendar__foot">
        <button type="button" className="link-button" onClick={() => onPick(today)}>
          {t('dates.today')}
        </button>
      </div>
    </div>
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    rows.push(items.slice(index, index + size));
  }
  return rows;
}
