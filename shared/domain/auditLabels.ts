import type { DateLanguage } from '../text/chineseDates.ts';

type Label = readonly [zh: string, en: string];

/** What each audited action is called, for the 审计日志 and its CSV export. */
const actionLabels: Readonly<Record<string, Label>> = {
  'setup.initialize': ['完成初始设置', 'Initial setup'],
  'session.signIn': ['登录', 'Signed in'],
  'session.signInFailed': ['登录失败', 'Sign-in failed'],
  'session.signOut': ['退出登录', 'Signed out'],
  'user.create': ['新增用户', 'User added'],
  'user.update': ['修改用户', 'User changed'],
  'user.disable': ['停用用户', 'User disabled'],
  'user.enable': ['启用用户', 'User enabled'],
  'user.resetPassword': ['重置密码', 'Password reset'],
  'user.changePassword': ['修改密码', 'Password changed'],
  'unit.create': ['新增单位', 'Unit added'],
  'unit.rename': ['单位更名', 'Unit renamed'],
  'unit.retire': ['撤销单位', 'Unit retired'],
  'unitProfile.save': ['保存单位发布要求', 'Unit requirements saved'],
  'settings.update': ['修改系统设置', 'Settings changed'],
  'calendar.setDay': ['设置节假日', 'Holiday set'],
  'calendar.removeDay': ['删除节假日', 'Holiday removed'],
  'calendar.import': ['导入节假日', 'Holidays imported'],
  'audit.key.create': ['生成审计密钥', 'Audit key created'],
  'audit.key.replace': ['更换审计密钥', 'Audit key replaced'],
  'archive.export': ['导出归档', 'Archive exported'],
  'request.create': ['新建报批', 'Request created'],
  'request.save': ['保存报批', 'Request saved'],
  'request.deleteDraft': ['删除报批草稿', 'Draft deleted'],
  'request.edit': ['修改报批', 'Request edited'],
  'request.submit': ['提交审批', 'Submitted'],
  'request.withdraw': ['撤回报批', 'Withdrawn'],
  'request.reopen': ['重新起草', 'Reopened'],
  'request.approve': ['审批同意', 'Approved'],
  'request.return': ['退回修改', 'Returned'],
  'request.reject': ['不予同意', 'Rejected'],
  'request.cancel': ['取消发布', 'Cancelled'],
  'request.postpone': ['延期', 'Postponed'],
  'request.reschedule': ['改期', 'Rescheduled'],
  'request.fastTrack': ['快速审批（突发事件）', 'Fast-tracked'],
  'request.ratify': ['追认', 'Ratified'],
  'request.approvalVoided': ['原审批失效', 'Approval voided'],
  'request.attachmentAdded': ['添加附件', 'Attachment added'],
  'request.attachmentRemoved': ['删除附件', 'Attachment removed'],
  'request.exportDocument': ['导出报批文书', 'Request paper exported'],
  'request.exported': ['导出交换包', 'Request package exported'],
  'request.received': ['收到报批', 'Request received'],
  'request.decisionReceived': ['收到审批意见', 'Decision received'],
  submit: ['提交审批', 'Submitted'],
  withdraw: ['撤回报批', 'Withdrawn'],
  reopen: ['重新起草', 'Reopened'],
  approve: ['审批同意', 'Approved'],
  return: ['退回修改', 'Returned'],
  reject: ['不予同意', 'Rejected'],
  cancel: ['取消发布', 'Cancelled'],
  postpone: ['延期', 'Postponed'],
  reschedule: ['改期', 'Rescheduled'],
  fastTrack: ['快速审批（突发事件）', 'Fast-tracked'],
  ratify: ['追认', 'Ratified'],
  'material.create': ['新建材料', 'Material created'],
  'material.edit': ['编辑材料', 'Material edited'],
  'material.version': ['保存材料版本', 'Material version saved'],
  'material.signed': ['签署审查项', 'Checklist item signed'],
  'material.signOffsVoided': ['审查签署失效', 'Sign-offs voided'],
  'material.takeOver': ['接管材料编辑', 'Editing taken over'],
  'material.exportDocument': ['导出材料', 'Material exported'],
  'release.export': ['导出发布稿', 'Release exported'],
  'materialTemplate.save': ['保存材料模板', 'Template saved'],
  'materialTemplate.reset': ['恢复默认模板', 'Template reset'],
  'checklist.save': ['保存审查清单', 'Checklist saved'],
  'wording.save': ['保存错敏词', 'Wording saved'],
  'wording.remove': ['删除错敏词', 'Wording removed'],
  'wording.import': ['导入错敏词', 'Wording imported'],
  'answer.create': ['新增口径', 'Answer added'],
  'answer.update': ['修改口径', 'Answer changed'],
  'plan.save': ['保存年度发布计划', 'Plan saved'],
  'register.add': ['新增名单备案', 'Register entry added'],
  'register.update': ['修改名单备案', 'Register entry changed'],
  'register.remove': ['删除名单备案', 'Register entry removed'],
  'compliance.exportNotice': ['导出通报', 'Notice exported'],
  'schedule.exportIcs': ['导出日历文件', 'Calendar exported'],
  'documentNumber.issue': ['编发文字号', 'Number issued'],
  'documentNumber.void': ['作废文字号', 'Number voided'],
  'transcript.started': ['开始实录', 'Transcript started'],
  'transcript.ended': ['结束实录', 'Transcript ended'],
  'transcript.resumed': ['恢复实录', 'Transcript resumed'],
  'transcript.turnCommitted': ['记录发言', 'Turn recorded'],
  'transcript.turnEdited': ['修改发言', 'Turn edited'],
  'transcript.speakerAdded': ['添加发言人', 'Speaker added'],
  'transcript.speakerEdited': ['修改发言人', 'Speaker changed'],
  'transcript.questionAdded': ['登记提问', 'Question added'],
  'transcript.questionChanged': ['修改提问', 'Question changed'],
  'transcript.recordingStarted': ['开始录音', 'Recording started'],
  'transcript.recordingFinished': ['结束录音', 'Recording finished'],
  'transcript.reviewed': ['审定实录', 'Transcript reviewed'],
  'transcript.exportDocument': ['导出文字实录', 'Transcript exported'],
  'transcript.deliverableAdded': ['新增发布成果', 'Deliverable added'],
  'transcript.deliverableChanged': ['修改发布成果', 'Deliverable changed'],
  'transcript.deliverableRemoved': ['删除发布成果', 'Deliverable removed'],
  'transcript.deliverableFileAdded': ['上传成果文件', 'Deliverable file added'],
  'transcript.deliverableFileRemoved': ['删除成果文件', 'Deliverable file removed'],
  'transcript.closed': ['办结发布', 'Event closed'],
  'evaluation.marked': ['核实评估发现', 'Review finding marked'],
  'evaluation.exportDocument': ['导出发布评估', 'Review exported'],
  'concern.register': ['登记舆情', 'Public concern registered'],
  'concern.attachmentAdded': ['添加舆情截图', 'Concern screenshot added'],
  'concern.assign': ['指定舆情责任单位', 'Concern assigned'],
  'concern.propose': ['提出舆情研判意见', 'Concern proposal made'],
  'concern.consult': ['记录舆情会商', 'Concern consultation recorded'],
  'concern.clock': ['标记舆情计时', 'Concern clock marked'],
  'concern.emergency': ['从舆情发起突发事件报批', 'Emergency request opened from concern'],
  'concern.close': ['舆情办结', 'Concern closed'],
  'concern.exportReport': ['导出舆情专报', 'Concern report exported'],
  'exchange.identity.create': ['生成本机交换身份', 'Exchange identity created'],
  'exchange.peer.register': ['登记对方工作台', 'Peer registered'],
  'exchange.peer.revoke': ['注销对方工作台', 'Peer revoked'],
  'exchange.peerAudit.conflict': ['对方审计记录冲突', 'Peer audit conflict'],
  'exchange.export': ['导出交换包', 'Package exported'],
  'exchange.import': ['导入交换包', 'Package imported'],
  'exchange.quarantine': ['隔离交换包', 'Package quarantined'],
  'test.note.applied': ['交换联调：应用测试记录', 'Exchange test: note applied'],
  'test.decision.applied': ['交换联调：应用审批意见', 'Exchange test: decision applied'],
};

