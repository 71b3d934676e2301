import { useTranslation } from 'react-i18next';
import type { ConcernSummary } from '../../../../shared/domain/concerns.ts';
import {
  formatDayTime,
  formatDuration,
  type DateLanguage,
} from '../../../../shared/text/chineseDates.ts';

/** One line per clock: time left (or overdue by) as of the server's now, or the time taken. */
export function useCountdownText() {
  const { t, i18n } = useTranslation();
  const language: DateLanguage = i18n.language.startsWith('en') ? 'en' : 'zh';
  const left = (ms: number) =>
    ms >= 0
      ? t('concerns.clock.left', { duration: formatDuration(ms, language) })
      : t('concerns.clock.overdueBy', { duration: formatDuration(-ms, language) });
  return (item: ConcernSummary): string => {
    if (item.closedAt && item.responseMs !== null)
      return t('concerns.clock.closed', { duration: formatDuration(item.responseMs, language) });
    if (!item.clock) return t('concerns.clock.none');
    return `${t('concerns.clock.info')} ${left(item.clock.infoLeftMs)} · ${t('concerns.clock.conference')} ${left(item.clock.conferenceLeftMs)}`;
  };
}

/** The two countdowns of an item, with their deadlines; overdue ones flagged. */
export function ConcernCountdown({ item }: { readonly item: ConcernSummary }) {
  const { t, i18n } = useTranslation();
  const language: DateLanguage = i18n.language.startsWith('en') ? 'en' : 'zh';
  const text = useCountdownText();
  const { clock } = item;
  if (!clock || item.closedAt) return <p className="muted">{text(item)}</p>;
  const rows = [
    [t('concerns.clock.info'), clock.infoLeftMs, clock.infoOverdue, clock.infoDueAt],
    [
      t('concerns.clock.conference'),
      clock.conferenceLeftMs,
      clock.conferenceOverdue,
      clock.conferenceDueAt,
    ],
  ] as const;
  return (
    <ul className="concern-clock" data-testid="concern-countdown">
      {rows.map(([label, ms, overdue, due]) => (
        <li
          key={label}
          className={overdue ? 'concern-clock__row concern-clock__row--late' : 'concern-clock__row'}
        >
          <strong>{label}</strong>{' '}
          {ms >= 0
            ? t('concerns.clock.left', { duration: formatDuration(ms, language) })
            : t('concerns.clock.overdueBy', { duration: formatDuration(-ms, language) })}{' '}
          <span className="muted">
            {t('concerns.clock.due', { at: formatDayTime(due, { weekday: true, language }) })}
          </span>
          {overdue && <span className="badge badge--bad">{t('concerns.overdue')}</span>}
        </li>
      ))}
    </ul>
  );
}
