import { describe, expect, it } from 'vitest';
import { blocksOf } from '../lexical/materialBlocks.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../lexical/materialJson.ts';
import { checkConsistency } from './consistencyCheck.ts';
import { extractFacts } from './consistencyFacts.ts';

const release = (text: string) => ({
  kind: 'pressRelease' as const,
  blocks: blocksOf(
    materialDocumentOf([headingJson('h1', '全县教育工作新闻通稿'), paragraphJson(text)]),
  ),
});
const talkingPoints = (answer: string) => ({
  kind: 'qa' as const,
  blocks: blocksOf(
    materialDocumentOf([
      headingJson('h1', '答问口径'),
      qaItemJson({ question: '今年教育投入有多少？', answer }),
    ]),
  ),
});

describe('figures extracted from Chinese text', () => {
  it('reads amounts, counts, percentages and dates in comparable units', () => {
    const facts = extractFacts(
      '全县共投入教育经费1.2亿元，新建学校三所，入学率达到98.5%，将于2027年3月1日开学。',
    );
    expect(facts.map((fact) => [fact.kind, fact.measure, fact.value])).toEqual([
      ['amount', '元', '120000000'],
      ['count', '所', '3'],
      ['percentage', '%', '98.5'],
      ['date', 'date', '2027-3-1'],
    ]);
  });

  it('reads unit names without the words before them', () => {
    const names = extractFacts('由县教育体育局牵头，今年城关镇人民政府和县政府新闻办公室配合。')
      .filter((fact) => fact.kind === 'unitName')
      .map((fact) => fact.value);
    expect(names).toEqual(['县教育体育局', '城关镇人民政府', '县政府新闻办公室']);
  });
});

describe('consistency between the press release and the talking points', () => {
  it('flags 1.2亿元 in the release against 1.3亿元 in the talking points, with both places', () => {
    const findings = checkConsistency([
      release('今年全县共投入教育经费1.2亿元，新建学校3所。'),
      talkingPoints('今年全县投入教育经费1.3亿元，主要用于新建学校三所。'),
    ]);
    expect(findings).toEqual([
      {
        kind: 'amount',
        subject: '今年投入教育经费',
        first: {
          material: 'pressRelease',
          location: '第1段',
          text: '1.2亿元',
          excerpt: '今年全县共投入教育经费1.2亿元，新建学校3所。',
        },
        second: {
          material: 'qa',
          location: '第1问·答案',
          text: '1.3亿元',
          excerpt: '今年全县投入教育经费1.3亿元，主要用于新建学校三所。',
        },
      },
    ]);
  });

  it('does not flag identical figures, however they are written', () => {
    expect(
      checkConsistency([
        release('今年全县共投入教育经费1.2亿元，新建学校3所。'),
        talkingPoints('今年全县投入教育经费12000万元，新建学校三所。'),
      ]),
    ).toEqual([]);
  });

  it('does not compare figures about different things', () => {
    expect(
      checkConsistency([
        release('全县投入教育经费1.2亿元。'),
        talkingPoints('医疗卫生支出0.8亿元。'),
      ]),
    ).toEqual([]);
  });

  it('flags a date and a unit name written differently', () => {
    const findings = checkConsistency([
      release('新学期于2027年3月1日开学，由县教育体育局负责。'),
      talkingPoints('新学期3月2日开学，县教体局已作安排。'),
    ]);
    expect(
      findings.map((finding) => [finding.kind, finding.first.text, finding.second.text]),
    ).toEqual([
      ['date', '2027年3月1日', '3月2日'],
      ['unitName', '县教育体育局', '县教体局'],
    ]);
  });
});
