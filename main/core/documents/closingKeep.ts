import { gbt9704 } from '../../../shared/documents/gbt9704.ts';
import { estimatedBlockLines } from './bodyLineEstimate.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { estimatedTextEnd } from './textEnd.ts';

/** A last block this short is always kept with the 落款: moving it leaves little room unused. */
const shortBlockLines = 4;
/** Lines the estimate may be off by. */
const safety = 2;

/**
 * Whether the body's last block is kept on one page with the `linesAfter` lines that follow it
 * (the 落款, and the 版记 when it shares their page), so that they never stand alone on a page
 * (GB/T 9704 7.3.5). LibreOffice never splits a paragraph kept with the next one, and moves it
 * whole: a long last paragraph is kept only where its end is estimated near a page's foot, lest
 * it leave a page short of its 22 lines for nothing.
 */
export function keepsLastBlockWithClosing(document: OfficialDocument, linesAfter: number): boolean {
  const last = document.blocks.at(-1);
  if (last === undefined || linesAfter === 0) return false;
  const lines = estimatedBlockLines(last);
  if (lines === 'pageBreak' || lines <= shortBlockLines) return true;
  const end = estimatedTextEnd(document);
  return end.lines + linesAfter + safety > gbt9704.linesPerPage;
}
