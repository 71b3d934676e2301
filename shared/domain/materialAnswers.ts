/** 口径库: reusable answers, owned by a unit, valid until a date, and with a status. */
export const answerStatuses = ['draft', 'active', 'retired'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

export interface LibraryAnswerFields {
  readonly question: string;
  readonly answer: string;
  readonly maySay: string;
  readonly mayNotSay: string;
  readonly ownerUnitId: string;
  readonly source: string;
  /** The last day (Asia/Shanghai, YYYY-MM-DD) the answer may be used, or null for no end. */
  readonly validUntil: string | null;
  readonly status: AnswerStatus;
}

export interface LibraryAnswer extends LibraryAnswerFields {
  readonly id: string;
  readonly ownerUnitName: string;
  readonly revision: number;
  readonly updatedByName: string;
  readonly updatedAt: string;
  /** validUntil has passed (as of the server's today). */
  readonly expired: boolean;
}

/** Expired once the day after `validUntil` has begun in Shanghai. */
export const isExpired = (validUntil: string | null, today: string): boolean =>
  validUntil !== null && validUntil < today;
