import type {
  BoardRow,
  ComplianceCell,
  QuarterRule,
  YearRule,
} from '../../../shared/domain/schedulingCompliance.ts';
import type { ComplianceSettings } from '../../../shared/domain/schedulingSettings.ts';

const quarterNames = ['一', '二', '三', '四'] as const;

/** 2026年第三季度, or 2026年度. */
export const periodLabel = (year: number, quarter: number | null): string =>
  quarter === null ? `${year}年度` : `${year}年第${quarterNames[quarter - 1] ?? ''}季度`;

/** 12-31 → 12月31日. */
export const monthDayLabel = (monthDay: string): string => {
  const [month, day] = monthDay.split('-').map(Number);
  return `${month}月${day}日`;
};

const quartersLabel = (quarters: readonly number[]): string =>
  `第${quarters.map((quarter) => quarterNames[quarter - 1] ?? '').join('、')}季度`;

const quarterRulePhrase: Readonly<
  Record<QuarterRule, (count: number, required: number) => string>
> = {
  pressConference: (count, required) =>
    count === 0 ? '未举办新闻发布会' : `举办新闻发布会${count}场（应不少于${required}场）`,
  newsOfficeAppearance: (count, required) =>
    count === 0
      ? '新闻发言人或相关负责人未出席县政府新闻办公室新闻发布会'
      : `新闻发言人或相关负责人出席县政府新闻办公室新闻发布会${count}次（应不少于${required}次）`,
};

function yearRulePhrase(
  rule: YearRule,
  cell: ComplianceCell,
  settings: ComplianceSettings,
): string {
  const { count, required, note } = cell;
  switch (rule) {
    case 'principalHeadAppearance':
      return `主要负责同志全年未出席县政府新闻办公室新闻发布会${note === 'noPrincipalHead' ? '（未登记主要负责同志）' : ''}`;
    case 'onlineInterviews':
      return count === 0
        ? `全年未开展政府网站在线访谈（应不少于${required}次）`
        : `全年开展政府网站在线访谈${count}次（应不少于${required}次）`;
    case 'principalHeadInterview':
      return `主要负责同志全年未参加政府网站在线访谈${note === 'noPrincipalHead' ? '（未登记主要负责同志）' : ''}`;
    case 'spokespersonFiling':
      return note === 'noEntries'
        ? '尚未设立新闻发言人'
        : note === 'filedLate'
          ? `新闻发言人名单逾期备案（应于${monthDayLabel(settings.spokespersonFilingDeadline)}前报县政府新闻办公室）`
          : `新闻发言人名单未于${monthDayLabel(settings.spokespersonFilingDeadline)}前报县政府新闻办公室备案`;
    case 'expertPoolFiling':
      return note === 'noEntries'
        ? '尚未建立政策解读专家库'
        : note === 'filedLate'
          ? `政策解读专家库逾期备案（应于${monthDayLabel(settings.expertPoolFilingDeadline)}前报县政府新闻办公室）`
          : `政策解读专家库未于${monthDayLabel(settings.expertPoolFilingDeadline)}前报县政府新闻办公室备案`;
    case 'newMediaFiling':
      return '政务微博、微信账号未按时报县政府信息中心备案';
  }
}

/**
 * What a unit fell short of in the period, as the 通报 words it: quarters grouped per rule
 * ("第一、三季度未举办新闻发布会"), then the yearly rules.
 */
export function shortfalls(
  row: BoardRow,
  quarter: number | null,
  settings: ComplianceSettings,
  statuses: readonly ComplianceCell['status'][],
): string[] {
  const phrases: string[] = [];
  for (const rule of ['pressConference', 'newsOfficeAppearance'] as const) {
    const hits = row.quarters
      .map((cells, index) => ({ cell: cells[rule], quarter: index + 1 }))
      .filter((hit) => (quarter === null || hit.quarter === quarter) && hit.cell)
      .filter((hit) => hit.cell && statuses.includes(hit.cell.status));
    const byPhrase = new Map<string, number[]>();
    for (const hit of hits) {
      if (!hit.cell) continue;
      const phrase = quarterRulePhrase[rule](hit.cell.count, hit.cell.required);
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), hit.quarter]);
    }
    for (const [phrase, quarters] of byPhrase)
      phrases.push(quarter === null ? `${quartersLabel(quarters)}${phrase}` : phrase);
  }
  if (quarter === null) {
    for (const [rule, cell] of Object.entries(row.year) as [YearRule, ComplianceCell][]) {
      if (statuses.includes(cell.status)) phrases.push(yearRulePhrase(rule, cell, settings));
    }
  }
  return phrases;
}
