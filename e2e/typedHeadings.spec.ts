import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { convertDocxToPdf } from '../main/core/documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../main/core/documents/testing/documentTestOutput.ts';
import { xmlParagraphs } from '../main/core/documents/testing/docxXml.ts';
import { pdfTextFonts } from '../main/core/documents/testing/pdfTextFonts.ts';
import { readDocxPart } from '../main/core/documents/testing/readDocxPart.ts';
import { expect, test } from './support/fixtures.ts';
import { openNewMaterial } from './support/materials.ts';

// LibreOffice's first start alone can take a minute on a loaded machine.
test.setTimeout(300_000);

/** Enter, then a key that types nothing (see materialsEditor.spec.ts). */
async function newParagraph(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift');
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

test('a 新闻通稿 typed in plain paragraphs exports its headings in 黑体 and its lists numbered', async ({
  page,
  webApp,
}) => {
  const screen = await openNewMaterial(page, webApp, 'pressRelease');
  const blockStyle = screen.toolbar.getByRole('combobox', { name: '段落样式' });

  await screen.caretAtEndOf('（结尾：下一步安排或联系方式。）');
  await newParagraph(page);
  // Typed whole, as an input method commits it: Enter makes it the 一、 heading, and one Ctrl+Z
  // turns it back into the paragraph as typed, the new line kept.
  await page.keyboard.insertText('一、资金投入情况');
  await newParagraph(page);
  await expect(screen.editor.locator('h2.mat-h2')).toHaveText('资金投入情况');
  await page.keyboard.press('Control+z');
  await expect(screen.editor.locator('h2')).toHaveCount(0);
  await expect(screen.editor.locator('p.mat-p').filter({ hasText: '一、资金投入情况' })).toHaveText(
    '一、资金投入情况',
  );
  await expect(blockStyle).toHaveValue('paragraph');
  await page.keyboard.insertText('今年以来，全县投入教育资金1.2亿元，新增学位3000个。');

  await newParagraph(page);
  await page.keyboard.insertText('（一）学位供给');
  await newParagraph(page);
  await expect(screen.editor.locator('h3.mat-h3')).toHaveText('学位供给');
  await page.keyboard.insertText('城区新建小学两所，新增学位1200个。');
  await newParagraph(page);
  await page.keyboard.insertText('1.基本情况');
  await newParagraph(page);
  await page.keyboard.insertText('（1）加强领导。各校要明确专人负责。');
  await newParagraph(page);
  await screen.toolbar.getByRole('button', { name: '项目符号' }).click();
  await page.keyboard.insertText('新建学校');
  await newParagraph(page);
  await page.keyboard.insertText('扩充学位');
  await screen.expectSaved();

  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出' }).getByRole('button', { name: '导出草稿' }).click();
  const docxPath = join(documentTestOutput, 'e2e', 'typed-headings.docx');
  await (await download).saveAs(docxPath);

  // The Word file: each heading in its Word heading style, the list numbered as text.
  const paragraphs = xmlParagraphs(await readDocxPart(docxPath, 'word/document.xml'));
  const styleOf = (text: string) => paragraphs.find((paragraph) => paragraph.text === text)?.style;
  expect(styleOf('一、资金投入情况')).toBe('Heading1');
  expect(styleOf('（一）学位供给')).toBe('Heading2');
  expect(styleOf('1.基本情况')).toBe('Heading3');
  expect(styleOf('（1）加强领导。各校要明确专人负责。')).toBe('Heading4');
  expect(styleOf('今年以来，全县投入教育资金1.2亿元，新增学位3000个。')).toBeUndefined();
  const texts = paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toEqual(expect.arrayContaining(['1.新建学校', '2.扩充学位']));
  expect(texts.join('')).not.toContain('•');
  const styles = await readDocxPart(docxPath, 'word/styles.xml');
  expect(styles).toMatch(
    /w:styleId="Heading1"><w:name w:val="heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/,
  );

  // As LibreOffice sets it: 黑体 stands in as Noto Sans CJK, 仿宋 and 楷体 as Noto Serif CJK
  // (documents/testing/cjkFontAliases.ts), so the font of each line shows which face it asked for.
  const pdf = await convertDocxToPdf(docxPath, { outDir: join(documentTestOutput, 'e2e') });
  const runs = await pdfTextFonts(pdf);
  const fontOf = (text: string) => {
    const found = runs.find((run) => withoutSpaces(run.text).startsWith(text));
    if (!found)
      throw new Error(`“${text}” is not in the PDF: ${runs.map((r) => r.text).join('|')}`);
    return found;
  };
  expect(fontOf('一、资金投入情况')).toMatchObject({
    font: expect.stringMatching(/^NotoSansCJK/),
    bold: false,
  });
  for (const body of [
    '今年以来，全县投入',
    '（一）学位供给',
    '城区新建小学两所',
    '1.基本情况',
    '1.新建学校',
  ]) {
    expect(fontOf(body).font, body).toMatch(/^NotoSerifCJK/);
  }
  expect(runs.map((run) => run.text).join('')).not.toContain('•');
});
