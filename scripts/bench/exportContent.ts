import type { TranscriptForDocument } from '../../main/core/transcripts/transcriptDocument.ts';
import { completeFields } from '../../main/core/testing/requests.ts';
import type { TranscriptSpeaker, TranscriptTurn } from '../../shared/domain/transcripts.ts';
import { headingCounter } from '../../shared/lexical/headingNumbers.ts';
import type {
  MaterialDocument,
  SerializedNodeJson,
} from '../../shared/lexical/materialDocument.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  tableJson,
} from '../../shared/lexical/materialJson.ts';
import { speakerLabel } from '../../shared/rules/transcriptFormat.ts';
import { formatShanghaiDateTime } from '../../shared/rules/shanghaiTime.ts';

/**
 * Synthetic content for the documentExport benchmark, sized in GB/T 9704 pages (22 lines of 28
 * characters), each piece both as the app's source data and as the equivalent Markdown for pandoc.
 */
const linesPerPage = 22;
const charactersPerLine = 28;

/** Width in Chinese characters: digits and other ASCII take half of one. */
const width = (text: string): number =>
  Array.from(text).reduce((sum, character) => sum + (character < '\u0080' ? 0.5 : 1), 0);

/** Lines a paragraph takes, its first line indented by two characters. */
const linesOf = (text: string): number => Math.ceil((width(text) + 2) / charactersPerLine);

/** `count` sentences of `pool` from `start` on, wrapping round: varied text without randomness. */
const sentencesFrom = (pool: readonly string[], start: number, count: number): string =>
  Array.from({ length: count }, (_, offset) => pool[(start + offset) % pool.length]).join('');

const answerSentences = [
  '今年以来，全县各级各类学校认真落实立德树人根本任务，教育教学质量稳步提升。',
  '全县共投入教育经费1.2亿元，新建、改扩建学校3所，新增公办学位2400个。',
  '我们坚持以人民为中心的发展思想，着力解决群众急难愁盼的教育问题。',
  '义务教育阶段进城务工人员随迁子女全部就近入学，入学率达到百分之百。',
  '课后服务实现义务教育学校全覆盖，学生参与率超过九成，家长满意度明显提高。',
  '我们实施农村学校办学条件改善工程，为42所乡村学校配齐了功能教室和图书。',
  '在师资队伍建设方面，今年新招聘教师186名，其中农村学校补充教师120名。',
  '同时，我们推进城乡教师交流轮岗，全年交流校长和骨干教师达到213人次。',
  '学生营养改善计划覆盖全部农村义务教育学校，受益学生两万一千余人。',
  '对家庭经济困难学生，我们做到应助尽助，全年发放各类资助资金三千余万元。',
  '校园安全是教育工作的底线，我们完成了全部学校的安防设施升级改造。',
  '下一步，我们将继续加大投入，优化资源配置，推动城乡教育优质均衡发展。',
  '我们还将加快推进县第二高级中学建设，力争明年秋季学期投入使用。',
  '对于群众反映的热点问题，我们将建立台账，逐项研究解决，及时向社会公开进展。',
  '这些工作离不开社会各界的关心支持，也欢迎媒体朋友继续监督。',
  '总的来看，全县教育事业发展态势良好，但与群众期盼相比还有差距。',
];

const questions = [
  '今年秋季学期，城区学校学位是否紧张？新建学校什么时候能够投入使用？',
  '不少家长关心课后服务的收费问题，请问具体标准是怎样确定的？',
  '农村学校教师流失的问题比较突出，县里有哪些具体措施？',
  '请问县里在“双减”工作方面取得了哪些成效？下一步有什么打算？',
  '学生营养餐的质量如何保障？有没有建立相应的监督机制？',
  '对于随迁子女入学，需要家长准备哪些材料？办理流程是否会进一步简化？',
  '校车安全一直是社会关注的焦点，今年在这方面做了哪些工作？',
  '县第二高级中学的建设进度如何？招生计划是否已经确定？',
];

const invitations = [
  '好，请这位记者提问。',
  '谢谢。下一个问题，请后排这位记者。',
  '请中间这位戴眼镜的记者朋友。',
  '还有哪位记者有问题？好，请前排这位。',
];

