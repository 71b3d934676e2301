/**
 * The 发文登记簿: every paper the office issued with a 发文字号. A number is taken when a final
 * paper is issued, never twice and never skipped; a voided paper keeps its number with the reason.
 */
export const numberedPaperKinds = ['notice', 'approvalLetter'] as const;
export type NumberedPaperKind = (typeof numberedPaperKinds)[number];

export interface DocumentNumberEntry {
  readonly id: string;
  /** 机关代字, e.g. 示政新. */
  readonly agencyCode: string;
  readonly year: number;
  readonly serial: number;
  /** 示政新〔2026〕3号 */
  readonly number: string;
  readonly paperKind: NumberedPaperKind;
  /** What the paper is about: the request id of a 审批函, the period of a 通报 (2026-Q3, 2026). */
  readonly subjectId: string;
  readonly title: string;
  /** ISO instant of the issue. */
  readonly issuedAt: string;
  readonly issuedByName: string;
  /** SHA-256 of the Word file last exported under this number. */
  readonly fileSha256: string;
  readonly voided: {
    readonly at: string;
    readonly reason: string;
    readonly byName: string;
  } | null;
}

/** 发文字号 and 版头 settings; an empty text means "not set" (the office name stands in). */
export interface DocumentIssuingSettings {
  /** 机关代字: 1–8 Chinese characters. Until it is set, papers are issued without a number. */
  readonly agencyCode: string;
  /** 发文机关标志 text at the head of the first page; the office name when empty. */
  readonly issuerMark: string;
  /** 印发机关 in the 版记; the office name when empty. */
  readonly printedBy: string;
}

export const defaultDocumentIssuing: DocumentIssuingSettings = {
  agencyCode: '',
  issuerMark: '',
  printedBy: '',
};

export const agencyCodeMaxLength = 8;
/** Chinese characters (CJK Unified Ideographs and Extension A); empty means not set. */
export const agencyCodePattern = /^[\u3400-\u9fff]*$/;
export const voidReasonMaxLength = 200;
