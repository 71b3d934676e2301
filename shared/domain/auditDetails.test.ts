import { describe, expect, it } from 'vitest';
import { auditDetailsText } from './auditDetails.ts';

describe('auditDetailsText', () => {
  it('names the common fields in Chinese, named ones first, ids and unnamed codes left out', () => {
    expect(
      auditDetailsText({
        requestId: 'b6a1c2',
        state: 'approved',
        source: 'internet',
        title: '秋季开学发布会',
        roles: ['unitHead', 'drafter'],
        at: '2026-12-11T01:30:00.000Z',
        validUntil: '2026-12-31',
        isEmergency: false,
      }),
    ).toBe(
      '标题：秋季开学发布会；状态：已批准；有效期至：2026年12月31日；单位负责人、经办人；2026年12月11日 09:30:00；否',
    );
  });

  it('names request states and versions', () => {
    expect(auditDetailsText({ from: 'draft', to: 'unitReview' })).toBe(
      '从：草稿；至：待单位负责人审核',
    );
    expect(auditDetailsText({ versionNumber: 2, itemId: 'accuracy', evidence: [] })).toBe(
      '版本号：2',
    );
  });
});
