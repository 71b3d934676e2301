import type { RequestAction } from '../rules/requestWorkflow.ts';
import type { ValidationProblem } from '../rules/requestValidation.ts';
import type {
  Decision,
  EventForm,
  RequestAttachment,
  RequestFields,
  RequestState,
} from './requests.ts';

/** One request as a screen shows it, with what the viewer may do now. */
export interface RequestDetail {
  readonly id: string;
  readonly origin: string;
  readonly unitName: string;
  readonly fields: RequestFields;
  readonly state: RequestState;
  readonly draftedBy: string;
  readonly draftedByName: string;
  readonly submittedBy: string | null;
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly approvedHash: string | null;
  readonly contentHash: string;
  readonly fastTracked: boolean;
  readonly ratifiedAt: string | null;
  /** Why an earlier approval no longer holds (content, time or place changed), if it was voided. */
  readonly voidedReason: string | null;
  readonly round: number;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly decisions: readonly Decision[];
  readonly attachments: readonly RequestAttachment[];
  readonly actions: readonly RequestAction[];
  readonly problems: readonly ValidationProblem[];
  /** The last dates (Asia/Shanghai) the request and the materials are on time, when a date is set. */
  readonly requestDueDate: string | null;
  readonly materialsDueDate: string | null;
  /** Where a package of this request would go now: on to the news office, back to its sender, or nowhere. */
  readonly packageDirection: 'toNewsOffice' | 'backToOrigin' | null;
}

export interface RequestSummary {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly form: EventForm;
  readonly startsAt: string | null;
  readonly venue: string;
  readonly state: RequestState;
  readonly isEmergency: boolean;
  readonly fastTracked: boolean;
  readonly ratified: boolean;
  readonly draftedByName: string;
  readonly submittedAt: string | null;
  readonly updatedAt: string;
}

export interface DecidedSummary extends RequestSummary {
  readonly decision: string;
  readonly decidedAt: string;
}

/** A role's inbox: what waits for this user, what is late, what they decided lately. */
export interface RequestInbox {
  readonly waitingForMe: readonly RequestSummary[];
  readonly overdue: readonly RequestSummary[];
  readonly recentlyDecided: readonly DecidedSummary[];
  readonly myDrafts: readonly RequestSummary[];
  readonly unratifiedEmergencies: readonly RequestSummary[];
}
