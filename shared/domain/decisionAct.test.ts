import { describe, expect, it } from 'vitest';
import { decisionActOf } from './decisionAct.ts';

describe('decisionActOf', () => {
  it('calls the unit head’s and the news office’s decisions 审核, the authority’s 审批', () => {
    expect(decisionActOf(['unitHead'])).toBe('review');
    expect(decisionActOf(['newsOfficeReviewer', 'clearanceReviewer'])).toBe('review');
    expect(decisionActOf(['authorityApprover'])).toBe('approval');
  });

  it('names both for a person who holds both kinds of role', () => {
    expect(decisionActOf(['newsOfficeReviewer', 'authorityApprover'])).toBe('reviewAndApproval');
  });
});
