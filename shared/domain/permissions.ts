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
] as const;

export type Permission = (typeof permissions)[number];

const reviewerBase: readonly Permission[] = [
  'requests.view',
  'requests.decide',
  'exchange.transfer',
];

export const permissionsByRole: Readonly<Record<Role, readonly Permission[]>> = {
  drafter: ['requests.view', 'requests.draft', 'requests.edit', 'exchange.transfer'],
  spokesperson: ['requests.view'],
  unitHead: reviewerBase,
  // The news office edits and fast-tracks the emergency requests it opens (the rules check which).
  newsOfficeReviewer: [...reviewerBase, 'requests.emergency', 'requests.edit'],
  authorityApprover: [...reviewerBase, 'requests.ratify'],
  clearanceReviewer: ['requests.view'],
  administrator: ['admin.users', 'admin.units', 'admin.settings', 'admin.audit', 'admin.exchange'],
};

export const hasPermission = (userRoles: readonly Role[], permission: Permission): boolean =>
  userRoles.some((role) => permissionsByRole[role].includes(permission));
