import type { DocumentBlock, OfficialDocument } from '../officialDocument.ts';

const sentences = [
  '今年以来，全县上下坚持稳中求进工作总基调，统筹推进经济社会各项工作。',
  '县政府召开常务会议，专题研究部署重点项目建设和民生实事落实工作。',
  '全县地区生产总值同比增长6.2%,规模以上工业增加值增长8.1%。',
  '城乡居民人均可支配收入分别达到42360元和21875元，增速高于经济增长。',
  '新建改建农村公路120公里，完成5G基站建设316个，实现行政村全覆盖。',
  '各乡镇、各部门要进一步提高政治站位，切实增强做好新闻发布工作的责任感和紧迫感。',
  '坚持“谁主管、谁负责，谁发布、谁负责”的原则，严格履行审批程序。',
  '未经审批同意的，不得擅自发布信息。',
  '要主动回应社会关切，及时准确发布权威信息，正确引导社会舆论。',
  '新闻发言人要熟悉业务、掌握政策，提前做好答问口径准备。',
  '对群众反映强烈的热点问题，要第一时间作出回应，做到不缺位、不失语。',
  '县政府新闻办公室将定期通报各单位新闻发布工作开展情况。',
  '全年共举办新闻发布会24场，发布各类权威信息1300余条。',
  '下一步，我们将持续深化政务公开，不断提升新闻发布工作的规范化水平。',
];

const fullWidthForms: Readonly<Record<string, string>> = {
  ',': '\uFF0C',
  '(': '\uFF08',
  ')': '\uFF09',
  ':': '\uFF1A',
  ';': '\uFF1B',
};

/** The text is typed with ASCII , ( ) : ; for ease of editing; Chinese text uses full-width forms. */
const fullWidth = (text: string): string =>
  text.replace(/[,():;]/g, (character) => fullWidthForms[character] ?? character);

/** A deterministic paragraph of about `targetLength` characters, picked from the sentences. */
function paragraphText(seed: number, targetLength: number): string {
  let text = '';
  let state = seed;
  while (text.length < targetLength) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += fullWidth(sentences[state % sentences.length] ?? '');
  }
  return text;
}

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A release of about six pages: sections headed 一、…, sub-sections (一)…, paragraphs of 60 to
 * 300 characters with digits, Latin letters and Chinese quotes. Every paragraph is distinct.
 */
export function longRelease(sectionCount = 4): OfficialDocument {
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', runs: [paragraphText(7, 180)] },
    { kind: 'paragraph', runs: [paragraphText(11, 120)] },
  ];
  for (let section = 0; section < sectionCount; section += 1) {
    blocks.push({
      kind: 'heading1',
      runs: [`${chineseNumerals[section]}、第${section + 1}项重点工作`],
    });
    for (let subsection = 0; subsection < 3; subsection += 1) {
      blocks.push({
        kind: 'heading2',
        runs: [
          `\uFF08${chineseNumerals[subsection]}\uFF09工作要求第${section + 1}-${subsection + 1}条`,
        ],
      });
      const seed = section * 31 + subsection * 7 + 3;
      blocks.push({
        kind: 'paragraph',
        runs: [`${section + 1}.${subsection + 1} `, paragraphText(seed, 60 + ((seed * 37) % 240))],
      });
    }
  }
  return {
    title: '关于2026年第一季度全县新闻发布工作情况的通报',
    titleLines: ['关于2026年第一季度', '全县新闻发布工作情况的通报'],
    blocks,
    closing: { organisation: '测试县人民政府新闻办公室', date: { year: 2026, month: 4, day: 3 } },
  };
}

/**
 * Two or three pages with every kind of block: lists of each style, a form table with a merged
 * row, a page break, a run-in heading, emphasis, and a 落款 whose date is longer than the name.
 */
export function everyBlockDocument(headerMark?: string): OfficialDocument {
  return {
    title: fullWidth('关于举办2026年春季农村义务教育学生营养改善计划新闻发布会的请示'),
    ...(headerMark ? { headerMark } : {}),
    blocks: [
      { kind: 'paragraph', runs: [paragraphText(5, 150)] },
      { kind: 'heading1', runs: ['一、发布会基本情况'] },
      {
        kind: 'table',
        columnWidths: [1, 3],
        rows: [
          ['发布主题', '春季农村义务教育学生营养改善计划实施情况'],
          ['时间', '2026年3月18日上午10:00'],
          ['地点', '县政府新闻发布厅'],
          [{ runs: ['出席人员：县教育体育局局长、新闻发言人'], columnSpan: 2 }],
        ],
      },
      { kind: 'heading1', runs: ['二、需要说明的事项'] },
      {
        kind: 'list',
        style: 'decimal',
        items: [['发布辞已经局党组会议审定。'], ['答问口径共12条。']],
      },
      { kind: 'list', style: 'parenthesised', items: [['邀请媒体8家；'], ['现场直播。']] },
      { kind: 'list', style: 'decimal', start: 3, items: [['会后发布新闻通稿。']] },
      {
        kind: 'heading2',
        runs: [fullWidth('（一）加强组织领导。')],
        runIn: [
          { text: '各单位', bold: true },
          fullWidth('要高度重视,'),
          { text: '明确专人负责', underline: true },
          '。',
        ],
      },
      { kind: 'pageBreak' },
      { kind: 'paragraph', runs: [paragraphText(9, 200)] },
      {
        kind: 'table',
        headerRow: true,
        textSize: 'small',
        columnWidths: [1, 4, 2],
        rows: [
          ['序号', '材料名称', '页数'],
          [{ runs: ['1'], align: 'centre' }, '新闻发布会发布辞', { runs: ['3'], align: 'centre' }],
          [{ runs: ['2'], align: 'centre' }, '答问口径', { runs: ['12'], align: 'centre' }],
        ],
      },
      { kind: 'paragraph', runs: ['妥否，请批示。'] },
    ],
    closing: { organisation: '县教育体育局', date: { year: 2026, month: 12, day: 25 } },
  };
}
