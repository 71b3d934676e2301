import { useEffect, useState } from 'react';
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

/**
 * Roughly the milliseconds since `since` was last replaced, in steps of `everyMs`: the server's
 * time left counts down on the open page without asking again (and stays on the server's clock).
 */
function useElapsedSince(since: unknown, everyMs: number): number {
  const [state, setState] = useState({ since, ticks: 0 });
  useEffect(() => {
    const timer = window.setInterval(
      () => setState((current) => ({ ...current, ticks: current.ticks + 1 })),
      everyMs,
    );
    return () => window.clearInterval(timer);
  }, [everyMs]);
  if (state.since !== since) {
    setState({ since, ticks: 0 });
    return 0;
  }
  return state.ticks * everyMs;
}

/** The two countdowns of an item, with their deadlines; overdue ones flagged; live on the page. */
export function ConcernCountdown({ item }: { readonly item: ConcernSummary }) {
  const { t, i18n } = useTranslation();
  const language: DateLanguage = i18n.language.startsWith('en') ? 'en' : 'zh';
  const text = useCountdownText();
  const elapsed = useElapsedSince(item, 15_000);
  const { clock } = item;
  if (!clock || item.closedAt) return <p className="muted">{text(item)}</p>;
  const infoLeft = clock.infoLeftMs - elapsed;
  const conferenceLeft = clock.conferenceLeftMs - elapsed;
  const rows = [
    [t('concerns.clock.info'), infoLeft, clock.infoOverdue || infoLeft < 0, clock.infoDueAt],
    [
      t('concerns.clock.conference'),
      conferenceLeft,
      clock.conferenceOverdue || conferenceLeft < 0,
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
