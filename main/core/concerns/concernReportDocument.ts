import {
  concernLevelNames,
  concernProposalNames,
  concernSourceNames,
  type ConcernDetail,
  type ConcernStep,
} from '../../../shared/domain/concerns.ts';
import { formatDayTime, formatDuration } from '../../../shared/text/chineseDates.ts';
import type { DocumentBlock, InlineText, OfficialDocument } from '../documents/officialDocument.ts';

const when = (iso: string) => formatDayTime(iso, { weekday: true });

const field = (label: string, value: string): DocumentBlock => ({
  kind: 'paragraph',
  align: 'left',
  firstLineIndent: false,
  runs: [{ text: `${label}：`, bold: true }, value],
});

function stepText(step: ConcernStep): InlineText[] {
  const { details } = step;
  const head = `${when(step.at)}，${step.actorName}`;
  switch (details.kind) {
    case 'register':
      return [`${head}登记该舆情。`];
    case 'assign':
      return [
        `${head}指定${details.unitName}为责任单位，限${when(details.deadline)}前提出研判意见。`,
      ];
    case 'propose':
      return [
        `${head}提出研判意见：`,
        { text: concernProposalNames[details.proposal], bold: true },
        `。理由：${details.reason}`,
      ];
    case 'consult':
      return [`${head}记录会商。参加人员：${details.participants}。会商决定：${details.decision}`];
    case 'clock':
      return [`${head}${details.marked ? '标记该舆情计时回应' : '取消计时回应'}。`];
    case 'emergency':
      return [`${head}从该舆情发起突发事件报批“${details.title}”。`];
    case 'close':
      return [
        `${head}导出发布稿，该舆情办结，自首次发现用时${formatDuration(details.responseMs)}。`,
      ];
  }
}

function timingBlocks(concern: ConcernDetail, now: Date): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const { clock } = concern;
  if (clock) {
    const state = (leftMs: number, overdue: boolean) =>
      concern.closedAt
        ? overdue
          ? '未按时'
          : '按时'
        : overdue
          ? `已超时${formatDuration(-leftMs)}`
          : `剩余${formatDuration(leftMs)}`;
    blocks.push(
      field(
        '5小时内发布权威信息',
        `时限${when(clock.infoDueAt)}，${state(clock.infoLeftMs, clock.infoOverdue)}`,
      ),
      field(
        '24小时内举行新闻发布会',
        `时限${when(clock.conferenceDueAt)}，${state(clock.conferenceLeftMs, clock.conferenceOverdue)}`,
      ),
    );
  } else {
    blocks.push(field('回应时限', '该舆情未计时回应'));
  }
  blocks.push(
    concern.closedAt && concern.responseMs !== null
      ? field(
          '回应情况',
          `${when(concern.closedAt)}发布，自首次发现用时${formatDuration(concern.responseMs)}`,
        )
      : field('回应情况', `截至${when(now.toISOString())}尚未发布`),
  );
  return blocks;
}

/**
 * 舆情专报 (a report to the leadership): the item, its level, the 研判 history in order, and the
 * response with its timings, in the office's document layout.
 */
export function concernReportDocument(
  concern: ConcernDetail,
  organisation: string,
  now: Date,
): OfficialDocument {
  const units = concern.units.map((unit) => unit.name).join('、');
  return {
    title: '舆情专报',
    blocks: [
      { kind: 'heading1', runs: ['一、舆情基本情况'] },
      field('舆情来源', concernSourceNames[concern.source]),
      field('首次发现', when(concern.firstSeenAt)),
      field('舆情等级', concernLevelNames[concern.level]),
      field('涉及单位', units || '（无）'),
      field('责任单位', concern.assignedUnit?.name ?? '（尚未指定）'),
      field('登记', `${concern.registeredByName}，${when(concern.registeredAt)}`),
      ...concern.summary
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line): DocumentBlock => ({ kind: 'paragraph', runs: [line.trim()] })),
      ...(concern.links.length > 0 ? [field('相关链接', concern.links.join('；'))] : []),
      ...(concern.attachments.length > 0
        ? [field('截图及附件', concern.attachments.map((entry) => entry.fileName).join('、'))]
        : []),
      { kind: 'heading1', runs: ['二、研判经过'] },
      ...concern.steps.map((step, index): DocumentBlock => ({
        kind: 'paragraph',
        runs: [`（${index + 1}）`, ...stepText(step)],
      })),
      { kind: 'heading1', runs: ['三、回应情况及时效'] },
      ...timingBlocks(concern, now),
    ],
    closing: { organisation, date: now },
  };
}
