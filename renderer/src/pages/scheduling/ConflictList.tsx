import { useTranslation } from 'react-i18next';
import type { ConflictMatch } from '../../../../shared/rules/scheduleConflicts.ts';
import { shanghaiParts } from './calendarDates.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';

export interface ClashItem {
  readonly key: string;
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly matches: readonly ConflictMatch[];
}

/** "与 县卫生健康委员会 的活动（12月10日 10:00–11:00）冲突：场地 县政府新闻发布厅；…" */
export function ConflictList({ items }: { readonly items: readonly ClashItem[] }) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  if (items.length === 0) return null;
  return (
    <ul className="conflict-list" aria-label={t('scheduling.conflicts.title')}>
      {items.map((item) => (
        <li key={item.key}>
          {t('scheduling.conflicts.with', {
            title: item.title || t('scheduling.conflicts.otherBooking'),
            unit: item.unitName,
            when: `${labels.day(shanghaiParts(item.startsAt)[0])} ${labels.timeRange(item)}`,
          })}
          {item.matches
            .map((match) =>
              t(`scheduling.conflicts.resources.${match.resource}`, { name: match.name }),
            )
            .join(t('scheduling.conflicts.separator'))}
        </li>
      ))}
    </ul>
  );
}
