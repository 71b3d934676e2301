import type { BoardTopics, TopicCounts } from '../../../shared/domain/boardTopics.ts';
import type { NoticeSection } from '../../../shared/domain/schedulingNotice.ts';
import { yearCounts } from '../../../shared/rules/boardTopics.ts';
import { formatDuration } from '../../../shared/text/chineseDates.ts';

/** A quarter's counts, or the year's summed over its quarters. */
const inPeriod = (
  perQuarter: readonly TopicCounts[],
  quarter: number | null,
): TopicCounts | null =>
  quarter === null ? yearCounts(perQuarter) : (perQuarter[quarter - 1] ?? null);

/** 发布评估: events reviewed, findings and those confirmed, and each unit's share. */
function evaluationSection(
  topics: BoardTopics,
  quarter: number | null,
  label: string,
): NoticeSection | null {
  const total = inPeriod(topics.totals, quarter)?.evaluation;
  if (!total || total.reviewed === 0) return null;
  const units = topics.rows.flatMap((row) => {
    const counts = inPeriod(row.quarters, quarter)?.evaluation;
    if (!counts || counts.reviewed === 0) return [];
    const confirmed = counts.verified > 0 ? `确认问题${counts.verified}个` : '无确认问题';
    return [`${row.unitName}评估${counts.reviewed}场，${confirmed}`];
  });
  const lines = [
    `${label}，县政府新闻办公室对${total.reviewed}场新闻发布活动审定后的文字实录开展了发布评估，` +
      `对照审定的新闻通稿、答问口径等材料，共发现需关注的问题${total.findings}个，经核实确认${total.verified}个。`,
    `各单位评估情况：${units.join('；')}。`,
  ];
  if (total.verified > 0)
    lines.push(
      '有确认问题的单位要认真分析原因，严格按照审定的新闻通稿和答问口径对外发布信息，杜绝数据不一致、超出口径答问等问题。',
    );
  return { heading: '发布评估情况', style: 'paragraphs', lines };
}

/** 回应社会关切: items registered, answered within 5 and 24 hours, how long it took, overdue. */
function concernSection(
  topics: BoardTopics,
  quarter: number | null,
  label: string,
): NoticeSection | null {
  const total = inPeriod(topics.totals, quarter)?.concerns;
  if (!total || total.registered === 0) return null;
  const pending = total.registered - total.responded;
  const times =
    total.averageResponseMs !== null && total.longestResponseMs !== null
      ? `，平均用时${formatDuration(total.averageResponseMs)}，最长用时${formatDuration(total.longestResponseMs)}`
      : '';
  const responded =
    total.responded > 0
      ? `已发布回应${total.responded}件，其中5小时内回应${total.respondedWithinInfo}件、24小时内回应${total.respondedWithinConference}件${times}`
      : '尚无发布回应的舆情';
  const lines = [
    `${label}，县政府新闻办公室共登记涉及各单位的舆情${total.registered}件，${responded}${pending > 0 ? `；尚在办理${pending}件` : ''}。`,
  ];
  if (total.overdueInfo === 0) {
    lines.push('纳入回应时限管理的重大舆情均在5小时内发布权威信息、24小时内回应社会关切。');
  } else {
    const late = topics.rows.flatMap((row) => {
      const overdue = inPeriod(row.quarters, quarter)?.concerns.overdueInfo ?? 0;
      return overdue > 0 ? [`${row.unitName}${overdue}件`] : [];
    });
    lines.push(
      `纳入回应时限管理的重大舆情中，超过5小时未发布权威信息的${total.overdueInfo}件，超过24小时未回应的${total.overdueConference}件，涉及${late.join('、')}。` +
        '有关单位要健全舆情收集、研判、报告和回应机制，对重大舆情做到5小时内发布权威信息、24小时内召开新闻发布会回应。',
    );
  }
  return { heading: '回应社会关切情况', style: 'paragraphs', lines };
}

/** The 通报's sections on 发布评估 and 舆情回应; a topic with nothing in the period is left out. */
export function topicSections(
  topics: BoardTopics,
  quarter: number | null,
  label: string,
): NoticeSection[] {
  return [evaluationSection(topics, quarter, label), concernSection(topics, quarter, label)].filter(
    (section): section is NoticeSection => section !== null,
  );
}
