import { DocumentGridType, PageOrientation } from 'docx';
import type { IPropertiesOptions, ISectionPropertiesOptions } from 'docx';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { headerDistance } from './headerMarkHeaders.ts';
import { externalStyles } from './paragraphStyles.ts';
import { gridLineSpacing } from './paragraphLayout.ts';
import { footerDistance } from './pageNumberFooters.ts';
import { runPropertiesFor } from './textRuns.ts';

/** A4 portrait, the standard's margins, and a grid of 22 lines of exactly one line pitch. */
export const sectionProperties = {
  page: {
    size: {
      width: gbt9704.page.widthTwips,
      height: gbt9704.page.heightTwips,
      orientation: PageOrientation.PORTRAIT,
    },
    margin: { ...gbt9704Twips.margins, header: headerDistance, footer: footerDistance, gutter: 0 },
  },
  grid: { type: DocumentGridType.LINES, linePitch: gbt9704Twips.linePitch },
} as const satisfies ISectionPropertiesOptions;

/** Document defaults: 3号仿宋 on the grid, so even an empty paragraph is one body line. */
export const documentStyles = {
  externalStyles,
  styles: {
    default: {
      document: { run: runPropertiesFor('body'), paragraph: { spacing: gridLineSpacing } },
    },
  },
} as const satisfies Partial<IPropertiesOptions>;
