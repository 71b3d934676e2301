import type { DemoUser } from './demoCounty.ts';

/**
 * The demo county's scheduling side: more units holding events (so the compliance board shows a
 * mix of met and missed), the news office's own conferences where designated departments appear,
 * online interviews, the registers partly filled in, and annual plans for a few units.
 */
export const demoScheduleUsers: readonly DemoUser[] = [
  { username: 'xinwenban.jb', displayName: '孙经办', unit: '县政府新闻办公室', roles: ['drafter'] },
  {
    username: 'xinwenban.fzr',
    displayName: '李主任',
    unit: '县政府新闻办公室',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  { username: 'minzheng.jb', displayName: '林经办', unit: '县民政局', roles: ['drafter'] },
  {
    username: 'minzheng.fzr',
    displayName: '郭局长',
    unit: '县民政局',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  {
    username: 'zhujian.jb',
    displayName: '谢经办',
    unit: '县住房和城乡建设局',
    roles: ['drafter'],
  },
  {
    username: 'zhujian.fzr',
    displayName: '韩局长',
    unit: '县住房和城乡建设局',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  {
    username: 'shijian.jb',
    displayName: '唐经办',
    unit: '县市场监督管理局',
    roles: ['drafter'],
  },
  {
    username: 'shijian.fzr',
    displayName: '邓局长',
    unit: '县市场监督管理局',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  { username: 'hekou.jb', displayName: '许经办', unit: '河口镇人民政府', roles: ['drafter'] },
  {
    username: 'hekou.fzr',
    displayName: '罗镇长',
    unit: '河口镇人民政府',
    roles: ['unitHead', 'clearanceReviewer'],
  },
  { username: 'yuanqu.jb', displayName: '马经办', unit: '县工业园区管委会', roles: ['drafter'] },
  {
    username: 'yuanqu.fzr',
    displayName: '潘主任',
    unit: '县工业园区管委会',
    roles: ['unitHead', 'clearanceReviewer'],
  },
];

export interface DemoUnitPeople {
  readonly unit: string;
  readonly head: { readonly name: string; readonly title: string };
  readonly spokesperson: { readonly name: string; readonly title: string } | null;
  /** Whether the spokesperson was filed with the news office, and designated by it. */
  readonly filed: boolean;
  readonly designated: boolean;
}

/** Principal heads and spokespersons; the base demo's units keep the names its users have. */
export const demoUnitPeople: readonly DemoUnitPeople[] = [
  {
    unit: '县教育体育局',
    head: { name: '王局长', title: '局长' },
    spokesperson: { name: '钱发言', title: '副局长' },
    filed: true,
    designated: true,
  },
  {
    unit: '县卫生健康委员会',
    head: { name: '冯主任', title: '主任' },
    spokesperson: { name: '冯主任', title: '主任' },
    filed: true,
    designated: true,
  },
  {
    unit: '县人力资源和社会保障局',
    head: { name: '吕局长', title: '局长' },
    spokesperson: { name: '付发言', title: '副局长' },
    filed: false,
    designated: true,
  },
  {
    unit: '县民政局',
    head: { name: '郭局长', title: '局长' },
    spokesperson: { name: '蒋发言', title: '副局长' },
    filed: true,
    designated: true,
  },
  {
    unit: '县住房和城乡建设局',
    head: { name: '韩局长', title: '局长' },
    spokesperson: { name: '沈发言', title: '总工程师' },
    filed: true,
    designated: true,
  },
  {
    unit: '县市场监督管理局',
    head: { name: '邓局长', title: '局长' },
    spokesperson: null,
    filed: false,
    designated: true,
  },
  {
    unit: '县农业农村局',
    head: { name: '孔局长', title: '局长' },
    spokesperson: { name: '彭发言', title: '副局长' },
    filed: true,
    designated: false,
  },
  {
    unit: '城关镇人民政府',
    head: { name: '严镇长', title: '镇长' },
    spokesperson: { name: '鲁发言', title: '副镇长' },
    filed: true,
    designated: false,
  },
  {
    unit: '河口镇人民政府',
    head: { name: '罗镇长', title: '镇长' },
    spokesperson: { name: '韦发言', title: '党委委员' },
    filed: false,
    designated: false,
  },
  {
    unit: '县工业园区管委会',
    head: { name: '潘主任', title: '主任' },
    spokesperson: { name: '昌发言', title: '副主任' },
    filed: true,
    designated: false,
  },
  {
    unit: '县财政局',
    head: { name: '苗局长', title: '局长' },
    spokesperson: { name: '凤发言', title: '副局长' },
    filed: true,
    designated: false,
  },
  {
    unit: '县交通运输局',
    head: { name: '方局长', title: '局长' },
    spokesperson: { name: '俞发言', title: '副局长' },
    filed: false,
    designated: false,
  },
];

/** Units of the added users and the quarters (of the last four) they hold a press conference in. */
export const demoExtraConferences: readonly {
  readonly unit: string;
  readonly quarters: readonly number[];
  readonly topic: string;
}[] = [
  { unit: '县民政局', quarters: [0, 1, 2, 3], topic: '社会救助和养老服务' },
  { unit: '县住房和城乡建设局', quarters: [0, 2, 3], topic: '城镇老旧小区改造' },
  { unit: '县市场监督管理局', quarters: [1, 2, 3], topic: '食品安全专项整治' },
  { unit: '河口镇人民政府', quarters: [0, 1, 2], topic: '美丽集镇建设' },
  { unit: '县工业园区管委会', quarters: [1], topic: '重点项目招商引资' },
];

/** The news office's own conference each quarter and who of the designated departments spoke. */
export const demoNewsOfficeConferences: readonly {
  readonly topic: string;
  readonly speakers: readonly string[];
}[] = [
  { topic: '全县经济社会发展情况', speakers: ['钱发言', '郭局长'] },
  { topic: '重点民生实事进展', speakers: ['冯主任', '蒋发言'] },
  { topic: '营商环境优化举措', speakers: ['王局长', '沈发言'] },
  { topic: '年度重点工作落实情况', speakers: ['吕局长', '蒋发言'] },
];

/** Online interviews on the county website: which unit, in which of the last four quarters, who. */
export const demoInterviews: readonly {
  readonly unit: string;
  readonly quarter: number;
  readonly topic: string;
  readonly speaker: string;
}[] = [
  { unit: '县教育体育局', quarter: 1, topic: '中考招生政策', speaker: '王局长' },
  { unit: '县教育体育局', quarter: 2, topic: '课后服务', speaker: '钱发言' },
  { unit: '县人力资源和社会保障局', quarter: 0, topic: '春风行动', speaker: '付发言' },
  { unit: '县人力资源和社会保障局', quarter: 2, topic: '社保待遇调整', speaker: '吕局长' },
  { unit: '县民政局', quarter: 1, topic: '社会救助政策', speaker: '郭局长' },
  { unit: '县卫生健康委员会', quarter: 2, topic: '家庭医生签约', speaker: '冯主任' },
  { unit: '城关镇人民政府', quarter: 1, topic: '城区防汛', speaker: '严镇长' },
  { unit: '河口镇人民政府', quarter: 2, topic: '乡村振兴', speaker: '韦发言' },
  { unit: '县民政局', quarter: 3, topic: '冬季困难群众救助', speaker: '蒋发言' },
];

export const demoExperts: readonly {
  readonly unit: string;
  readonly name: string;
  readonly field: string;
  readonly organisation: string;
  readonly filed: boolean;
}[] = [
  {
    unit: '县教育体育局',
    name: '孙教授',
    field: '基础教育政策',
    organisation: '市教育科学研究院',
    filed: true,
  },
  {
    unit: '县教育体育局',
    name: '周老师',
    field: '招生考试',
    organisation: '县第一中学',
    filed: true,
  },
  {
    unit: '县卫生健康委员会',
    name: '吴医师',
    field: '公共卫生',
    organisation: '县人民医院',
    filed: true,
  },
  {
    unit: '县人力资源和社会保障局',
    name: '郑研究员',
    field: '就业与社会保障',
    organisation: '市社会科学院',
    filed: false,
  },
  {
    unit: '县民政局',
    name: '陈律师',
    field: '社会救助法规',
    organisation: '示范律师事务所',
    filed: true,
  },
  {
    unit: '城关镇人民政府',
    name: '高工程师',
    field: '城市更新',
    organisation: '县规划设计院',
    filed: false,
  },
];

/** 政务新媒体 accounts; `openedDaysAgo` and `filedAfterDays` (null: not filed) set the dates. */
export const demoAccounts: readonly {
  readonly unit: string;
  readonly platform: 'weibo' | 'wechat';
  readonly name: string;
  readonly openedDaysAgo: number;
  readonly filedAfterDays: number | null;
}[] = [
  {
    unit: '县政府新闻办公室',
    platform: 'weibo',
    name: '示范县发布',
    openedDaysAgo: 380,
    filedAfterDays: 6,
  },
  {
    unit: '县教育体育局',
    platform: 'wechat',
    name: '示范县教育发布',
    openedDaysAgo: 300,
    filedAfterDays: 12,
  },
  {
    unit: '县卫生健康委员会',
    platform: 'wechat',
    name: '健康示范县',
    openedDaysAgo: 200,
    filedAfterDays: 45,
  },
  {
    unit: '县人力资源和社会保障局',
    platform: 'weibo',
    name: '示范县人社',
    openedDaysAgo: 120,
    filedAfterDays: null,
  },
  { unit: '县民政局', platform: 'wechat', name: '示范民政', openedDaysAgo: 90, filedAfterDays: 20 },
  {
    unit: '城关镇人民政府',
    platform: 'wechat',
    name: '城关发布',
    openedDaysAgo: 12,
    filedAfterDays: null,
  },
];

/** Units that wrote an annual plan: a topic for each quarter, and an online interview line. */
export const demoPlans: readonly {
  readonly unit: string;
  readonly interviewQuarter: number;
  readonly interviewTopic: string;
}[] = [
  { unit: '县教育体育局', interviewQuarter: 2, interviewTopic: '中考招生政策在线访谈' },
  { unit: '县卫生健康委员会', interviewQuarter: 3, interviewTopic: '家庭医生签约服务在线访谈' },
  { unit: '县人力资源和社会保障局', interviewQuarter: 1, interviewTopic: '春风行动在线访谈' },
  { unit: '县农业农村局', interviewQuarter: 4, interviewTopic: '乡村振兴在线访谈' },
  { unit: '城关镇人民政府', interviewQuarter: 3, interviewTopic: '城区防汛在线访谈' },
];
