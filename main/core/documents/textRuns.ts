import { RunProperties, TextRun } from 'docx';
import type { IContext, IRunOptions } from 'docx';
import { gbt9704Twips, halfPoints } from '../../../shared/documents/gbt9704.ts';
import { fontSizeByRole, fontsFor } from './fonts.ts';
import type { TextRole } from './fonts.ts';
import type { InlineText } from './officialDocument.ts';
import { PreparedOnce, preparedOnceBy } from './preparedOnce.ts';
import { escapeXml } from './xmlText.ts';

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

/**
 * A run whose properties element is shared with every other run of the same look: a 文字实录
 * writes thousands of runs with the same few (see PreparedOnce). Its paragraph may write it itself.
 */
export class SharedPropertiesRun extends TextRun {
  readonly #properties: PreparedOnce;
  readonly #text: string;

  constructor(properties: PreparedOnce, text: string) {
    super({ text });
    this.root[0] = properties;
    this.#properties = properties;
    this.#text = text;
  }

  /** The run's XML as docx writes it. */
  xmlText(context: IContext): string {
    const text = `<w:t xml:space="preserve">${escapeXml(this.#text)}</w:t>`;
    return `<w:r>${this.#properties.xmlText(context)}${text}</w:r>`;
  }
}

/** The run properties of one look, shared by every run with it. */
function runProperties(
  role: TextRole,
  sizePoints: number | undefined,
  look: Omit<Exclude<InlineText, string>, 'text'>,
): PreparedOnce {
  const key = `rPr ${role} ${sizePoints ?? ''} ${look.bold ? 'b' : ''}${look.italic ? 'i' : ''}${look.underline ? 'u' : ''}`;
  return preparedOnceBy(
    key,
    () =>
      new PreparedOnce(
        'w:rPr',
        new RunProperties({
          ...runPropertiesFor(role, sizePoints),
          ...(narrowedRoles.has(role) ? { scale: gbt9704Twips.bodyCharacterScalePercent } : {}),
          ...(look.bold ? { bold: true } : {}),
          ...(look.italic ? { italics: true } : {}),
          ...(look.underline ? { underline: {} } : {}),
        }),
      ),
  );
}

export function textRuns(
  pieces: readonly InlineText[],
  role: TextRole,
  sizePoints?: number,
): TextRun[] {
  return pieces.map((piece) => {
    const { text, ...look } = typeof piece === 'string' ? { text: piece } : piece;
    return new SharedPropertiesRun(runProperties(role, sizePoints, look), text);
  });
}

export const plainText = (pieces: readonly InlineText[]): string =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
