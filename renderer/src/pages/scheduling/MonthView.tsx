import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, ScheduleView } from '../../../../shared/domain/scheduling.ts';
import { datesFrom, shanghaiParts, todayInShanghai } from './calendarDates.ts';
import type { Clash } from './conflictIndex.ts';
import { EventChip } from './EventChip.tsx';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface MonthViewProps {
  readonly view: ScheduleView;
  readonly anchor: string;
  readonly conflicts: ReadonlyMap<string, Clash[]>;
  readonly onSelect: (event: CalendarEvent) => void;
  /** An event dropped on another day: rescheduling starts, with a confirmation. */
  readonly onMove: (event: CalendarEvent, date: string) => void;
}

const shownPerDay = 4;

/** Six weeks from Monday; holidays and adjusted workdays marked; events draggable to move. */
export function MonthView({ view, anchor, conflicts, onSelect, onMove }: MonthViewProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const [expanded, setExpanded] = useState<string | null>(null);
  const today = todayInShanghai();
  const dates = datesFrom(view.from, 42);
  const byDate = new Map<string, CalendarEvent[]>();
  for (const event of view.events) {
    const [date] = shanghaiParts(event.startsAt);
    byDate.set(date, [...(byDate.get(date) ?? []), event]);
  }
  const days = new Map(view.days.map((day) => [day.date, day]));
  const drop = (date: string) => (drag: DragEvent) => {
    drag.preventDefault();
    const event = view.events.find((item) => item.id === drag.dataTransfer.getData('text/plain'));
    if (event && shanghaiParts(event.startsAt)[0] !== date) onMove(event, date);
  };
  const weeks = Array.from({ length: 6 }, (_unused, week) => dates.slice(week * 7, week * 7 + 7));
  return (
    <table className="month-view" aria-label={labels.month(anchor)}>
      <thead>
        <tr>
          {weeks[0]?.map((date) => (
            <th key={date} scope="col">
              {labels.weekday(date)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((date) => {
              const events = byDate.get(date) ?? [];
              const day = days.get(date);
              const open = expanded === date;
              return (
                <td
                  key={date}
                  className={[
                    'month-view__day',
                    date.slice(0, 7) !== anchor.slice(0, 7) ? 'month-view__day--other' : '',
                    date === today ? 'month-view__day--today' : '',
                    day?.kind === 'holiday' ? 'month-view__day--holiday' : '',
                  ].join(' ')}
                  onDragOver={(drag) => drag.preventDefault()}
                  onDrop={drop(date)}
                >
                  <div className="month-view__date">
                    <span aria-label={labels.dayWithWeekday(date)}>{Number(date.slice(8))}</span>
                    {day && (
                      <span className={`day-tag day-tag--${day.kind}`} title={day.name}>
                        {t(`scheduling.calendar.dayKinds.${day.kind}`)}
                      </span>
                    )}
                  </div>
                  <div className="month-view__events">
                    {(open ? events : events.slice(0, shownPerDay)).map((event) => (
                      <EventChip
                        key={event.id}
                        event={event}
                        clashes={conflicts.get(event.id)}
                        onSelect={onSelect}
                      />
                    ))}
                    {events.length > shownPerDay && (
                      <button
                        type="button"
                        className="link-button month-view__more"
                        onClick={() => setExpanded(open ? null : date)}
                      >
                        {open
                          ? t('scheduling.calendar.fewer')
                          : t('scheduling.calendar.more', { count: events.length - shownPerDay })}
                      </button>
                    )}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
