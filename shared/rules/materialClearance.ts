import type { Actor } from '../domain/actor.ts';
import {
  roleNames,
  type ChecklistItemStatus,
  type ChecklistItemTemplate,
  type SignOff,
} from '../domain/materialClearance.ts';
import type { RequestState } from '../domain/requests.ts';

/** What the checklist of one material depends on, as main reads it. */
export interface ChecklistFacts {
  readonly template: readonly ChecklistItemTemplate[];
  /** The request's 涉及的其他行政机关: the 会签 item applies only when there are some. */
  readonly otherAgencies: readonly string[];
  readonly signOffs: readonly SignOff[];
  readonly contentHash: string;
  /** Everyone who drafted or edited the material: none of them may clear it. */
  readonly editors: readonly string[];
  readonly requestState: RequestState;
  /** Set when the material contains forbidden words: nothing may be signed until they go. */
  readonly forbiddenMessage: string | null;
}

const closedStates: readonly RequestState[] = ['rejected', 'withdrawn', 'cancelled'];

export const itemApplies = (item: ChecklistItemTemplate, otherAgencies: readonly string[]) =>
  item.appliesWhen === 'always' || otherAgencies.some((agency) => agency.trim() !== '');

/** The sign-off that holds for the content as it is now, if any. */
export const currentSignOff = (
  signOffs: readonly SignOff[],
  itemId: string,
  contentHash: string,
): SignOff | null =>
  signOffs.find(
    (signOff) =>
      signOff.itemId === itemId && signOff.voidedAt === null && signOff.contentHash === contentHash,
  ) ?? null;

export interface SignRefusal {
  readonly code:
    | 'not_applicable'
    | 'invalid_state'
    | 'already_signed'
    | 'forbidden'
    | 'separation_of_duties'
    | 'forbidden_wording';
  readonly message: string;
}

/** Why `actor` may not sign `item` now, or null when they may. Main enforces the same answer. */
export function refusalToSign(
  facts: ChecklistFacts,
  item: ChecklistItemTemplate,
  actor: Actor,
): SignRefusal | null {
  if (!itemApplies(item, facts.otherAgencies)) {
    return { code: 'not_applicable', message: `“${item.label}”不适用于本次发布。` };
  }
  if (closedStates.includes(facts.requestState)) {
    return { code: 'invalid_state', message: '该报批已结束，不能再签署审查。' };
  }
  if (currentSignOff(facts.signOffs, item.id, facts.contentHash)) {
    return { code: 'already_signed', message: `“${item.label}”已签署，且签署后材料未再修改。` };
  }
  if (!item.roles.some((role) => actor.roles.includes(role))) {
    const names = item.roles.map((role) => roleNames[role]).join('、') || '（未设置）';
    return { code: 'forbidden', message: `只有${names}可以签署“${item.label}”。` };
  }
  if (facts.editors.includes(actor.userId)) {
    return {
      code: 'separation_of_duties',
      message: '不能审查自己起草或修改过的材料（职责分离）。请由未参与起草的人员签署。',
    };
  }
  return facts.forbiddenMessage === null
    ? null
    : { code: 'forbidden_wording', message: facts.forbiddenMessage };
}

/** Every checklist item as it stands for this material and this viewer. */
export function checklistOf(facts: ChecklistFacts, actor: Actor): ChecklistItemStatus[] {
  return facts.template.map((item) => {
    const current = currentSignOff(facts.signOffs, item.id, facts.contentHash);
    return {
      item,
      applies: itemApplies(item, facts.otherAgencies),
      current,
      voided: facts.signOffs.filter((signOff) => signOff.itemId === item.id && signOff !== current),
      refusal: refusalToSign(facts, item, actor)?.message ?? null,
    };
  });
}

/** Labels of the required items that do not hold for the current content. */
export function pendingRequiredItems(
  template: readonly ChecklistItemTemplate[],
  otherAgencies: readonly string[],
  signOffs: readonly SignOff[],
  contentHash: string,
): string[] {
  return template
    .filter((item) => item.required && itemApplies(item, otherAgencies))
    .filter((item) => !currentSignOff(signOffs, item.id, contentHash))
    .map((item) => item.label);
}
