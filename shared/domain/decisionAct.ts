import type { Role } from './roles.ts';

/**
 * What a person's decisions on requests are called (glossary.ts): the unit head and the news
 * office 审核, the competent authority 审批; a person holding both kinds of role does both.
 */
export type DecisionAct = 'review' | 'approval' | 'reviewAndApproval';

const reviewers: readonly Role[] = ['unitHead', 'newsOfficeReviewer'];

export function decisionActOf(roles: readonly Role[]): DecisionAct {
  const reviews = roles.some((role) => reviewers.includes(role));
  const approves = roles.includes('authorityApprover');
  if (reviews && approves) return 'reviewAndApproval';
  return approves ? 'approval' : 'review';
}
