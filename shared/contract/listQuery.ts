import { z } from 'zod';
import { isoDate } from './materialSchemas.ts';

/** One page of a long list and how many rows the whole filtered list has. */
export interface Paged<Item> {
  readonly items: readonly Item[];
  readonly total: number;
}

/** The most rows one page may hold. */
export const maxPageSize = 200;

/**
 * The filters every long list shares: a keyword, a range of Shanghai dates (both ends included)
 * and the page. Each list adds its own filters beside these.
 */
export const listQueryFields = {
  keyword: z.string().trim().max(100).optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  limit: z.number().int().min(1).max(maxPageSize).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
};

export const listSorts = ['updatedDesc', 'timeDesc', 'timeAsc'] as const;
export type ListSort = (typeof listSorts)[number];