/** What each kind of audited subject is called. */
const subjectLabels: Readonly<Record<string, Label>> = {
  installation: ['本工作台', 'This installation'],
  user: ['用户', 'User'],
  unit: ['单位', 'Unit'],
  settings: ['系统设置', 'Settings'],
  calendar: ['节假日', 'Holidays'],
  archive: ['归档', 'Archive'],
  request: ['报批', 'Request'],
  material: ['发布材料', 'Material'],
  materialTemplate: ['材料模板', 'Template'],
  wording: ['错敏词', 'Wording'],
  answer: ['口径', 'Answer'],
  plan: ['年度发布计划', 'Plan'],
  schedule: ['排期日历', 'Schedule'],
  compliance: ['发布要求', 'Compliance'],
  documentNumber: ['发文字号', 'Document number'],
  transcript: ['文字实录', 'Transcript'],
  evaluation: ['发布评估', 'Post-event review'],
  concern: ['舆情', 'Public concern'],
  exchangePackage: ['交换包', 'Exchange package'],
  exchangePeer: ['对方工作台', 'Peer installation'],
  testNote: ['测试记录', 'Test note'],
};

const pick = (label: Label, language: DateLanguage) => (language === 'en' ? label[1] : label[0]);

/** Whether an action has its own name (the audit test checks every action main writes). */
export const hasAuditActionLabel = (action: string): boolean => action in actionLabels;

/** 登录, 提交审批 …; an action without a name reads as 其他操作（code), never a bare code. */
export function auditActionLabel(action: string, language: DateLanguage = 'zh'): string {
  const label = actionLabels[action];
  if (label) return pick(label, language);
  return language === 'en' ? `Other action (${action})` : `其他操作（${action}）`;
}

export const hasAuditSubjectLabel = (kind: string): boolean => kind in subjectLabels;

export function auditSubjectLabel(kind: string, language: DateLanguage = 'zh'): string {
  const label = subjectLabels[kind];
  if (label) return pick(label, language);
  return language === 'en' ? `Other (${kind})` : `其他（${kind}）`;
}

/** Every named action, for the audit log's action filter. */
export const auditActions = (language: DateLanguage = 'zh') =>
  Object.entries(actionLabels).map(([action, label]) => ({ action, label: pick(label, language) }));
