import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { CalendarEvent, ScheduleView } from '../../../../shared/domain/scheduling.ts';
import { StateBadge } from '../requests/StateBadge.tsx';
import { shanghaiParts } from './calendarDates.ts';
import type { Clash } from './conflictIndex.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface AgendaViewProps {
  readonly view: ScheduleView;
  readonly conflicts: ReadonlyMap<string, Clash[]>;
  readonly onSelect: (event: CalendarEvent) => void;
}

/** The month's events as a list by day: time, event, unit, form, place, state. */
export function AgendaView({ view, conflicts, onSelect }: AgendaViewProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  if (view.events.length === 0) {
    return (
      <EmptyState
        purpose={t('scheduling.calendar.emptyPurpose')}
        hint={t('scheduling.calendar.emptyHint')}
      />
    );
  }
  const dates = [...new Set(view.events.map((event) => shanghaiParts(event.startsAt)[0]))];
  const holidays = new Map(view.days.map((day) => [day.date, day]));
  return (
    <table className="table agenda">
      <caption className="visually-hidden">{t('scheduling.calendar.modes.agenda')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scheduling.columns.time')}</th>
          <th scope="col">{t('scheduling.columns.event')}</th>
          <th scope="col">{t('scheduling.columns.unit')}</th>
          <th scope="col">{t('scheduling.columns.form')}</th>
          <th scope="col">{t('scheduling.columns.venue')}</th>
          <th scope="col">{t('scheduling.columns.state')}</th>
        </tr>
      </thead>
      {dates.map((date) => (
        <tbody key={date}>
          <tr className="agenda__day">
            <th scope="colgroup" colSpan={6}>
              {labels.dayWithWeekday(date)}
              {holidays.get(date) && (
                <span className="muted">
                  {t('scheduling.calendar.holidayNote', { name: holidays.get(date)?.name ?? '' })}
                </span>
              )}
            </th>
          </tr>
          {view.events
            .filter((event) => shanghaiParts(event.startsAt)[0] === date)
            .map((event) => (
              <tr key={event.id}>
                <td>{labels.timeRange(event)}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(event)}>
                    {event.title || t('requests.untitled')}
                  </button>
                  {(conflicts.get(event.id)?.length ?? 0) > 0 && (
                    <span className="badge badge--bad">{t('scheduling.calendar.conflict')}</span>
                  )}
                  {event.isEmergency && (
                    <span className="badge badge--bad">{t('requests.form.isEmergency')}</span>
                  )}
                </td>
                <td>{event.unitName}</td>
                <td>{t(`requests.forms.${event.form}`)}</td>
                <td>{event.venue}</td>
                <td>
                  <StateBadge state={event.state} />
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}
