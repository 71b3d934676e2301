import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '../../../../shared/domain/scheduling.ts';
import type { Clash } from './conflictIndex.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface EventChipProps {
  readonly event: CalendarEvent;
  readonly clashes: readonly Clash[] | undefined;
  readonly onSelect: (event: CalendarEvent) => void;
  readonly showTime?: boolean;
}

/** The calendar shows the date: a title's leading year (2026年…) is left out of the chip. */
const shortTitle = (title: string): string => title.replace(/^\d{4}年(?=.)/, '');

/** One event in a calendar cell: time, title, state colour and a mark when it clashes. */
export function EventChip({ event, clashes, onSelect, showTime = true }: EventChipProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const time = labels.timeRange(event);
  const conflicted = (clashes?.length ?? 0) > 0;
  const name = [
    showTime ? time : '',
    event.title || t('requests.untitled'),
    event.unitName,
    t(`requests.states.${event.state}`),
    conflicted ? t('scheduling.calendar.hasConflict') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const onDragStart = (drag: DragEvent) => {
    drag.dataTransfer.setData('text/plain', event.id);
    drag.dataTransfer.effectAllowed = 'move';
  };
  return (
    <button
      type="button"
      className={`event-chip event-chip--${event.state}${conflicted ? ' event-chip--conflict' : ''}${event.isEmergency ? ' event-chip--emergency' : ''}`}
      aria-label={name}
      title={name}
      draggable={event.canReschedule}
      onDragStart={event.canReschedule ? onDragStart : undefined}
      onClick={() => onSelect(event)}
    >
      {conflicted && (
        <span className="event-chip__mark" aria-hidden="true">
          ⚠
        </span>
      )}
      {showTime && <span className="event-chip__time">{time.split('–')[0]}</span>}
      <span className="event-chip__title">{shortTitle(event.title) || t('requests.untitled')}</span>
    </button>
  );
}
