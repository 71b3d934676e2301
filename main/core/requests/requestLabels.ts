import type {
  ConferenceKind,
  DecisionKind,
  EventForm,
  MediaKind,
} from '../../../shared/domain/requests.ts';

/** Chinese names used in the Word files (official papers are always Chinese, whatever the UI language). */
export const labels: {
  readonly forms: Readonly<Record<EventForm, string>>;
  readonly conferenceKinds: Readonly<Record<ConferenceKind, string>>;
  readonly mediaKinds: Readonly<Record<MediaKind, string>>;
  readonly decisionKinds: Readonly<Record<DecisionKind, string>>;
} = {
  forms: {
    pressConference: '新闻发布会',
    onlineInterview: '在线访谈',
    reporterInterview: '组织记者采访',
    pressQuestions: '答记者问',
    webInterview: '网上访谈',
    newMedia: '新媒体发布',
  },
  conferenceKinds: { routine: '例行', thematic: '专题', emergency: '突发事件' },
  mediaKinds: {
    newspaper: '报纸',
    television: '电视台',
    radio: '广播电台',
    newsAgency: '通讯社',
    newsWebsite: '新闻网站',
    newMedia: '新媒体',
  },
  decisionKinds: {
    approve: '同意',
    return: '退回修改',
    reject: '不予批准',
    fastTrack: '快速审批',
    ratify: '追认',
  },
};
