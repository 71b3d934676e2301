import { z } from 'zod';
import type { Actor } from '../domain/actor.ts';
import { roles } from '../domain/roles.ts';
import { unitKinds, type Unit } from '../domain/units.ts';
import { passwordMaxLength, passwordMinLength, type UserSummary } from '../domain/users.ts';
import {
  confidentialityMarkMaxLength,
  idleLockBounds,
  leadDaysBounds,
  type Settings,
} from '../domain/settings.ts';
import { defineChannel } from './channel.ts';
import { complianceSettingsSchema } from './schedulingSettingsSchema.ts';
import { documentIssuingSchema } from './documentNumberChannels.ts';
import { identifier, limits, noInput } from './limits.ts';
import { listQueryFields, type Paged } from './listQuery.ts';
import { displayName, displayText } from '../text/displayText.ts';

const username = () =>
  z
    .string()
    .trim()
    .min(2, '用户名至少 2 个字符。')
    .max(32, '用户名不能超过 32 个字符。')
    .regex(/^[A-Za-z0-9._-]+$/, '用户名只能包含字母、数字、点、下划线和连字符。');
const password = () =>
  z
    .string()
    .min(passwordMinLength, `密码至少 ${passwordMinLength} 位。`)
    .max(passwordMaxLength, `密码不能超过 ${passwordMaxLength} 位。`);
const leadDays = () => z.number().int().min(leadDaysBounds.min).max(leadDaysBounds.max);
const roleList = () => z.array(z.enum(roles)).max(roles.length);
const unitName = () => displayName(limits.shortText, '单位名称');
const userDisplayName = () => displayName(limits.shortText, '姓名');
const unitInput = () => z.strictObject({ name: unitName(), kind: z.enum(unitKinds) });

export interface SessionInfo {
  readonly user: Actor;
  readonly unitName: string | null;
  readonly officeName: string;
  readonly idleLockMinutes: number;
}

export const accountChannels = {
  'setup:initialize': defineChannel<SessionInfo>()({
    input: z.strictObject({
      officeName: displayName(limits.shortText, '所属单位名称'),
      units: z.array(unitInput()).min(1).max(limits.list),
      adminUnitIndex: z.number().int().min(0).max(limits.list).optional(),
      admin: z.strictObject({
        username: username(),
        displayName: userDisplayName(),
        password: password(),
      }),
    }),
    access: 'public',
  }),
  'session:current': defineChannel<SessionInfo | null>()({ input: noInput, access: 'public' }),
  'session:signIn': defineChannel<SessionInfo>()({
    input: z.strictObject({
      username: username(),
      password: z.string().min(1).max(passwordMaxLength),
    }),
    access: 'public',
  }),
  'session:signOut': defineChannel<null>()({ input: noInput, access: 'public' }),
  'session:lock': defineChannel<null>()({ input: noInput, access: 'public' }),
  'session:changePassword': defineChannel<null>()({
    input: z.strictObject({
      currentPassword: z.string().min(1).max(passwordMaxLength),
      newPassword: password(),
    }),
    access: 'signedIn',
  }),
  'users:list': defineChannel<readonly UserSummary[]>()({ input: noInput, access: 'admin.users' }),
  /** The 用户管理 list: user name or name, unit, paging. */
  'users:page': defineChannel<Paged<UserSummary>>()({
    input: z.strictObject({
      keyword: listQueryFields.keyword,
      unitId: identifier().optional(),
      limit: listQueryFields.limit,
      offset: listQueryFields.offset,
    }),
    access: 'admin.users',
  }),
  'users:create': defineChannel<UserSummary>()({
    input: z.strictObject({
      username: username(),
      displayName: userDisplayName(),
      unitId: identifier().nullable(),
      roles: roleList().min(1),
      password: password(),
    }),
    access: 'admin.users',
  }),
  'users:update': defineChannel<UserSummary>()({
    input: z.strictObject({
      userId: identifier(),
      displayName: userDisplayName(),
      unitId: identifier().nullable(),
      roles: roleList().min(1),
    }),
    access: 'admin.users',
  }),
  'users:setDisabled': defineChannel<UserSummary>()({
    input: z.strictObject({ userId: identifier(), disabled: z.boolean() }),
    access: 'admin.users',
  }),
  'users:resetPassword': defineChannel<null>()({
    input: z.strictObject({ userId: identifier(), newPassword: password() }),
    access: 'admin.users',
  }),
  'units:list': defineChannel<readonly Unit[]>()({
    input: z.strictObject({ includeRetired: z.boolean().optional() }),
    access: 'signedIn',
  }),
  'units:create': defineChannel<Unit>()({ input: unitInput(), access: 'admin.units' }),
  'units:rename': defineChannel<Unit>()({
    input: z.strictObject({ unitId: identifier(), name: unitName() }),
    access: 'admin.units',
  }),
  'units:retire': defineChannel<Unit>()({
    input: z.strictObject({ unitId: identifier() }),
    access: 'admin.units',
  }),
  'settings:get': defineChannel<Settings>()({ input: noInput, access: 'signedIn' }),
  'settings:update': defineChannel<Settings>()({
    input: z.strictObject({
      idleLockMinutes: z.number().int().min(idleLockBounds.min).max(idleLockBounds.max).optional(),
      requestLeadWorkingDays: leadDays().optional(),
      materialsLeadWorkingDays: leadDays().optional(),
      unitHeadReview: z.boolean().optional(),
      compliance: complianceSettingsSchema.optional(),
      documentIssuing: documentIssuingSchema.optional(),
      confidentialityMark: displayText(confidentialityMarkMaxLength, {
        label: '答问口径首页标志',
        mayBeEmpty: true,
      }).optional(),
    }),
    access: 'admin.settings',
  }),
};
