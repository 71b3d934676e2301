import type { DocumentIssuingSettings } from '../../../shared/domain/documentNumbers.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { UnitKind } from '../../../shared/domain/units.ts';
import { demoScheduleUsers } from './demoScheduleData.ts';

/** A fictitious county for demonstrations: the kinds of unit DOMAIN.md names, with realistic names. */
export const demoOfficeName = '示范县人民政府新闻办公室';
export const demoPassword = 'demo-2026';

/** 机关代字 and 版头 of the news office's 通报 and 审批函: 示政新〔2026〕3号. */
export const demoDocumentIssuing: DocumentIssuingSettings = {
  agencyCode: '示政新',
  issuerMark: demoOfficeName,
  printedBy: demoOfficeName,
};

export const demoUnits: readonly { readonly name: string; readonly kind: UnitKind }[] = [
  { name: '县政府新闻办公室', kind: 'newsOffice' },
  { name: '县政府办公室', kind: 'countyOffice' },
  { name: '县政府信息中心', kind: 'infoCenter' },
  { name: '县公安局', kind: 'opinionMonitor' },
  { name: '县工业和信息化局', kind: 'opinionMonitor' },
  { name: '县工业园区管委会', kind: 'parkCommittee' },
  ...['城关镇', '河口镇', '石桥镇', '青山乡', '白沙乡', '龙泉乡'].map((name) => ({
    name: `${name}人民政府`,
    kind: 'township' as const,
  })),
  ...[
    '县发展和改革委员会',
    '县教育体育局',
    '县民政局',
    '县财政局',
    '县人力资源和社会保障局',
    '县自然资源局',
    '县生态环境局',
    '县住房和城乡建设局',
    '县交通运输局',
    '县水利局',
    '县农业农村局',
    '县商务局',
    '县文化广电新闻出版旅游局',
    '县卫生健康委员会',
    '县应急管理局',
    '县市场监督管理局',
    '县医疗保障局',
    '县统计局',
  ].map((name) => ({ name, kind: 'department' as const })),
];

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly unit: string;
  readonly roles: readonly Role[];
}

/** Users for every role; the drafters and heads belong to the departments that hold events. */
export const demoUsers: readonly DemoUser[] = [
  {
    username: 'xinwenban',
    displayName: '刘审核',
    unit: '县政府新闻办公室',
    roles: ['newsOfficeReviewer'],
  },
  {
    username: 'xinwenban2',
    displayName: '陈审核',
    unit: '县政府新闻办公室',
    roles: ['newsOfficeReviewer'],
  },
  {
    username: 'zhuguan',
    displayName: '黄审批',
    unit: '县政府办公室',
    roles: ['authorityApprover'],
  },
  { username: 'jiaoyu.jb', displayName: '张经办', unit: '县教育体育局', roles: ['drafter'] },
  { username: 'jiaoyu.fzr', displayName: '王局长', unit: '县教育体育局', roles: ['unitHead'] },
  { username: 'jiaoyu.fyr', displayName: '钱发言', unit: '县教育体育局', roles: ['spokesperson'] },
  {
    username: 'jiaoyu.bm',
    displayName: '吴保密',
    unit: '县教育体育局',
    roles: ['clearanceReviewer'],
  },
  { username: 'weijian.jb', displayName: '郑经办', unit: '县卫生健康委员会', roles: ['drafter'] },
  {
    username: 'weijian.fzr',
    displayName: '冯主任',
    unit: '县卫生健康委员会',
    roles: ['unitHead', 'spokesperson', 'clearanceReviewer'],
  },
  {
    username: 'renshe.jb',
    displayName: '何经办',
    unit: '县人力资源和社会保障局',
    roles: ['drafter'],
  },
  {
    username: 'renshe.fzr',
    displayName: '吕局长',
    unit: '县人力资源和社会保障局',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  { username: 'nongye.jb', displayName: '施经办', unit: '县农业农村局', roles: ['drafter'] },
  {
    username: 'nongye.fzr',
    displayName: '孔局长',
    unit: '县农业农村局',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  { username: 'chengguan.jb', displayName: '曹经办', unit: '城关镇人民政府', roles: ['drafter'] },
  {
    username: 'chengguan.fzr',
    displayName: '严镇长',
    unit: '城关镇人民政府',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  ...demoScheduleUsers,
];

/** Units that hold events in the demo year, with a topic for each quarter. */
export const demoTopics: readonly { readonly unit: string; readonly topics: readonly string[] }[] =
  [
    {
      unit: '县教育体育局',
      topics: ['春季学期开学工作', '中考招生政策解读', '秋季学位供给', '第四季度教育重点工作'],
    },
    {
      unit: '县卫生健康委员会',
      topics: ['流感防控', '家庭医生签约服务', '医共体建设进展', '冬季卫生健康工作'],
    },
    {
      unit: '县人力资源和社会保障局',
      topics: ['春风行动就业服务', '高校毕业生就业', '养老保险待遇调整', '农民工工资保障'],
    },
    {
      unit: '县农业农村局',
      topics: ['春耕备耕', '高标准农田建设', '秋粮收购', '乡村振兴年度成效'],
    },
    {
      unit: '城关镇人民政府',
      topics: ['老旧小区改造', '城区防汛', '背街小巷整治', '年度民生实事'],
    },
  ];