const speakers: readonly TranscriptSpeaker[] = [
  { id: 'host', role: 'host', name: '李主持', title: '县政府新闻办主任', outlet: '' },
  { id: 'main', role: 'mainSpeaker', name: '赵发布', title: '县教育体育局局长', outlet: '' },
  {
    id: 'spokesperson',
    role: 'spokesperson',
    name: '钱发言',
    title: '县教育体育局新闻发言人',
    outlet: '',
  },
  { id: 'deputy', role: 'speaker', name: '孙参加', title: '县教育体育局副局长', outlet: '' },
  { id: 'reporter-1', role: 'reporter', name: '王晓', title: '', outlet: '县融媒体中心' },
  { id: 'reporter-2', role: 'reporter', name: '陈静', title: '', outlet: '市日报社' },
  { id: 'reporter-3', role: 'reporter', name: '刘洋', title: '', outlet: '省广播电视台' },
];

const officials = ['main', 'spokesperson', 'deputy'] as const;
const reporters = ['reporter-1', 'reporter-2', 'reporter-3'] as const;

/** Who says what in round `round` of questions: the host calls, a reporter asks, an official answers. */
function questionRound(round: number): [string, string][] {
  const answerer = officials[round % officials.length] ?? 'main';
  const exchange: [string, string][] = [
    ['host', invitations[round % invitations.length] ?? ''],
    [
      reporters[round % reporters.length] ?? 'reporter-1',
      questions[round % questions.length] ?? '',
    ],
    ['host', `请${speakers.find((speaker) => speaker.id === answerer)?.name ?? ''}回答。`],
    [answerer, sentencesFrom(answerSentences, round * 5, 4 + (round % 4))],
  ];
  if (round % 3 === 2) exchange.push(['main', sentencesFrom(answerSentences, round * 7, 2)]);
  return exchange;
}

const opening: [string, string][] = [
  [
    'host',
    '各位记者朋友，上午好！欢迎出席今天的新闻发布会。今天我们邀请到县教育体育局局长赵发布，请他介绍全县教育工作有关情况，并回答大家关心的问题。',
  ],
  ['main', sentencesFrom(answerSentences, 0, 8)],
  ['main', sentencesFrom(answerSentences, 8, 8)],
  [
    'host',
    '感谢赵局长的介绍。下面进入提问环节，请记者朋友举手示意，提问前请先通报所在的新闻机构。',
  ],
];

/** A 文字实录 of about `pages` pages: an opening statement, then round after round of questions. */
export function longTranscript(pages: number): TranscriptForDocument {
  const startedAt = '2026-12-10T01:30:00.000Z';
  const turns: TranscriptTurn[] = [];
  let lines = 0;
  let offsetMs = 0;
  const say = ([speakerId, text]: [string, string]) => {
    const speaker = speakers.find((candidate) => candidate.id === speakerId);
    const seq = turns.length + 1;
    turns.push({
      id: `turn-${seq}`,
      seq,
      speakerId,
      text,
      spokenAt: new Date(Date.parse(startedAt) + offsetMs).toISOString(),
      offsetMs,
      revision: 1,
      committedByName: '周记录',
    });
    lines += linesOf(`[${speaker ? speakerLabel(speaker) : ''}] ${text} [09:30]`);
    offsetMs += text.length * 250;
  };
  opening.forEach(say);
  for (let round = 0; lines < pages * linesPerPage; round++) questionRound(round).forEach(say);
  return {
    fields: completeFields('unit-bench'),
    startedAt,
    speakers,
    turns,
    noteTakerNames: ['周记录', '吴记录'],
    reviewedByName: '郑审核',
  };
}

/** The same 文字实录 as Markdown: the header lines, then each turn as **发言人：**text. */
export function transcriptMarkdown(source: TranscriptForDocument): string {
  const label = new Map(source.speakers.map((speaker) => [speaker.id, speakerLabel(speaker)]));
  const officialNames = source.speakers
    .filter((speaker) => speaker.role !== 'host' && speaker.role !== 'reporter')
    .map((speaker) => `${speaker.title}${speaker.name}`);
  const paragraphs = [
    `# ${source.fields.title}文字实录`,
    `**时间：**${formatShanghaiDateTime(source.fields.startsAt ?? source.startedAt)}`,
    `**地点：**${source.fields.venue}`,
    `**主持人：**${source.fields.content.host.title}${source.fields.content.host.name}`,
    `**发布人：**${officialNames.join('、')}`,
    ...source.turns.map((turn) => `**${label.get(turn.speakerId) ?? ''}：**${turn.text}`),
    `记录：${source.noteTakerNames.join('、')}\u3000审核：${source.reviewedByName}`,
  ];
  return `${paragraphs.join('\n\n')}\n`;
}

