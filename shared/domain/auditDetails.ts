import { formatDay, formatDayTime } from '../text/chineseDates.ts';
import { requestStateNames, roleNames, unitKindNames } from '../text/chineseNames.ts';

/** What the common keys of an audit row's details are called in the 审计日志's CSV. */
const keyLabels: Readonly<Record<string, string>> = {
  title: '标题',
  name: '名称',
  displayName: '姓名',
  username: '用户名',
  unitName: '单位',
  officeName: '机关名称',
  holderName: '持有人',
  fileName: '文件名',
  sha256: '文件SHA-256',
  contentHash: '内容SHA-256',
  approvedHash: '批准内容SHA-256',
  fingerprint: '公钥指纹',
  reason: '理由',
  comment: '意见',
  decision: '决定',
  state: '状态',
  from: '从',
  to: '至',
  fromName: '发出方',
  toName: '接收方',
  deadline: '期限',
  validUntil: '有效期至',
  documentNumber: '文号',
  number: '编号',
  versionNumber: '版本号',
  year: '年度',
  outlet: '媒体',
  speakers: '发言人数',
  changed: '修改项',
  evidence: '佐证材料',
  textSha256: '文字SHA-256',
  word: '词语',
  count: '数量',
  size: '大小（字节）',
  revision: '修订号',
  round: '轮次',
  seq: '序号',
  address: '地址',
  proposal: '研判意见',
  suggestion: '建议',
  status: '状态',
  records: '记录数',
  rows: '条数',
  keyword: '关键词',
  action: '操作',
};

/** Codes that appear as values (unit kinds, roles, decisions, request states), by their names. */
const valueLabels: Readonly<Record<string, string>> = {
  ...unitKindNames,
  ...roleNames,
  approve: '同意',
  return: '退回修改',
  reject: '不予批准',
  fastTrack: '快速审批',
  ratify: '追认',
  ...requestStateNames,
};

/** A value that is a code (camelCase or dotted words) and has no name is left out, not shown raw. */
const codeLike = /^[a-z][A-Za-z]*(\.[A-Za-z]+)*$/;

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (isoInstant.test(value)) return formatDayTime(value, { seconds: true });
    if (isoDay.test(value)) return formatDay(value);
    return valueLabels[value] ?? (codeLike.test(value) ? '' : value);
  }
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join('、');
  if (typeof value === 'object') return detailParts(value as Record<string, unknown>).join('；');
  return '';
}

/** Ids name rows of other tables, not things people read; they stay out of 详情. */
const isId = (key: string) => key === 'id' || /Id$/.test(key);

const labelledKeys = Object.keys(keyLabels);
/** Named keys first, in the order above (标题, 名称 … before the rest). */
const rank = (key: string) => {
  const index = labelledKeys.indexOf(key);
  return index < 0 ? labelledKeys.length : index;
};

function detailParts(details: Readonly<Record<string, unknown>>): string[] {
  const entries = Object.entries(details).sort(([a], [b]) => rank(a) - rank(b));
  return entries.flatMap(([key, value]) => {
    if (isId(key)) return [];
    const text = valueText(value);
    if (text === '') return [];
    const label = keyLabels[key];
    return [label ? `${label}：${text}` : text];
  });
}

/**
 * An audit row's details as one line for people: 标题：…；文件名：… with Chinese names for the
 * common keys, other values as they are, ids left out, instants in Beijing time.
 */
export const auditDetailsText = (details: Readonly<Record<string, unknown>>): string =>
  detailParts(details).join('；');
