import { z } from 'zod';
import type { HighlightRange } from '../search/searchText.ts';
import { defineChannel } from './channel.ts';
import { identifier, limits } from './limits.ts';

export interface SearchResult {
  readonly kind: string;
  readonly refId: string;
  readonly title: string;
  readonly snippet: string;
  readonly highlights: readonly HighlightRange[];
  readonly updatedAt: string;
  /** The event (request) the hit belongs to, when it belongs to one. */
  readonly eventId: string | null;
}

export const searchChannels = {
  'search:query': defineChannel<readonly SearchResult[]>()({
    input: z.strictObject({
      text: z.string().max(limits.query),
      kinds: z.array(identifier()).max(20).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: 'signedIn',
  }),
};
