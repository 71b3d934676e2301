/** The roles of DOMAIN.md. One person may hold several. */
export const roles = [
  'drafter',
  'spokesperson',
  'unitHead',
  'newsOfficeReviewer',
  'authorityApprover',
  'clearanceReviewer',
  'administrator',
] as const;

export type Role = (typeof roles)[number];
