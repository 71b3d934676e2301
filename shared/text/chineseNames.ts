import type { ConferenceKind, EventForm, MediaKind, RequestState } from '../domain/requests.ts';
import type { Role } from '../domain/roles.ts';
import type { UnitKind } from '../domain/units.ts';

/**
 * The Chinese names of request states, event forms and kinds, roles and unit kinds: one table for
 * the UI's zh resources, the Word papers and what the audit log and its CSV show, so they cannot
 * drift apart.
 */
export const requestStateNames: Readonly<Record<RequestState, string>> = {
  draft: '草稿',
  unitReview: '待单位负责人审核',
  newsOfficeReview: '待新闻办审核',
  authorityReview: '待主管部门审批',
  approved: '已批准',
  returned: '退回修改',
  rejected: '不予批准',
  withdrawn: '已撤回',
  cancelled: '已取消',
  postponed: '已延期',
  rescheduled: '已改期',
};

export const roleNames: Readonly<Record<Role, string>> = {
  drafter: '经办人',
  spokesperson: '新闻发言人',
  unitHead: '单位负责人',
  newsOfficeReviewer: '新闻办审核',
  authorityApprover: '主管部门审批',
  clearanceReviewer: '保密审查',
  administrator: '管理员',
};

export const unitKindNames: Readonly<Record<UnitKind, string>> = {
  township: '乡镇人民政府',
  parkCommittee: '工业园区管委会',
  department: '县政府部门',
  countyOffice: '县政府办',
  newsOffice: '县政府新闻办公室',
  infoCenter: '县政府信息中心',
  opinionMonitor: '舆情监测部门',
};

export const eventFormNames: Readonly<Record<EventForm, string>> = {
  pressConference: '新闻发布会',
  onlineInterview: '在线访谈',
  reporterInterview: '组织记者采访',
  pressQuestions: '答记者问',
  webInterview: '网上访谈',
  newMedia: '新媒体发布',
};

export const conferenceKindNames: Readonly<Record<ConferenceKind, string>> = {
  routine: '例行',
  thematic: '专题',
  emergency: '突发事件',
};

export const mediaKindNames: Readonly<Record<MediaKind, string>> = {
  newspaper: '报纸',
  television: '电视台',
  radio: '广播电台',
  newsAgency: '通讯社',
  newsWebsite: '新闻网站',
  newMedia: '新媒体',
};
