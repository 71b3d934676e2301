/**
 * Names and venues as typed by different clerks: full-width and half-width forms, spaces (also
 * the ideographic space) and letter case do not make two names differ.
 */
export const personKey = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
