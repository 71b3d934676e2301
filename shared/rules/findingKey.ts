import type { FindingKind } from '../domain/evaluation.ts';

/** FNV-1a, 32 bits: short and stable, enough to tell findings of one event apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key a mark is stored under: the kind, the turn (or the prepared question) and what was
 * matched, so the same finding found again keeps its mark and a different one starts unmarked.
 */
export const findingKey = (kind: FindingKind, place: string, matched: readonly string[]): string =>
  `${kind}:${place}:${fnv1a(matched.join('\u0001'))}`;
