import { useTranslation } from 'react-i18next';

const keys = ['approved', 'inReview', 'emergency', 'conflict'] as const;

/** What the colours and marks of the calendar mean. */
export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <ul className="calendar-legend" aria-label={t('scheduling.calendar.legend.title')}>
      {keys.map((key) => (
        <li key={key}>
          <span
            className={`calendar-legend__swatch calendar-legend__swatch--${key}`}
            aria-hidden="true"
          >
            {key === 'conflict' ? '⚠' : ''}
          </span>
          {t(`scheduling.calendar.legend.${key}`)}
        </li>
      ))}
    </ul>
  );
}
