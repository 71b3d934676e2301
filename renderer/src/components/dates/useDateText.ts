import { useTranslation } from 'react-i18next';
import {
  formatDay,
  formatDayTime,
  formatDuration,
  type DateLanguage,
  type DateOptions,
} from '../../../../shared/text/chineseDates.ts';

/** The date module's language for the UI's current language (English UI → English dates). */
export const dateLanguageOf = (uiLanguage: string): DateLanguage =>
  uiLanguage === 'en' ? 'en' : 'zh';

/**
 * Dates and times as the UI language writes them: 2026年12月11日 09:30 in Chinese, 11 Dec 2026
 * 09:30 in English. Documents keep their Chinese dates; this is for screens only.
 */
export function useDateText() {
  const { i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  return {
    language,
    day: (value: string | null, options: Omit<DateOptions, 'language'> = {}) =>
      formatDay(value, { ...options, language }),
    dayTime: (value: string | null, options: Omit<DateOptions, 'language'> = {}) =>
      formatDayTime(value, { ...options, language }),
    /** The time of day alone (09:30), the same in both languages. */
    time: (value: string | null) => formatDayTime(value, { language }).split(' ').at(-1) ?? '',
    duration: (milliseconds: number) => formatDuration(milliseconds, language),
  };
}