export type ReleaseBlock =
  | { readonly kind: 'h2' | 'h3' | 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

export interface Release {
  readonly title: string;
  readonly blocks: readonly ReleaseBlock[];
}

const sectionTitles = [
  '全县教育事业发展总体情况',
  '学位供给和学校建设',
  '教师队伍建设',
  '学生资助和营养改善',
  '校园安全和课后服务',
  '下一步工作安排',
];
const subsectionTitles = ['主要做法', '取得成效', '存在问题'];

const enrolmentTable: readonly (readonly string[])[] = [
  ['项目', '2025年', '2026年', '增减'],
  ['新增公办学位（个）', '1800', '2400', '+600'],
  ['新招聘教师（名）', '150', '186', '+36'],
  ['资助资金（万元）', '2760', '3050', '+290'],
];

const measures = [
  '加快县第二高级中学建设，明年秋季学期投入使用。',
  '扩大课后服务覆盖面，丰富服务内容。',
  '深化城乡教师交流轮岗，补齐农村学校师资短板。',
  '健全学生资助体系，确保应助尽助。',
];

const blockLines = (block: ReleaseBlock): number => {
  if (block.kind === 'list') return block.items.reduce((sum, item) => sum + linesOf(item), 0);
  if (block.kind === 'table') return block.rows.length * 2;
  return linesOf(block.text);
};

/** One 一、 section: three （一） subsections of three paragraphs, and the list or the table. */
function releaseSection(section: number): ReleaseBlock[] {
  const blocks: ReleaseBlock[] = [
    { kind: 'h2', text: sectionTitles[section % sectionTitles.length] ?? '' },
  ];
  for (const [subsection, title] of subsectionTitles.entries()) {
    blocks.push({ kind: 'h3', text: title });
    for (let paragraph = 0; paragraph < 3; paragraph++) {
      const start = section * 11 + subsection * 5 + paragraph * 3;
      blocks.push({ kind: 'paragraph', text: sentencesFrom(answerSentences, start, 3) });
    }
  }
  if (section === 1) blocks.push({ kind: 'table', rows: enrolmentTable });
  if (section === 2) blocks.push({ kind: 'list', items: measures });
  return blocks;
}

/** A 新闻通稿 of about `pages` pages. */
export function longRelease(pages: number): Release {
  const blocks: ReleaseBlock[] = [];
  let lines = 4; // the 2号 title and the empty line under it
  for (let section = 0; lines < pages * linesPerPage; section++) {
    for (const block of releaseSection(section)) {
      if (lines >= pages * linesPerPage) break;
      blocks.push(block);
      lines += blockLines(block);
    }
  }
  return { title: '我县召开2026年第四季度教育工作新闻发布会', blocks };
}

const blockJson = (block: ReleaseBlock): SerializedNodeJson => {
  if (block.kind === 'list') return listJson('number', block.items);
  if (block.kind === 'table') return tableJson(block.rows);
  return block.kind === 'paragraph'
    ? paragraphJson(block.text)
    : headingJson(block.kind, block.text);
};

/** The release as the editor saves it; the export numbers the headings itself. */
export function releaseMaterial(release: Release): MaterialDocument {
  return materialDocumentOf([headingJson('h1', release.title), ...release.blocks.map(blockJson)]);
}

/** The release as Markdown, headings numbered as the Word export numbers them. */
export function releaseMarkdown(release: Release): string {
  const number = headingCounter();
  const markdown = (block: ReleaseBlock): string => {
    switch (block.kind) {
      case 'h2':
        return `## ${number('h2') ?? ''}${block.text}`;
      case 'h3':
        return `### ${number('h3') ?? ''}${block.text}`;
      case 'paragraph':
        return block.text;
      case 'list':
        return block.items.map((item, index) => `${index + 1}. ${item}`).join('\n');
      case 'table': {
        const [header = '', ...rows] = block.rows.map((cells) => `| ${cells.join(' | ')} |`);
        return [header, `|${' --- |'.repeat(block.rows[0]?.length ?? 0)}`, ...rows].join('\n');
      }
    }
  };
  return `${[`# ${release.title}`, ...release.blocks.map(markdown)].join('\n\n')}\n`;
}
