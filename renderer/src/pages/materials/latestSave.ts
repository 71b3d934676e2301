import type { ValueStore } from './valueStore.ts';

/** The document as this window last saved it, and its hash. */
export interface LatestSave {
  /** The saved document's text, written when first asked for. */
  readonly document: () => string;
  readonly hash: string;
}

/** Held outside React state: panels subscribe, so a save while typing re-renders no more. */
export type LatestSaveStore = ValueStore<LatestSave>;
