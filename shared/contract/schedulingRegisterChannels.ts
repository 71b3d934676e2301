import { z } from 'zod';
import { accountPlatforms, type RegistersView } from '../domain/schedulingRegisters.ts';
import { defineChannel } from './channel.ts';
import { identifier } from './limits.ts';
import { isoDate } from './schedulingSchemas.ts';
import { displayName, displayText, plainText } from '../text/displayText.ts';

const entry = {
  id: identifier().optional(),
  unitId: identifier(),
  filedOn: isoDate().nullable(),
  note: plainText(1000),
};
const name = () => displayName(50, '姓名');
const text = (label: string) => displayText(100, { label, mayBeEmpty: true });
const phone = () => displayText(30, { label: '电话', mayBeEmpty: true });

export const registerChannels = {
  'registers:list': defineChannel<RegistersView>()({
    input: z.strictObject({ unitId: identifier().optional() }),
    access: 'schedule.view',
  }),
  'registers:saveSpokesperson': defineChannel<RegistersView>()({
    input: z.strictObject({
      ...entry,
      name: name(),
      title: text('职务'),
      phone: phone(),
      appointedOn: isoDate(),
      removedOn: isoDate().nullable(),
    }),
    access: 'registers.edit',
  }),
  'registers:saveExpert': defineChannel<RegistersView>()({
    input: z.strictObject({
      ...entry,
      name: name(),
      field: text('专业领域'),
      organisation: text('工作单位'),
      title: text('职务职称'),
      phone: phone(),
      addedOn: isoDate(),
      removedOn: isoDate().nullable(),
    }),
    access: 'registers.edit',
  }),
  'registers:saveAccount': defineChannel<RegistersView>()({
    input: z.strictObject({
      ...entry,
      platform: z.enum(accountPlatforms),
      accountName: displayName(50, '账号名称'),
      openedOn: isoDate(),
      closedOn: isoDate().nullable(),
    }),
    access: 'registers.edit',
  }),
  /** Deletes an entry made by mistake; one that left office is kept with its end date instead. */
  'registers:remove': defineChannel<RegistersView>()({
    input: z.strictObject({
      register: z.enum(['spokesperson', 'expert', 'account']),
      id: identifier(),
    }),
    access: 'registers.edit',
  }),
  /** Designated department (news office only) and principal head of a unit. */
  'registers:saveProfile': defineChannel<RegistersView>()({
    input: z.strictObject({
      unitId: identifier(),
      designated: z.boolean(),
      principalHeadName: displayText(50, { label: '主要负责人姓名', mayBeEmpty: true }),
      principalHeadTitle: displayText(100, { label: '主要负责人职务', mayBeEmpty: true }),
    }),
    access: 'registers.edit',
  }),
};
