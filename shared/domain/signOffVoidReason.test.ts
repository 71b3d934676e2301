import { describe, expect, it } from 'vitest';
import { editorOfVoidReason, editVoidReason } from './signOffVoidReason.ts';

describe('the reason a sign-off lapsed', () => {
  it('gives back the editor of a reason it wrote, a name with a comma included', () => {
    expect(editorOfVoidReason(editVoidReason('张经办', '2026年12月3日 09:30'))).toBe('张经办');
    expect(editorOfVoidReason(editVoidReason('欧阳，小明', '2026年12月3日 09:30'))).toBe(
      '欧阳，小明',
    );
  });

  it('knows no editor in a reason it did not write', () => {
    expect(editorOfVoidReason('发布会已取消，审批函作废。')).toBeNull();
    expect(editorOfVoidReason('签署后材料被修改')).toBeNull();
  });
});
