/** Chinese UI text of the key card (系统管理 → 数据交换) and of fingerprints read by phone. */
export const keyCardZh = {
  title: '本机交换名片',
  officeName: '机关名称',
  installationId: '工作台编号',
  showFullId: '显示完整编号',
  hideFullId: '收起完整编号',
  fullId: '完整编号',
  fingerprint: '公钥指纹',
  createdAt: '密钥生成日期',
  readAloud: '与对方管理员电话核对时，逐组念出公钥指纹（每组四位），双方一致方可登记。',
  copy: '复制名片',
  copied: '已复制名片。请交给对方管理员，在对方的“登记对方工作台”中粘贴。',
  print: '打印',
  showText: '显示名片原文',
  text: '名片原文（复制名片时复制的就是这段文字）',
  printedFrom: '打印自{{officeName}}的新闻发布工作台',
} as const;
