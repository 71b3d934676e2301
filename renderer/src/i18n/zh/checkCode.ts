/** Chinese UI text of a hash shown as a 校验码 with its full value one click away. */
export const checkCodeZh = {
  showFull: '显示完整校验值',
  hideFull: '收起完整校验值',
  fullLabel: '完整校验值（SHA-256）',
  copy: '复制',
  copied: '已复制完整校验值。',
} as const;
