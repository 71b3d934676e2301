import type {
  BoardRow,
  CellStatus,
  ComplianceBoard,
  ComplianceCell,
} from '../../../shared/domain/schedulingCompliance.ts';
import type { BoardTopics } from '../../../shared/domain/boardTopics.ts';
import type { NoticeDraft, NoticeSection } from '../../../shared/domain/schedulingNotice.ts';
import type { ComplianceSettings } from '../../../shared/domain/schedulingSettings.ts';
import { periodLabel, shortfalls } from './noticePhrases.ts';
import { topicSections } from './noticeTopicPhrases.ts';

const pendingStatuses: readonly CellStatus[] = ['atRisk', 'open', 'notStarted'];

function cellsInPeriod(row: BoardRow, quarter: number | null): ComplianceCell[] {
  const quarterCells = row.quarters
    .filter((_cells, index) => quarter === null || index === quarter - 1)
    .flatMap((cells) => Object.values(cells));
  return quarter === null ? [...quarterCells, ...Object.values(row.year)] : quarterCells;
}

/** met: every rule in the period met; missed: one missed; pending: one not over yet. */
function standingOf(row: BoardRow, quarter: number | null): 'met' | 'missed' | 'pending' | null {
  const cells = cellsInPeriod(row, quarter).filter((cell) => cell.status !== 'notApplicable');
  if (cells.length === 0) return null;
  if (cells.some((cell) => cell.status === 'missed')) return 'missed';
  if (cells.some((cell) => pendingStatuses.includes(cell.status))) return 'pending';
  return 'met';
}

export interface NoticeFacts {
  readonly board: ComplianceBoard;
  readonly quarter: number | null;
  readonly settings: ComplianceSettings;
  readonly organisation: string;
  readonly today: string;
  /** Press conferences (of which emergencies) and online interviews held in the period. */
  readonly held: {
    readonly conferences: number;
    readonly emergencies: number;
    readonly interviews: number;
  };
  /** 发布评估 and 舆情 counts of the year; without them the 通报 keeps to the rules. */
  readonly topics?: BoardTopics;
}

const numbered = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** A title longer than a line (about 20 characters in 2号) breaks before 工作情况的通报. */
function titleOf(label: string): string {
  const head = `关于${label}全县新闻发布`;
  const tail = '工作情况的通报';
  return head.length + tail.length > 20 ? `${head}\n${tail}` : `${head}${tail}`;
}

/** The 通报 as generated from the board: the news office edits it before export. */
export function noticeDraft(facts: NoticeFacts): NoticeDraft {
  const { board, quarter, settings } = facts;
  const label = periodLabel(board.year, quarter);
  const rated = board.rows
    .map((row) => ({ row, standing: standingOf(row, quarter) }))
    .filter((item) => item.standing !== null);
  const of = (standing: 'met' | 'missed' | 'pending') =>
    rated.filter((item) => item.standing === standing).map((item) => item.row);
  const [met, missed, pending] = [of('met'), of('missed'), of('pending')];
  const { conferences, emergencies, interviews } = facts.held;
  const summary =
    `${label}，全县纳入新闻发布工作要求的单位共${rated.length}个，其中${met.length}个单位达到全部要求，` +
    `${missed.length}个单位有未达到的要求${pending.length > 0 ? `，${pending.length}个单位尚有要求未到期限` : ''}。` +
    `经审批举办新闻发布会${conferences}场${emergencies > 0 ? `（其中重大突发事件新闻发布${emergencies}场）` : ''}，` +
    `开展政府网站在线访谈${interviews}场。`;
  const sections: NoticeSection[] = [
    { heading: '总体情况', style: 'paragraphs', lines: [summary] },
  ];
  sections.push({
    heading: '达到要求的单位',
    style: 'paragraphs',
    lines: [met.length > 0 ? `${met.map((row) => row.unitName).join('、')}。` : '无。'],
  });
  const listOf = (rows: readonly BoardRow[], statuses: readonly CellStatus[]) =>
    rows.map(
      (row) => `${row.unitName}：${shortfalls(row, quarter, settings, statuses).join('；')}。`,
    );
  sections.push(
    missed.length > 0
      ? { heading: '未达到要求的单位', style: 'list', lines: listOf(missed, ['missed']) }
      : { heading: '未达到要求的单位', style: 'paragraphs', lines: ['无。'] },
  );
  // Units with a rule still open, whether or not they missed another (the year is not over).
  const unfinished = rated
    .map((item) => item.row)
    .filter((row) => shortfalls(row, quarter, settings, pendingStatuses).length > 0);
  if (unfinished.length > 0)
    sections.push({
      heading: `尚未完成的单位（截至${facts.today.slice(5, 7).replace(/^0/, '')}月${facts.today.slice(8).replace(/^0/, '')}日）`,
      style: 'list',
      lines: listOf(unfinished, pendingStatuses),
    });
  if (facts.topics) sections.push(...topicSections(facts.topics, quarter, label));
  sections.push({
    heading: '下一步工作要求',
    style: 'paragraphs',
    lines: [
      '各单位要对照县政府关于政务公开和新闻发布工作的实施意见，健全例行新闻发布制度，按季度举办新闻发布会，按年度开展政府网站在线访谈。未达到要求的单位要认真查找原因，提出整改措施，在下一阶段补足发布场次。',
      '尚未设立新闻发言人、尚未建立政策解读专家库的单位，要抓紧设立并及时报县政府新闻办公室备案；开设政务微博、微信的单位，要及时报县政府信息中心备案。县政府新闻办公室将继续定期通报各单位新闻发布工作开展情况。',
    ],
  });
  return {
    title: titleOf(label),
    addressee: '各乡镇人民政府，工业园区管委会，县政府各部门：',
    opening: `为贯彻落实县政府关于进一步加强新闻发布工作的实施意见，县政府新闻办公室对${label}各单位新闻发布工作开展情况进行了统计。现将有关情况通报如下：`,
    sections: sections.map((section, index) => ({
      ...section,
      heading: `${numbered[index] ?? ''}、${section.heading}`,
    })),
    closing: '特此通报。',
    organisation: facts.organisation,
    date: facts.today,
  };
}
