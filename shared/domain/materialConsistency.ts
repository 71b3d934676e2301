import type { MaterialKind } from './materials.ts';

/** What a figure is: the check compares like with like. */
export type FactKind = 'amount' | 'percentage' | 'date' | 'count' | 'unitName';

/** Where a fact was found: the material, the block (as a person would name it) and the words around it. */
export interface FactPlace {
  readonly material: MaterialKind;
  readonly location: string;
  readonly text: string;
  readonly excerpt: string;
}

/** The same thing stated differently in two materials. */
export interface ConsistencyFinding {
  readonly kind: FactKind;
  /** What the two statements are about, e.g. 投入教育经费. */
  readonly subject: string;
  readonly first: FactPlace;
  readonly second: FactPlace;
}
