import type { WordingEntry } from '../../domain/materialWording.ts';
import type { SpeakerRole } from '../../domain/transcripts.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../../lexical/materialJson.ts';
import type { MaterialDocument } from '../../lexical/materialDocument.ts';

/**
 * The must-hold event of issue 19: the 通稿 has 新增公办学位3000个 and 1.2亿元; the transcript says
 * 3000个 (fine) and 1.3亿元 (a finding), a forbidden word, a 不可说 item nearly verbatim and another
 * only paraphrased, and a question no 口径 prepared.
 */
export const fixtureRelease: MaterialDocument = materialDocumentOf([
  headingJson('h1', '全县教育工作新闻通稿'),
  paragraphJson('今年全县新增公办学位3000个，投入资金1.2亿元，新建改扩建学校12所。'),
]);

export const fixtureQa: MaterialDocument = materialDocumentOf([
  headingJson('h1', '答问口径'),
  qaItemJson({
    question: '明年秋季城区学位是否充足？',
    answer: '明年秋季预计新增学位1200个，能够满足需求。',
    maySay: '新增学位数、建设进度。',
    mayNotSay: '尚未批复的第三中学选址方案暂不对外公布。',
    owner: '钱发言',
    source: '县教育体育局',
  }),
  qaItemJson({
    question: '课后服务收费标准是多少？',
    answer: '课后服务按照省定标准收费。',
    mayNotSay: '个别学校存在违规收费问题，目前正在立案调查。',
    owner: '钱发言',
    source: '县教育体育局',
  }),
  qaItemJson({
    question: '校车安全如何保障？',
    answer: '全县校车全部配备随车照管员。',
    owner: '钱发言',
    source: '县教育体育局',
  }),
]);

export const fixtureWording: readonly WordingEntry[] = [
  {
    id: 'w-forbidden',
    kind: 'forbidden',
    word: '史无前例',
    suggestion: '力度较大',
    note: '',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
  {
    id: 'w-preferred',
    kind: 'preferred',
    word: '学位',
    suggestion: '学位',
    note: '',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
];

/** Speakers by their index in `fixtureSpeakers`; turns in the order they were spoken. */
export const fixtureSpeakers: readonly { role: SpeakerRole; name: string; outlet: string }[] = [
  { role: 'host', name: '孙主持', outlet: '' },
  { role: 'mainSpeaker', name: '赵发布', outlet: '' },
  { role: 'reporter', name: '周记者', outlet: '县融媒体中心' },
];

export const fixtureScript: readonly (readonly [speaker: number, text: string])[] = [
  [0, '下面请县教育体育局局长赵发布介绍有关情况。'],
  [1, '今年新增公办学位3000个，共投入资金1.3亿元，改革力度史无前例。'],
  [2, '请问明年秋季城区学位够不够用？'],
  [1, '关于这个问题，尚未批复的第三中学选址方案目前暂不对外公布。'],
  [2, '课后服务收费标准是怎么定的？'],
  [1, '个别情况我们也在了解，发现问题一定依法依规处理。'],
  [2, '请问县里对校外培训机构的监管有什么新举措？'],
];

/** Turn numbers (seq, from 1) of the findings the fixture must give. */
export const fixtureExpected = {
  figure: 2,
  wording: 2,
  unsayable: 4,
  paraphrase: 6,
  unprepared: 7,
  neverAsked: '校车安全如何保障？',
} as const;
