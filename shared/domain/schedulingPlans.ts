import type { CountedEvent } from './schedulingCompliance.ts';
import type { EventForm } from './requests.ts';

/** One line of a unit's 年度发布计划: what it means to release, in which quarter and form. */
export interface PlanItem {
  readonly id: string;
  readonly unitId: string;
  readonly year: number;
  readonly quarter: number;
  readonly form: EventForm;
  readonly topic: string;
  readonly note: string;
  /** The request that carries out this line, when the unit linked one; otherwise matched. */
  readonly requestId: string | null;
}

/**
 * done: its event is approved and has taken place; scheduled: approved, still ahead;
 * inProgress: a request is on its way; pending: nothing yet, the quarter is not over; missed:
 * the quarter ended without an approved event.
 */
export const planItemStatuses = ['done', 'scheduled', 'inProgress', 'pending', 'missed'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

export interface PlanItemView extends PlanItem {
  readonly status: PlanItemStatus;
  readonly event: CountedEvent | null;
}

export interface UnitPlanView {
  readonly unitId: string;
  readonly unitName: string;
  readonly items: readonly PlanItemView[];
  /** Approved events of the year that no line of the plan accounts for. */
  readonly unplanned: readonly CountedEvent[];
}

export interface AnnualPlanView {
  readonly year: number;
  readonly units: readonly UnitPlanView[];
  /** Whether the viewer may edit each unit's plan. */
  readonly editableUnitIds: readonly string[];
}
