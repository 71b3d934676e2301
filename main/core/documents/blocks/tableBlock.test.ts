import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../testing/tempFolder.ts';
import { buildOfficialDocx } from '../buildOfficialDocx.ts';
import { xmlParagraphs } from '../testing/docxXml.ts';
import { readDocxPart } from '../testing/readDocxPart.ts';

const folder = tempFolder();
let body = '';
let core = '';

beforeAll(async () => {
  const path = join(folder.path, 'table.docx');
  writeFileSync(
    path,
    await buildOfficialDocx({
      title: '表格',
      confidentialityMark: '内部资料',
      properties: { description: '说明', keywords: 'abc' },
      blocks: [
        {
          kind: 'table',
          headerRow: true,
          cantSplit: true,
          textSize: 'compact',
          columnWidths: [1, 3],
          rows: [
            [{ runs: ['类别', '\n', '校验码'] }, '标题'],
            [
              {
                runs: [{ text: '新闻发言人', bold: true }, '\n', { text: '拟办意见', bold: true }],
              },
              {
                runs: ['拟同意召开。'],
                paragraphs: [{ runs: [] }, { runs: ['签字（盖章）：'], align: 'right' }],
              },
            ],
          ],
        },
        {
          kind: 'paragraph',
          align: 'right',
          textSize: 'compact',
          runs: ['报批内容校验码：F86E-1A92'],
        },
      ],
    }),
  );
  body = await readDocxPart(path, 'word/document.xml');
  core = await readDocxPart(path, 'docProps/core.xml');
});
afterAll(() => folder.remove());

const paragraph = (text: string) => {
  const found = xmlParagraphs(body).find((candidate) => candidate.text === text);
  if (!found) throw new Error(`no paragraph ${text}`);
  return found;
};

describe('a table block', () => {
  it('keeps each row on one page when asked, and repeats the header row', () => {
    const rows = [...body.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
  });

  it('starts a new paragraph of the cell at each line break, the header’s lines bold', () => {
    expect(paragraph('类别').xml).toContain('<w:b/>');
    expect(paragraph('校验码').xml).toContain('<w:b/>');
    expect(paragraph('新闻发言人').xml).toContain('<w:b/>');
    expect(paragraph('拟办意见').xml).toContain('<w:b/>');
  });

  it('adds the paragraphs after the first, each with its own alignment', () => {
    expect(paragraph('签字（盖章）：').xml).toContain('<w:jc w:val="right"/>');
    expect(paragraph('拟同意召开。').xml).toContain('<w:jc w:val="left"/>');
  });

  it('sets compact tables and notes in 小四 on lines of their own', () => {
    for (const text of ['拟同意召开。', '报批内容校验码：F86E-1A92']) {
      expect(paragraph(text).xml, text).toContain('<w:sz w:val="24"/>');
      expect(paragraph(text).xml, text).toContain('w:line="312" w:lineRule="exact"');
    }
  });
});

describe('an official document', () => {
  it('opens with its confidentiality mark in 3号黑体, flush left, before the title', () => {
    const [mark, , title] = xmlParagraphs(body);
    expect(mark?.text).toBe('内部资料');
    expect(mark?.fonts[0]).toMatchObject({ eastAsia: '黑体' });
    expect(mark?.xml).toContain('<w:sz w:val="32"/>');
    expect(mark?.xml).not.toContain('w:firstLine');
    expect(title?.text).toBe('表格');
  });

  it('writes its properties into the file', () => {
    expect(core).toContain('<dc:description>说明</dc:description>');
    expect(core).toContain('<cp:keywords>abc</cp:keywords>');
  });
});
