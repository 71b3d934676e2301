/** Chinese UI text of the board's 发布评估 and 舆情 counts (issues 19 and 21). */
export const boardTopicsZh = {
  title: '发布评估与舆情回应',
  caption: '{{period}}各单位发布评估与舆情回应情况',
  period: '统计期间',
  yearLabel: '{{year}}年全年',
  unit: '单位',
  total: '全县合计',
  evaluation: '发布评估',
  concerns: '舆情回应',
  reviewed: '评估场次',
  findings: '发现问题',
  verified: '已核实',
  registered: '登记',
  responded: '已回应',
  average: '平均用时',
  longest: '最长用时',
  overdueInfo: '超5小时',
  overdueConference: '超24小时',
  none: '—',
  empty: '{{period}}没有审定实录的发布活动，也没有登记舆情。',
  counting:
    '计数口径：发布评估按活动举行时间所在季度计入，文字实录审定后（审定后未再修改）计为评估一场；发现问题不含“准备口径未被问及”；已核实为新闻办确认的问题。舆情按首次发现时间所在季度计入，已明确责任单位的计入责任单位，尚未明确的计入各涉及单位（全县合计每件只计一次）；已回应为发布后办结，用时自首次发现起按自然小时计算；超5小时、超24小时为重大、特别重大及新闻办标记计时的舆情在时限内未发布（含逾时回应）。',
} as const;
