import { z } from 'zod';
import {
  agencyCodeMaxLength,
  agencyCodePattern,
  voidReasonMaxLength,
  type DocumentNumberEntry,
} from '../domain/documentNumbers.ts';
import { displayText } from '../text/displayText.ts';
import { defineChannel } from './channel.ts';
import { identifier, limits } from './limits.ts';

const agencyCodeMessage = `机关代字须为 1 至 ${agencyCodeMaxLength} 个汉字，如“示政新”；留空则印发的文件不编发文字号。`;

/** The document-issuing part of 'settings:update': the three texts at once. */
export const documentIssuingSchema = z.strictObject({
  agencyCode: z
    .string()
    .trim()
    .max(agencyCodeMaxLength, agencyCodeMessage)
    .regex(agencyCodePattern, agencyCodeMessage)
    .meta({ examples: ['示政新'] }),
  issuerMark: displayText(limits.shortText, { label: '发文机关标志', mayBeEmpty: true }),
  printedBy: displayText(limits.shortText, { label: '印发机关', mayBeEmpty: true }),
});

export const documentNumberChannels = {
  /** The 发文登记簿 of a year (by default every year), newest number first. */
  'documentNumbers:list': defineChannel<readonly DocumentNumberEntry[]>()({
    input: z.strictObject({ year: z.number().int().min(2000).max(2999).optional() }),
    access: 'documentNumbers.manage',
  }),
  /** Voids an issued paper: it keeps its number, with the reason; the next paper takes the next. */
  'documentNumbers:void': defineChannel<DocumentNumberEntry>()({
    input: z.strictObject({
      id: identifier(),
      reason: displayText(voidReasonMaxLength, { label: '作废原因' }),
    }),
    access: 'documentNumbers.manage',
  }),
};
