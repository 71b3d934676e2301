/**
 * 错敏词: administrator-maintained wording lists. A forbidden word blocks clearance; a sensitive one
 * is shown for a second look; a preferred entry names wording to avoid and what to write instead.
 */
export const wordingKinds = ['forbidden', 'sensitive', 'preferred'] as const;
export type WordingKind = (typeof wordingKinds)[number];

export interface WordingEntry {
  readonly id: string;
  readonly kind: WordingKind;
  readonly word: string;
  /** For a preferred entry, the wording to use instead; otherwise an optional hint. */
  readonly suggestion: string;
  readonly note: string;
  readonly updatedAt: string;
}

/** One occurrence of a listed word in a text, by UTF-16 offsets. */
export interface WordingHit {
  readonly entryId: string;
  readonly kind: WordingKind;
  readonly word: string;
  readonly suggestion: string;
  readonly start: number;
  readonly end: number;
}

/** A hit located in a material: which block it is in, and the words around it. */
export interface LocatedWordingHit extends WordingHit {
  readonly location: string;
  readonly excerpt: string;
}
