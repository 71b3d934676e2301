import type {
  MaterialDocument,
  SerializedNodeJson,
} from '../../shared/lexical/materialDocument.ts';
import { characterCount, plainTextOf } from '../../shared/lexical/materialBlocks.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
  textJson,
} from '../../shared/lexical/materialJson.ts';

const sentences = [
  '今年以来，全县各级各类学校认真落实立德树人根本任务，教育教学质量稳步提升。',
  '全县共投入教育经费1.2亿元，新建、改扩建学校3所，新增学位2400个。',
  '我们坚持以人民为中心的发展思想，着力解决群众急难愁盼的教育问题。',
  '义务教育阶段进城务工人员随迁子女全部就近入学，入学率达到100%。',
  '下一步，我们将继续加大投入，优化资源配置，推动城乡教育优质均衡发展。',
];

/** A briefing of about `characters` characters: sections, paragraphs, lists and questions. */
export function longBriefing(characters = 100_000): MaterialDocument {
  const children: SerializedNodeJson[] = [
    headingJson('h1', '2027年全县教育工作情况通报（基准测试）'),
  ];
  let count = 0;
  let index = 0;
  while (count < characters) {
    if (index % 40 === 0) children.push(headingJson('h2', `第${index / 40 + 1}部分工作情况`));
    if (index % 120 === 60)
      children.push(listJson('number', [sentences[0] ?? '', sentences[1] ?? '']));
    if (index % 200 === 100) {
      children.push(
        qaItemJson({
          question: '学位够不够？',
          answer: sentences[1] ?? '',
          maySay: '新增学位数。',
        }),
      );
    }
    const text = `${sentences[index % sentences.length]}${sentences[(index + 2) % sentences.length]}`;
    children.push(paragraphJson([textJson(text.slice(0, 20), 1), textJson(text.slice(20))]));
    index += 1;
    count += text.length;
  }
  const document = materialDocumentOf(children);
  if (characterCount(plainTextOf(document)) < characters) throw new Error('briefing too short');
  return document;
}
