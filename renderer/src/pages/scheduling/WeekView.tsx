import { useTranslation } from 'react-i18next';
import type { CalendarEvent, ScheduleView } from '../../../../shared/domain/scheduling.ts';
import { datesFrom, shanghaiParts, todayInShanghai } from './calendarDates.ts';
import type { Clash } from './conflictIndex.ts';
import { EventChip } from './EventChip.tsx';
import { useScheduleLabels } from './useScheduleLabels.ts';
import { dayEndHour, dayStartHour, placeDay } from './weekLayout.ts';

interface WeekViewProps {
  readonly view: ScheduleView;
  readonly conflicts: ReadonlyMap<string, Clash[]>;
  readonly onSelect: (event: CalendarEvent) => void;
}

const hours = Array.from(
  { length: dayEndHour - dayStartHour },
  (_unused, index) => dayStartHour + index,
);

/** Monday to Sunday by the hour (07:00 to 21:00); overlapping events side by side. */
export function WeekView({ view, conflicts, onSelect }: WeekViewProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const today = todayInShanghai();
  const dates = datesFrom(view.from, 7);
  const days = new Map(view.days.map((day) => [day.date, day]));
  return (
    <div className="week-view" role="group" aria-label={t('scheduling.calendar.modes.week')}>
      <div className="week-view__corner" />
      {dates.map((date) => {
        const day = days.get(date);
        return (
          <div
            key={date}
            className={`week-view__head${date === today ? ' week-view__head--today' : ''}`}
          >
            {labels.dayWithWeekday(date)}
            {day && (
              <span className={`day-tag day-tag--${day.kind}`} title={day.name}>
                {t(`scheduling.calendar.dayKinds.${day.kind}`)}
              </span>
            )}
          </div>
        );
      })}
      <div className="week-view__hours" aria-hidden="true">
        {hours.map((hour) => (
          <div key={hour} className="week-view__hour">{`${String(hour).padStart(2, '0')}:00`}</div>
        ))}
      </div>
      {dates.map((date) => (
        <div
          key={date}
          className={`week-view__column${days.get(date)?.kind === 'holiday' ? ' week-view__column--holiday' : ''}`}
          role="list"
          aria-label={labels.dayWithWeekday(date)}
        >
          {placeDay(view.events.filter((event) => shanghaiParts(event.startsAt)[0] === date)).map(
            (placed) => (
              <div
                key={placed.event.id}
                role="listitem"
                className="week-view__event"
                style={{
                  top: `${placed.top}%`,
                  height: `${placed.height}%`,
                  left: `${(placed.lane / placed.lanes) * 100}%`,
                  width: `${100 / placed.lanes}%`,
                }}
              >
                <EventChip
                  event={placed.event}
                  clashes={conflicts.get(placed.event.id)}
                  onSelect={onSelect}
                />
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
