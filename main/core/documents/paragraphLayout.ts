import { AlignmentType, LineRuleType, Paragraph, ParagraphProperties } from 'docx';
import type {
  IContext,
  IParagraphOptions,
  IXmlableObject,
  ParagraphChild,
  SectionProperties,
} from 'docx';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import type { ParagraphAlignment } from './officialDocument.ts';
import { PreparedOnce, preparedOnceBy } from './preparedOnce.ts';
import { prewrittenMarker } from './prewrittenXml.ts';
import { SharedPropertiesRun } from './textRuns.ts';

/** Lines of exactly `heightTwips`, nothing before or after the paragraph. */
export const exactLines = (heightTwips: number) =>
  ({ line: heightTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 }) as const;

/** Exactly one grid line per text line and nothing between paragraphs: 22 lines fill a page. */
export const gridLineSpacing = exactLines(gbt9704Twips.linePitch);

/** `n` character cells of the body grid, in twips. */
export const characterCells = (count: number): number =>
  Math.round(count * gbt9704Twips.characterPitch);

/**
 * Two narrowed body characters, in twips. Not `firstLineChars`: Word counts those in full 16 pt
 * characters, off the columns of the narrowed lines below, and LibreOffice 7.4 ignores them.
 */
export const firstLineIndent = {
  firstLine: characterCells(gbt9704.firstLineIndentCharacters),
} as const;

export const alignmentTypes = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  centre: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const satisfies Record<ParagraphAlignment, string>;

export interface BodyParagraphOptions {
  readonly style?: string;
  readonly children: readonly ParagraphChild[];
  readonly align?: ParagraphAlignment;
  readonly indentFirstLine?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly indent?: IParagraphOptions['indent'];
  /** On the same page as the next paragraph (the last of the body with the 落款). */
  readonly keepNext?: boolean;
}

/**
 * A paragraph whose properties are shared with every paragraph of the same layout (see
 * PreparedOnce), and which, when it holds only such runs, writes its XML itself (prewrittenXml.ts).
 * While docx ends a section at it, its own properties come back, as the section's go into them,
 * and docx writes it.
 */
class SharedPropertiesParagraph extends Paragraph {
  readonly #shared: PreparedOnce;
  readonly #own: unknown;
  readonly #runs: readonly SharedPropertiesRun[] | undefined;

  constructor(options: IParagraphOptions, shared: PreparedOnce) {
    super(options);
    this.#own = this.root[0];
    this.#shared = shared;
    this.root[0] = shared;
    const children = options.children ?? [];
    this.#runs = children.every((child) => child instanceof SharedPropertiesRun)
      ? children
      : undefined;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const properties = this.root[0] === this.#shared ? this.#shared.xmlText(context) : '';
    if (this.#runs === undefined || properties === '') return super.prepForXml(context);
    const runs = this.#runs.map((run) => run.xmlText(context)).join('');
    return prewrittenMarker(context, `<w:p>${properties}${runs}</w:p>`);
  }

  override addSectionProperties(sectionProperties: SectionProperties): void {
    this.root[0] = this.#own;
    super.addSectionProperties(sectionProperties);
  }

  override removeSectionProperties(sectionProperties: SectionProperties): void {
    super.removeSectionProperties(sectionProperties);
    this.root[0] = this.#shared;
  }
}

/** A paragraph on the body grid; justified with a two-character first-line indent by default. */
export function bodyParagraph(options: BodyParagraphOptions): Paragraph {
  const { children, align = 'justify', indentFirstLine = align === 'justify' } = options;
  const indent = { ...(indentFirstLine ? firstLineIndent : {}), ...options.indent };
  const properties = {
    ...(options.style ? { style: options.style } : {}),
    alignment: alignmentTypes[align],
    spacing: gridLineSpacing,
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  } as const satisfies IParagraphOptions;
  const shared = preparedOnceBy(
    `pPr ${JSON.stringify(properties)}`,
    () => new PreparedOnce('w:pPr', new ParagraphProperties(properties)),
  );
  return new SharedPropertiesParagraph({ children, ...properties }, shared);
}
