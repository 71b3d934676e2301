import { formatDay, relativeDay, type DateLanguage } from '../../../../shared/text/chineseDates.ts';
import { shanghaiToday } from './shanghaiToday.ts';

/** A deadline day as people read it: 2027年1月12日（星期二）（3天后）; English 12 Jan 2027 (in 3 days). */
export function dueDayText(day: string, language: DateLanguage, today = shanghaiToday()): string {
  const date = formatDay(day, { weekday: true, language });
  const from = relativeDay(today, day, language);
  return language === 'en' ? `${date} (${from})` : `${date}（${from}）`;
}
