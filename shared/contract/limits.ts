import { z } from 'zod';

/** Size limits for every string and array crossing the seam, so no input is unbounded. */
export const limits = {
  shortText: 100,
  text: 2000,
  longText: 200_000,
  query: 200,
  list: 500,
} as const;

export const shortText = () => z.string().trim().min(1).max(limits.shortText);
export const text = () => z.string().max(limits.text);
export const identifier = () =>
  z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/);
export const noInput = z.strictObject({});
