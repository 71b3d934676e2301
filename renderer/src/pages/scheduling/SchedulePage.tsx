import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '../../../../shared/domain/scheduling.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useChannel } from '../../useChannel.ts';
import { AgendaView } from './AgendaView.tsx';
import { CalendarLegend } from './CalendarLegend.tsx';
import { CalendarToolbar, type CalendarFilter } from './CalendarToolbar.tsx';
import { rangeOf, step, todayInShanghai, type CalendarMode } from './calendarDates.ts';
import { conflictIndex } from './conflictIndex.ts';
import { EventDialog } from './EventDialog.tsx';
import { MonthView } from './MonthView.tsx';
import { ReminderList } from './ReminderList.tsx';
import { RescheduleDialog } from './RescheduleDialog.tsx';
import { WeekView } from './WeekView.tsx';
import './scheduling.css';

interface SchedulePageProps {
  readonly onOpen: (requestId: string) => void;
}

/** 排期: the county's planned and approved events by month, week or agenda, with conflicts. */
export function SchedulePage({ onOpen }: SchedulePageProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CalendarMode>('month');
  const [anchor, setAnchor] = useState(todayInShanghai);
  const [filter, setFilter] = useState<CalendarFilter>({ unitId: '', form: '', state: '' });
  const [selected, setSelected] = useState<CalendarEvent | null>(null);
  const [moving, setMoving] = useState<{ event: CalendarEvent; date: string | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const range = rangeOf(mode, anchor);
  const query = {
    ...range,
    ...(filter.unitId ? { unitIds: [filter.unitId] } : {}),
    ...(filter.form ? { forms: [filter.form] } : {}),
    ...(filter.state ? { states: [filter.state] } : {}),
  };
  const [view, reload] = useChannel('schedule:events', query);
  const conflicts = useMemo(
    () => (view.state === 'ready' ? conflictIndex(view.value) : new Map()),
    [view],
  );

  async function exportShown() {
    const result = await invoke('schedule:exportIcs', query);
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setError(null);
    setMessage(t('scheduling.calendar.exported', { name: result.value.fileName }));
  }

  const shown = view.state === 'ready' ? view.value : null;
  return (
    <section className="page page--broad schedule">
      <div className="page__title">
        <h1>{t('scheduling.calendar.title')}</h1>
        <button type="button" className="button" onClick={() => void exportShown()}>
          {t('scheduling.calendar.exportShown')}
        </button>
      </div>
      <CalendarToolbar
        mode={mode}
        anchor={anchor}
        filter={filter}
        onMode={setMode}
        onStep={(direction) => setAnchor(step(mode, anchor, direction))}
        onToday={() => setAnchor(todayInShanghai())}
        onFilter={setFilter}
      />
      <ReminderList onOpen={onOpen} collapsed />
      <CalendarLegend />
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      {view.state === 'failed' && <ErrorMessage message={view.error.message} />}
      {shown && shown.conflicts.length > 0 && (
        <p className="warning" role="note">
          {t('scheduling.calendar.conflictSummary', { count: shown.conflicts.length })}
        </p>
      )}
      {shown && mode === 'month' && (
        <MonthView
          view={shown}
          anchor={anchor}
          conflicts={conflicts}
          onSelect={setSelected}
          onMove={(event, date) => setMoving({ event, date })}
        />
      )}
      {shown && mode === 'week' && (
        <WeekView view={shown} conflicts={conflicts} onSelect={setSelected} />
      )}
      {shown && mode === 'agenda' && (
        <AgendaView view={shown} conflicts={conflicts} onSelect={setSelected} />
      )}
      {selected && shown && (
        <EventDialog
          event={selected}
          view={shown}
          onClose={() => setSelected(null)}
          onOpen={onOpen}
          onReschedule={() => {
            setMoving({ event: selected, date: null });
            setSelected(null);
          }}
        />
      )}
      {moving && (
        <RescheduleDialog
          event={moving.event}
          date={moving.date}
          onClose={() => setMoving(null)}
          onDone={(title) => {
            setMoving(null);
            setMessage(t('scheduling.reschedule.done', { title }));
            reload();
          }}
        />
      )}
    </section>
  );
}
