import { materialNames, type MaterialKind } from '../domain/materials.ts';
import type { EventForm } from '../domain/requests.ts';
import type { ValidationProblem } from './requestValidation.ts';

/** Materials an event of this form must carry once they are due (发布辞 and 记者提问设计及答案). */
export const requiredMaterialKinds: Readonly<Partial<Record<EventForm, readonly MaterialKind[]>>> =
  {
    pressConference: ['opening', 'qa'],
  };

/** 2026-12-07 → 2026年12月7日, as offices write dates. */
const chineseDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

export interface MaterialsAtSubmission {
  readonly form: EventForm;
  readonly isEmergency: boolean;
  /** Today and the materials' due date (Asia/Shanghai, YYYY-MM-DD); null when no date is set yet. */
  readonly today: string;
  readonly materialsDueDate: string | null;
  /** False while the event's date is itself a problem (too soon): that is fixed first. */
  readonly eventDateAccepted: boolean;
  readonly materials: readonly {
    readonly kind: MaterialKind;
    /** Required checklist items that do not hold for the material's current content. */
    readonly pendingItems: readonly string[];
  }[];
}

/**
 * What stands between the event's materials and submission:
 * - every material the event has must have each required, applicable checklist item signed for
 *   its current content (a later edit voids a sign-off);
 * - a press conference (not an emergency) submitted on or after the materials' due date must carry
 *   its 发布辞 and 答问口径. Submitted earlier, it may go without them; they then join the approved
 *   content later, which voids the approval and needs a new one. (While the date itself is too
 *   soon, that problem is reported alone: a new date changes when the materials are due.)
 */
export function materialProblems(facts: MaterialsAtSubmission): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const due = facts.materialsDueDate;
  if (!facts.isEmergency && facts.eventDateAccepted && due !== null && facts.today >= due) {
    for (const kind of requiredMaterialKinds[facts.form] ?? []) {
      if (facts.materials.some((material) => material.kind === kind)) continue;
      problems.push({
        field: `materials.${kind}`,
        message: `发布辞和答问口径须于${chineseDate(due)}前随报批提交：尚未起草“${materialNames[kind]}”。`,
      });
    }
  }
  for (const material of facts.materials) {
    for (const item of material.pendingItems) {
      problems.push({
        field: `materials.${material.kind}`,
        message: `材料“${materialNames[material.kind]}”的审查项“${item}”尚未签署（或签署后材料又被修改）。`,
      });
    }
  }
  return problems;
}
