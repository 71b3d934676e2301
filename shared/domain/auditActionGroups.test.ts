import { describe, expect, it } from 'vitest';
import { auditActionGroups, auditCodesNamedAs } from './auditActionGroups.ts';
import { auditActions } from './auditLabels.ts';

describe('the audit log’s action filter', () => {
  it('offers every named action once by name, in Chinese groups', () => {
    const groups = auditActionGroups();
    const offered = groups.flatMap((group) => group.actions.map((option) => option.label));
    expect(new Set(offered).size).toBe(offered.length);
    expect(new Set(offered)).toEqual(new Set(auditActions().map((option) => option.label)));
    expect(groups.map((group) => group.label)).toContain('报批');
    const requests = groups.find((group) => group.label === '报批');
    expect(requests?.actions.map((option) => option.label)).toContain('提交审批');
    expect(groups.every((group) => !/[a-z]/i.test(group.label))).toBe(true);
  });

  it('matches every code of the chosen name', () => {
    expect(auditCodesNamedAs('request.submit')).toEqual(['request.submit', 'submit']);
    expect(auditCodesNamedAs('future.thing')).toEqual(['future.thing']);
  });
});
