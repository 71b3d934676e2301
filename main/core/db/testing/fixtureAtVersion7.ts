import { approvedRequest } from './fixtureAtVersion3.ts';
import { fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { auditRow, fixtureId, insertRow, type FixtureContext } from './fixtureRows.ts';

const { reviewer, drafter } = fixtureUsers;
const { education, township, newsOffice } = fixtureUnits;
const at = '2026-07-06T08:00:00.000Z';
const stamps = { created_at: at, updated_at: at };

export const version7Profiles = [
  {
    unit_id: education.id,
    designated: 1,
    principal_head_name: '王局长',
    principal_head_title: '局长',
  },
  {
    unit_id: township.id,
    designated: 0,
    principal_head_name: '罗镇长',
    principal_head_title: '镇长',
  },
];

export const version7Spokesperson = {
  id: fixtureId('spokesperson education'),
  unit_id: education.id,
  name: '钱发言',
  title: '副局长',
  phone: '0791-86002000',
  appointed_on: '2026-01-06',
  filed_on: '2026-01-13',
  removed_on: null,
  note: '',
};

export const version7Expert = {
  id: fixtureId('expert education'),
  unit_id: education.id,
  name: '孙教授',
  field: '基础教育政策',
  organisation: '市教育科学研究院',
  title: '研究员',
  phone: '0791-86003000',
  added_on: '2026-07-01',
  filed_on: null,
  removed_on: null,
  note: '待报备',
};

export const version7Accounts = [
  {
    id: fixtureId('account weibo'),
    unit_id: newsOffice.id,
    platform: 'weibo',
    account_name: '样本县发布',
    opened_on: '2025-11-10',
    filed_on: '2025-11-16',
    closed_on: null,
    note: '',
  },
  {
    id: fixtureId('account wechat'),
    unit_id: education.id,
    platform: 'wechat',
    account_name: '样本县教育发布',
    opened_on: '2026-01-29',
    filed_on: '2026-02-10',
    closed_on: '2026-06-30',
    note: '并入县融媒体中心矩阵',
  },
];

/** Education's 2026 plan: a press conference each quarter, the second one held as requested. */
export const version7Plan = [1, 2, 3, 4].map((quarter) => ({
  id: fixtureId(`plan 2026 ${quarter}`),
  unit_id: education.id,
  year: 2026,
  quarter,
  form: 'pressConference',
  topic: ['春季开学', '上半年教育工作', '秋季开学', '教育改革进展'][quarter - 1] ?? '',
  note: '',
  request_id: quarter === 2 ? approvedRequest.id : null,
  position: quarter - 1,
}));

/**
 * Schema 7 (scheduling): unit profiles, the spokesperson, expert and new-media registers (one
 * account closed), and a unit's annual plan with one line tied to its request.
 */
export function writeVersion7({ db }: FixtureContext): void {
  for (const profile of version7Profiles) {
    insertRow(db, 'unit_profiles', { ...profile, updated_at: at });
    auditRow(db, reviewer, at, 'unitProfile.save', ['unit', profile.unit_id], profile);
  }
  const registers = [
    ['spokespersons', 'spokesperson', version7Spokesperson],
    ['policy_experts', 'expert', version7Expert],
    ...version7Accounts.map((account) => ['new_media_accounts', 'account', account] as const),
  ] as const;
  for (const [table, kind, record] of registers) {
    insertRow(db, table, { ...record, ...stamps });
    auditRow(db, drafter, at, 'register.add', [kind, record.id], { before: null, after: record });
  }
  for (const item of version7Plan) insertRow(db, 'annual_plan_items', { ...item, ...stamps });
  auditRow(db, drafter, at, 'plan.save', ['plan', `2026:${education.id}`], {
    year: 2026,
    unitId: education.id,
    items: version7Plan.length,
  });
}
