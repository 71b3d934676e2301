import type { Role } from './roles.ts';

/** Named capabilities. Channels declare one; roles grant a set. */
export const permissions = [
  'admin.users',
  'admin.units',
  'admin.settings',
  'admin.audit',
  'admin.exchange',
  'exchange.transfer',
  'requests.view',
  'requests.draft',
  'requests.edit',
  'requests.decide',
  'requests.emergency',
  'requests.ratify',
  'transcripts.view',
  'transcripts.capture',
  'transcripts.review',
  'materials.view',
  'materials.edit',
  'materials.clear',
  'wording.admin',
  'answers.manage',
  'schedule.view',
  'compliance.view',
  'compliance.notice',
  'registers.edit',
  'documentNumbers.manage',
  'concerns.view',
  'concerns.manage',
] as const;

export type Permission = (typeof permissions)[number];

const reviewerBase: readonly Permission[] = [
  'requests.view',
  'requests.decide',
  'exchange.transfer',
];

// Transcripts: the unit's drafter and spokesperson and the news office take notes; the unit head,
// spokesperson or news office review, never on a transcript they took down (the rules check that).
const noteTaker: readonly Permission[] = ['transcripts.view', 'transcripts.capture'];

// Materials: those who edit requests edit their materials; signers of the clearance checklist
// clear them (the checklist names who signs which item, and nobody clears what they drafted).
const materialEditor: readonly Permission[] = ['materials.view', 'materials.edit'];

// Scheduling: every role sees the calendar; a unit's drafter and spokesperson and the news office
// keep its registers and annual plan (main checks the unit); the news office and the competent
// authority watch the rules on the board; only the news office circulates the 通报 (point 14).
const registerKeeper: readonly Permission[] = ['schedule.view', 'registers.edit'];

// 舆情 (issue 21): the news office registers and assesses items; a unit's people see the items
// that concern their unit and propose on those assigned to it (main checks the unit).
const concernWatcher: readonly Permission[] = ['concerns.view'];

export const permissionsByRole: Readonly<Record<Role, readonly Permission[]>> = {
  drafter: [
    'requests.view',
    'requests.draft',
    'requests.edit',
    'exchange.transfer',
    ...noteTaker,
    ...materialEditor,
    ...registerKeeper,
    ...concernWatcher,
  ],
  spokesperson: [
    'requests.view',
    ...noteTaker,
    'transcripts.review',
    'materials.view',
    'materials.clear',
    'answers.manage',
    ...registerKeeper,
    ...concernWatcher,
  ],
  unitHead: [
    ...reviewerBase,
    'transcripts.view',
    'transcripts.review',
    'materials.view',
    'materials.clear',
    'schedule.view',
    ...concernWatcher,
  ],
  // The news office edits and fast-tracks the emergency requests it opens (the rules check which).
  newsOfficeReviewer: [
    ...reviewerBase,
    'requests.emergency',
    'requests.edit',
    ...noteTaker,
    'transcripts.review',
    ...materialEditor,
    'answers.manage',
    ...registerKeeper,
    'compliance.view',
    'compliance.notice',
    'documentNumbers.manage',
    ...concernWatcher,
    'concerns.manage',
  ],
  authorityApprover: [
    ...reviewerBase,
    'requests.ratify',
    'transcripts.view',
    'materials.view',
    'schedule.view',
    'compliance.view',
    ...concernWatcher,
  ],
  clearanceReviewer: ['requests.view', 'materials.view', 'materials.clear', 'schedule.view'],
  administrator: [
    'admin.users',
    'admin.units',
    'admin.settings',
    'admin.audit',
    'admin.exchange',
    'wording.admin',
    'answers.manage',
    'schedule.view',
    'documentNumbers.manage',
  ],
};

export const hasPermission = (userRoles: readonly Role[], permission: Permission): boolean =>
  userRoles.some((role) => permissionsByRole[role].includes(permission));
