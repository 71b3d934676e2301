import type { Role } from './roles.ts';

/** Named capabilities. Channels declare one; roles grant a set. */
export const permissions = ['admin.users', 'admin.units', 'admin.settings', 'admin.audit'] as const;

export type Permission = (typeof permissions)[number];

export const permissionsByRole: Readonly<Record<Role, readonly Permission[]>> = {
  drafter: [],
  spokesperson: [],
  unitHead: [],
  newsOfficeReviewer: [],
  authorityApprover: [],
  clearanceReviewer: [],
  administrator: ['admin.users', 'admin.units', 'admin.settings', 'admin.audit'],
};

export const hasPermission = (userRoles: readonly Role[], permission: Permission): boolean =>
  userRoles.some((role) => permissionsByRole[role].includes(permission));
