import { z } from 'zod';
import type { AuditEntry } from './auditChannels.ts';
import type { PersonalTodo } from '../domain/personalTodo.ts';
import type { RequestDetail, RequestSummary } from '../domain/requestViews.ts';
import type { Stage } from '../rules/eventStages.ts';
import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';
import { requestRef } from './requestSchemas.ts';

/** One event in one place: the request, the five stages and why each stands where it does. */
export interface EventWorkspace {
  readonly request: RequestDetail;
  readonly stages: readonly Stage[];
  /** Word files and packages made for this event: who, when, which file, its SHA-256. */
  readonly exports: readonly AuditEntry[];
  /** For the materials tab's badge: how many materials, and required sign-offs still missing. */
  readonly materials: { readonly count: number; readonly pendingSignOffs: number } | null;
}

export interface CountyOverview {
  /** e.g. 2026-Q4 */
  readonly quarter: string;
  readonly eventsThisQuarter: number;
  readonly approvedThisQuarter: number;
  readonly pendingRequests: number;
  readonly unratifiedEmergencies: readonly RequestSummary[];
  /** Units with no approved press conference yet this quarter. */
  readonly unitsWithoutConference: readonly {
    readonly unitId: string;
    readonly unitName: string;
  }[];
}

/** A home page per role: what concerns this user now. */
export interface HomeOverview {
  readonly upcoming: readonly RequestSummary[];
  readonly myDrafts: readonly RequestSummary[];
  readonly waitingForMe: readonly RequestSummary[];
  readonly overdue: readonly RequestSummary[];
  /** For the news office and the competent authority only. */
  readonly county: CountyOverview | null;
}

export const workspaceChannels = {
  'workspace:get': defineChannel<EventWorkspace>()({
    input: z.strictObject(requestRef),
    access: 'requests.view',
  }),
  'home:overview': defineChannel<HomeOverview>()({ input: noInput, access: 'signedIn' }),
  /**
   * A number that changes whenever anyone changes the event (its request, materials, sign-offs,
   * transcript, exports): the open event page polls it to stay true without a reload.
   */
  'workspace:stamp': defineChannel<number>()({
    input: z.strictObject(requestRef),
    access: 'requests.view',
    passive: true,
  }),
  /** 待办: what waits on this person, in the sections that can apply to their roles. */
  'workspace:todo': defineChannel<PersonalTodo>()({ input: noInput, access: 'signedIn' }),
  /** The same count as `workspace:todo`, for the badge in the navigation (polled). */
  'workspace:todoCount': defineChannel<number>()({
    input: noInput,
    access: 'signedIn',
    passive: true,
  }),
};
