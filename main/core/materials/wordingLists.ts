import type { DatabaseSync } from 'node:sqlite';
import type { LocatedWordingHit } from '../../../shared/domain/materialWording.ts';
import type { TextBlock } from '../../../shared/lexical/materialBlocks.ts';
import { locateWordingHits } from '../../../shared/rules/wordingHits.ts';
import { wordingMatcher } from '../../../shared/rules/wordingMatch.ts';
import { listWording } from './libraryRepository.ts';

/** The listed words in a material's text, by the administrator's current lists. */
export const wordingHitsIn = (
  db: DatabaseSync,
  blocks: readonly TextBlock[],
): LocatedWordingHit[] => locateWordingHits(blocks, wordingMatcher(listWording(db)));
