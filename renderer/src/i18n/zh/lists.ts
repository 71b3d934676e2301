/** Chinese UI text shared by the long lists (报批, 现场实录, 审计日志, 用户): filters and paging. */
export const listsZh = {
  filters: '筛选',
  apply: '查询',
  clear: '清除筛选',
  from: '起始日期',
  to: '截止日期',
  dateHint: '如 2026-12-05',
  rangeReversed: '截止日期不能早于起始日期。',
  total: '共 {{count}} 条',
  range: '第 {{first}}–{{last}} 条',
  previous: '上一页',
  next: '下一页',
  paging: '分页',
  loading: '正在载入…',
  /** Between the items of a short enumeration: 经办人、单位负责人. */
  enumeration: '、',
  labelled: '{{label}}：',
  clauses: '；',
} as const;
