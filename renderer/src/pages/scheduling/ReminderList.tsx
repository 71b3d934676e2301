import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../shared/domain/scheduling.ts';
import { useChannel } from '../../useChannel.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';
import './scheduling.css';
import { Disclosure } from '../../components/Disclosure.tsx';

interface ReminderListProps {
  /** Opens an event's page (reminders about an event link to it). */
  readonly onOpen: (requestId: string) => void;
  /** Folded under a summary with the count (where the page has other business). */
  readonly collapsed?: boolean;
}

/** A reminder's sentence and how far off it is, as the UI language writes them (also for 待办). */
export function useReminderText() {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const text = (reminder: Reminder) =>
    t(`scheduling.reminders.${reminder.kind}`, {
      title: reminder.title || t('requests.untitled'),
      unit: reminder.unitName,
      date: labels.day(reminder.date),
      count: reminder.count,
      rule: reminder.rule ? t(`scheduling.rules.${reminder.rule}.short`) : '',
    });
  const when = (reminder: Reminder) =>
    reminder.daysLeft < 0
      ? t('scheduling.reminders.overdue', { days: -reminder.daysLeft })
      : reminder.daysLeft === 0
        ? t('scheduling.reminders.today')
        : t('scheduling.reminders.inDays', { days: reminder.daysLeft });
  return { text, when };
}

/**
 * 提醒: events in the coming week, request and materials due dates, register deadlines and the
 * rules at risk. Built for the home page: `<ReminderList onOpen={openEvent} />`.
 */
export function ReminderList({ onOpen, collapsed = false }: ReminderListProps) {
  const { t } = useTranslation();
  const { text, when } = useReminderText();
  const [reminders] = useChannel('schedule:reminders', {});
  if (reminders.state !== 'ready' || reminders.value.length === 0) return null;
  const list = (
    <ul>
      {reminders.value.map((reminder, index) => (
        <li
          key={`${reminder.kind}-${reminder.requestId ?? reminder.rule ?? ''}-${index}`}
          className={reminder.daysLeft < 0 ? 'reminders__late' : undefined}
        >
          <span className="reminders__when">{when(reminder)}</span>
          {reminder.requestId ? (
            <button
              type="button"
              className="link-button"
              onClick={() => onOpen(reminder.requestId ?? '')}
            >
              {text(reminder)}
            </button>
          ) : (
            <span>{text(reminder)}</span>
          )}
        </li>
      ))}
    </ul>
  );
  if (collapsed)
    return (
      <Disclosure
        className="reminders"
        summary={t('scheduling.reminders.summary', { count: reminders.value.length })}
      >
        {list}
      </Disclosure>
    );
  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('scheduling.reminders.title')}</h2>
      {list}
    </section>
  );
}
