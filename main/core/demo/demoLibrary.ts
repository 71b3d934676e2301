import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { AnswerStatus } from '../../../shared/domain/materialAnswers.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { demoUsers } from './demoCounty.ts';

interface Step {
  readonly at: Date;
  readonly run: () => Promise<void>;
}
type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

export interface DemoAnswer {
  readonly unit: string;
  readonly question: string;
  readonly answer: string;
  readonly maySay: string;
  readonly mayNotSay: string;
  readonly source: string;
  /** Written this many days before the demo's now. */
  readonly writtenDaysAgo: number;
  /** Valid until this many days after the demo's now (negative: already expired); null: no end. */
  readonly validForDays: number | null;
  readonly status: AnswerStatus;
}

/** The 口径库 of the demo county: units' reviewed answers, a few about to expire, one expired. */
export const demoAnswers: readonly DemoAnswer[] = [
  {
    unit: '县教育体育局',
    question: '城区义务教育阶段新生入学的学区是如何划分的？',
    answer:
      '城区公办小学、初中按照“就近入学、相对稳定”的原则划分学区，学区范围经县政府批准后在县教育体育局网站和各学校公示，当年招生工作结束前不作调整。',
    maySay: '学区划分原则、公示渠道、咨询电话。',
    mayNotSay: '尚在论证的学区调整方案；个别学校的具体报名人数。',
    source: '县教育体育局义务教育招生入学工作方案',
    writtenDaysAgo: 160,
    validForDays: 20,
    status: 'active',
  },
  {
    unit: '县教育体育局',
    question: '随迁子女在县城入学需要提供哪些材料？',
    answer:
      '只需户口簿、居住证和监护人在本县就业或居住的证明三项材料，可在县政务服务网或县教育体育局招生窗口办理，五个工作日内告知结果。',
    maySay: '所需材料、办理渠道和时限。',
    mayNotSay: '个案的审核意见。',
    source: '县教育体育局随迁子女入学办事指南',
    writtenDaysAgo: 120,
    validForDays: 240,
    status: 'active',
  },
  {
    unit: '城关镇人民政府',
    question: '汛期城区遇强降雨时，群众如何获得预警和转移信息？',
    answer:
      '预警信息通过手机短信、县融媒体中心和社区网格员同步发布；低洼地带和地下空间住户由网格员逐户通知，转移安置点在各社区公示栏张贴。',
    maySay: '预警发布渠道、转移安置点位置、求助电话。',
    mayNotSay: '未经核实的伤亡和损失数字。',
    source: '城关镇防汛应急预案',
    writtenDaysAgo: 200,
    validForDays: -5,
    status: 'active',
  },
  {
    unit: '县农业农村局',
    question: '衔接推进乡村振兴补助资金主要用在哪些方面？如何公开？',
    answer:
      '百分之六十以上用于产业发展，重点支持特色种养、农产品加工和冷链物流，其余用于村内道路、供水等小型公益设施；项目和资金安排在县政府网站和各村公示栏公开。',
    maySay: '资金投向比例、公开渠道。',
    mayNotSay: '尚未批复的具体项目和金额。',
    source: '县衔接推进乡村振兴补助资金管理办法',
    writtenDaysAgo: 90,
    validForDays: 150,
    status: 'active',
  },
  {
    unit: '县医疗保障局',
    question: '城乡居民医保集中缴费期什么时候截止？错过了怎么办？',
    answer:
      '集中缴费期截止时间以县医保局公告为准，可通过手机缴费、银行网点或村（社区）代收点缴纳；错过集中缴费期的，按规定设置待遇等待期。',
    maySay: '缴费渠道、截止时间以公告为准、待遇等待期的规定。',
    mayNotSay: '下一年度缴费标准（待省里文件下达）。',
    source: '县医疗保障局城乡居民医保集中缴费公告',
    writtenDaysAgo: 45,
    validForDays: 12,
    status: 'active',
  },
  {
    unit: '县医疗保障局',
    question: '异地就医备案怎么办理？需要多长时间？',
    answer:
      '可以通过国家医保服务平台手机应用或县医保服务大厅办理，备案即时生效，不需要提交纸质材料。',
    maySay: '办理渠道、即时生效。',
    mayNotSay: '',
    source: '县医疗保障局异地就医办事指南',
    writtenDaysAgo: 70,
    validForDays: null,
    status: 'active',
  },
  {
    unit: '县卫生健康委员会',
    question: '家庭医生签约后能享受哪些服务？',
    answer:
      '签约居民可享受优先就诊、慢病长处方、上门随访等服务，高血压、糖尿病患者每季度至少随访一次；签约可到所在村卫生室或乡镇卫生院办理。',
    maySay: '服务内容、签约地点。',
    mayNotSay: '各乡镇签约率排名。',
    source: '县家庭医生签约服务实施方案',
    writtenDaysAgo: 110,
    validForDays: 180,
    status: 'active',
  },
  {
    unit: '县人力资源和社会保障局',
    question: '农民工工资被拖欠，可以通过什么渠道反映？',
    answer:
      '可以拨打劳动保障监察举报电话，或到县人社局劳动保障监察大队当面反映，也可通过全国根治欠薪线索反映平台提交，我们对欠薪线索做到件件有回应。',
    maySay: '举报渠道和办理时限。',
    mayNotSay: '正在查处案件的企业名称。',
    source: '县人力资源和社会保障局',
    writtenDaysAgo: 150,
    validForDays: null,
    status: 'active',
  },
  {
    unit: '县民政局',
    question: '今年城乡低保标准是多少？申请流程有没有简化？',
    answer:
      '城市低保月人均保障标准为七百八十元、农村为六百二十元；可在户籍地或经常居住地申请，审批时限缩短到二十个工作日。',
    maySay: '现行保障标准、申请地点和时限。',
    mayNotSay: '下一年度标准调整幅度（待县政府研究）。',
    source: '县民政局关于调整城乡低保标准的通知',
    writtenDaysAgo: 60,
    validForDays: 28,
    status: 'active',
  },
  {
    unit: '县住房和城乡建设局',
    question: '老旧小区改造居民需要出资吗？改造内容由谁决定？',
    answer:
      '基础类改造由政府投资；完善类和提升类按照“居民自愿、适当出资”的原则，改造内容由居民议事会表决确定。',
    maySay: '出资原则、决策方式。',
    mayNotSay: '未列入年度计划的小区名单。',
    source: '县城镇老旧小区改造工作方案',
    writtenDaysAgo: 80,
    validForDays: 200,
    status: 'active',
  },
  {
    unit: '县市场监督管理局',
    question: '校园周边食品安全如何监管？',
    answer:
      '市场监管部门每学期联合教育部门开展校园及周边食品安全检查，中小学食堂全部实现“明厨亮灶”，群众可拨打12315投诉举报。',
    maySay: '检查频次、投诉渠道。',
    mayNotSay: '尚未结案的查处情况。',
    source: '县市场监督管理局',
    writtenDaysAgo: 15,
    validForDays: 120,
    status: 'draft',
  },
];

/** Who keeps a unit's answers: its spokesperson where the demo has one, else the news office. */
const keeperOf = (unit: string) =>
  demoUsers.find((user) => user.unit === unit && user.roles.includes('spokesperson'))?.username ??
  'xinwenban';

/** Each answer saved through the 口径库's own service on the day it was written. */
export function demoLibrarySteps(
  call: Call,
  unitId: (name: string) => string | null,
  today: Date,
): Step[] {
  const todayDate = shanghaiDate(today);
  return demoAnswers.map((entry, index) => ({
    at: new Date(
      `${addDays(todayDate, -entry.writtenDaysAgo)}T15:${String(10 + index).padStart(2, '0')}:00+08:00`,
    ),
    run: async () =>
      void (await call(keeperOf(entry.unit), 'answers:save', {
        question: entry.question,
        answer: entry.answer,
        maySay: entry.maySay,
        mayNotSay: entry.mayNotSay,
        ownerUnitId: unitId(entry.unit),
        source: entry.source,
        validUntil: entry.validForDays === null ? null : addDays(todayDate, entry.validForDays),
        status: entry.status,
      })),
  }));
}
