import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { gbt9704Twips, halfPoints } from '../../../shared/documents/gbt9704.ts';
import { fontSizeByRole, fontsFor } from './fonts.ts';
import type { TextRole } from './fonts.ts';
import type { InlineText } from './officialDocument.ts';

/** The run properties of a role: fonts in every slot, size, and Chinese as the East Asian language. */
export function runPropertiesFor(role: TextRole, sizePoints: number = fontSizeByRole[role]) {
  return {
    font: fontsFor(role),
    size: halfPoints(sizePoints),
    sizeComplexScript: halfPoints(sizePoints),
    language: { eastAsia: 'zh-CN' },
  } as const satisfies IRunOptions;
}

/** Roles set on the body grid: narrowed so that 28 characters fill a line. */
const narrowedRoles: ReadonlySet<TextRole> = new Set([
  'body',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
]);

export function textRuns(
  pieces: readonly InlineText[],
  role: TextRole,
  sizePoints?: number,
): TextRun[] {
  const properties = {
    ...runPropertiesFor(role, sizePoints),
    ...(narrowedRoles.has(role) ? { scale: gbt9704Twips.bodyCharacterScalePercent } : {}),
  };
  return pieces.map((piece) => {
    const { text, bold, italic, underline } = typeof piece === 'string' ? { text: piece } : piece;
    return new TextRun({
      ...properties,
      text,
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italics: true } : {}),
      ...(underline ? { underline: {} } : {}),
    });
  });
}

export const plainText = (pieces: readonly InlineText[]): string =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
