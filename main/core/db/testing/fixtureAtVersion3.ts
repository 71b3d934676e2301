import { requestContentHash } from '../../requests/requestContentHash.ts';
import { fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { conferenceFields, decide, insertRequest } from './fixtureRequests.ts';
import { auditRow, fixtureId, insertRow, storeFile, type FixtureContext } from './fixtureRows.ts';

const { drafter, unitHead, reviewer, approver, townDrafter, admin } = fixtureUsers;

/** Approved at all three levels, with an attachment; its event is held in schema 6's time. */
export const approvedRequest = {
  id: fixtureId('request approved'),
  fields: conferenceFields(fixtureUnits.education.id, {
    title: '2026年上半年教育工作新闻发布会',
    startsAt: '2026-06-18T09:30:00+08:00',
    endsAt: '2026-06-18T10:30:00+08:00',
    summary: '通报上半年全县教育重点工作进展，回应学位供给等社会关切。',
  }),
  attachment: {
    fileName: '发布会议程.pdf',
    mediaType: 'application/pdf',
    bytes: Buffer.from('%PDF-1.4\n% 样本县 2026年上半年教育工作新闻发布会 议程\n'),
  },
};

/** Returned by the news office in round 1, corrected, and back with it in round 2. */
export const resubmittedRequest = {
  id: fixtureId('request resubmitted'),
  fields: conferenceFields(fixtureUnits.education.id, {
    title: '“双减”工作在线访谈',
    form: 'onlineInterview',
    startsAt: '2026-04-16T15:00:00+08:00',
    endsAt: '2026-04-16T16:00:00+08:00',
    venue: '县融媒体中心演播室',
    summary: '解读“双减”政策落实情况，介绍课后服务开展情况。',
  }),
  returnComment: '请补充访谈提纲和嘉宾名单。',
};

/** A township's draft, barely begun. */
export const draftRequest = {
  id: fixtureId('request draft'),
  fields: conferenceFields(fixtureUnits.township.id, {
    title: '城关镇老旧小区改造记者采访',
    form: 'reporterInterview',
    venue: '',
    summary: '',
    mainSpeaker: { name: '', title: '' },
    spokesperson: { name: '', title: '' },
  }),
};

export const version3CalendarDays = [
  { date: '2026-05-01', kind: 'holiday', name: '劳动节' },
  { date: '2026-05-09', kind: 'workday', name: '劳动节调休' },
  { date: '2026-06-19', kind: 'holiday', name: '端午节' },
] as const;

/** Schema 3 (requests): the holiday calendar and three requests at different stages. */
export function writeVersion3(context: FixtureContext): void {
  const { db } = context;
  for (const day of version3CalendarDays) {
    insertRow(db, 'calendar_days', day);
    auditRow(db, admin, '2026-02-01T01:00:00.000Z', 'calendar.setDay', ['calendar', day.date], day);
  }
  writeApproved(context);
  writeResubmitted(context);
  insertRequest(db, {
    ...draftRequest,
    state: 'draft',
    draftedBy: townDrafter,
    round: 0,
    revision: 1,
    createdAt: '2026-03-12T07:00:00.000Z',
    updatedAt: '2026-03-12T07:00:00.000Z',
  });
  auditRow(
    db,
    townDrafter,
    '2026-03-12T07:00:00.000Z',
    'request.create',
    ['request', draftRequest.id],
    {
      title: draftRequest.fields.title,
      unitId: draftRequest.fields.unitId,
      isEmergency: false,
    },
  );
}

function writeApproved(context: FixtureContext): void {
  const { db } = context;
  const { id, fields, attachment } = approvedRequest;
  const subject = ['request', id] as const;
  const addedAt = '2026-02-02T01:30:00.000Z';
  const file = storeFile(context, attachment.bytes, attachment.mediaType, addedAt);
  const contentHash = requestContentHash(id, fields, [{ ...file, fileName: attachment.fileName }]);
  insertRequest(db, {
    id,
    fields,
    state: 'approved',
    draftedBy: drafter,
    submittedBy: drafter.id,
    submittedAt: '2026-02-03T02:00:00.000Z',
    approvedHash: contentHash,
    approvedAt: '2026-02-09T02:00:00.000Z',
    round: 1,
    revision: 7,
    createdAt: '2026-02-02T01:00:00.000Z',
    updatedAt: '2026-02-09T02:00:00.000Z',
  });
  insertRow(db, 'request_attachments', {
    request_id: id,
    sha256: file.sha256,
    file_name: attachment.fileName,
    added_by: drafter.id,
    added_at: addedAt,
  });
  auditRow(db, drafter, '2026-02-02T01:00:00.000Z', 'request.create', subject, {
    title: fields.title,
    unitId: fields.unitId,
    isEmergency: false,
  });
  auditRow(db, drafter, '2026-02-02T01:20:00.000Z', 'request.save', subject, {
    changed: ['时间', '地点', '内容'],
    revision: 2,
  });
  auditRow(db, drafter, addedAt, 'request.attachmentAdded', subject, {
    fileName: attachment.fileName,
    sha256: file.sha256,
    size: file.size,
  });
  auditRow(db, drafter, '2026-02-03T02:00:00.000Z', 'request.submit', subject, {
    from: 'draft',
    to: 'unitReview',
  });
  const round = { round: 1, kind: 'approve', contentHash } as const;
  decide(db, id, {
    ...round,
    level: 'unit',
    by: unitHead,
    at: '2026-02-04T02:00:00.000Z',
    comment: '同意报县政府新闻办。',
  });
  decide(db, id, {
    ...round,
    level: 'newsOffice',
    by: reviewer,
    at: '2026-02-06T02:00:00.000Z',
    comment: '同意。',
  });
  decide(db, id, {
    ...round,
    level: 'authority',
    by: approver,
    at: '2026-02-09T02:00:00.000Z',
    comment: '同意召开。',
  });
}

function writeResubmitted(context: FixtureContext): void {
  const { db } = context;
  const { id, fields, returnComment } = resubmittedRequest;
  const subject = ['request', id] as const;
  const firstFields = {
    ...fields,
    content: { ...fields.content, summary: '解读“双减”政策落实情况。' },
  };
  const firstHash = requestContentHash(id, firstFields, []);
  const secondHash = requestContentHash(id, fields, []);
  insertRequest(db, {
    id,
    fields,
    state: 'newsOfficeReview',
    draftedBy: drafter,
    submittedBy: drafter.id,
    submittedAt: '2026-03-09T02:00:00.000Z',
    round: 2,
    revision: 9,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-10T02:00:00.000Z',
  });
  auditRow(db, drafter, '2026-03-02T01:00:00.000Z', 'request.create', subject, {
    title: fields.title,
    unitId: fields.unitId,
    isEmergency: false,
  });
  auditRow(db, drafter, '2026-03-03T02:00:00.000Z', 'request.submit', subject, {
    from: 'draft',
    to: 'unitReview',
  });
  decide(db, id, {
    round: 1,
    level: 'unit',
    kind: 'approve',
    by: unitHead,
    at: '2026-03-04T02:00:00.000Z',
    comment: '同意。',
    contentHash: firstHash,
  });
  decide(db, id, {
    round: 1,
    level: 'newsOffice',
    kind: 'return',
    by: reviewer,
    at: '2026-03-05T02:00:00.000Z',
    comment: returnComment,
    contentHash: firstHash,
  });
  auditRow(db, drafter, '2026-03-06T01:00:00.000Z', 'request.reopen', subject, {
    from: 'returned',
    to: 'draft',
  });
  auditRow(db, drafter, '2026-03-06T01:10:00.000Z', 'request.save', subject, {
    changed: ['内容'],
    revision: 7,
  });
  auditRow(db, drafter, '2026-03-09T02:00:00.000Z', 'request.submit', subject, {
    from: 'draft',
    to: 'unitReview',
  });
  decide(db, id, {
    round: 2,
    level: 'unit',
    kind: 'approve',
    by: unitHead,
    at: '2026-03-10T02:00:00.000Z',
    comment: '同意。',
    contentHash: secondHash,
  });
}
