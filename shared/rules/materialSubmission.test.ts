import { describe, expect, it } from 'vitest';
import { materialProblems, type MaterialsAtSubmission } from './materialSubmission.ts';

const base: MaterialsAtSubmission = {
  form: 'pressConference',
  isEmergency: false,
  today: '2026-12-07',
  materialsDueDate: '2026-12-07',
  eventDateAccepted: true,
  materials: [],
};

const messages = (facts: Partial<MaterialsAtSubmission>) =>
  materialProblems({ ...base, ...facts }).map((problem) => problem.message);

describe('materials at submission', () => {
  it("requires a press conference's 发布辞 and 答问口径 once they are due", () => {
    expect(messages({})).toEqual([
      '发布辞和答问口径须于2026年12月7日前随报批提交：尚未起草“发布辞”。',
      '发布辞和答问口径须于2026年12月7日前随报批提交：尚未起草“答问口径”。',
    ]);
  });

  it('lets a request go without materials before they are due, for other forms, and in an emergency', () => {
    expect(messages({ today: '2026-12-04' })).toEqual([]);
    expect(messages({ form: 'newMedia' })).toEqual([]);
    expect(messages({ isEmergency: true })).toEqual([]);
    expect(messages({ eventDateAccepted: false })).toEqual([]);
  });

  it('names each material and each required item not signed for its content', () => {
    expect(
      messages({
        today: '2026-12-01',
        materials: [{ kind: 'qa', pendingItems: ['保密审查', '领导审定'] }],
      }),
    ).toEqual([
      '材料“答问口径”的审查项“保密审查”尚未签署（或签署后材料又被修改）。',
      '材料“答问口径”的审查项“领导审定”尚未签署（或签署后材料又被修改）。',
    ]);
  });
});
