import type {
  ConferenceKind,
  DecisionKind,
  EventForm,
  MediaKind,
} from '../../../shared/domain/requests.ts';
import {
  conferenceKindNames,
  eventFormNames,
  mediaKindNames,
} from '../../../shared/text/chineseNames.ts';

/** Chinese names used in the Word files (official papers are always Chinese, whatever the UI language). */
export const labels: {
  readonly forms: Readonly<Record<EventForm, string>>;
  readonly conferenceKinds: Readonly<Record<ConferenceKind, string>>;
  readonly mediaKinds: Readonly<Record<MediaKind, string>>;
  readonly decisionKinds: Readonly<Record<DecisionKind, string>>;
} = {
  forms: eventFormNames,
  conferenceKinds: conferenceKindNames,
  mediaKinds: mediaKindNames,
  decisionKinds: {
    approve: '同意',
    return: '退回修改',
    reject: '不予批准',
    fastTrack: '快速审批',
    ratify: '追认',
  },
};
