import type { Role } from './roles.ts';

export interface UserSummary {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly unitId: string | null;
  readonly roles: readonly Role[];
  readonly disabled: boolean;
  readonly createdAt: string;
}

export const passwordMinLength = 8;
export const passwordMaxLength = 128;
