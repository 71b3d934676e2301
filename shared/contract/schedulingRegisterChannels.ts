import { z } from 'zod';
import { accountPlatforms, type RegistersView } from '../domain/schedulingRegisters.ts';
import { defineChannel } from './channel.ts';
import { identifier } from './limits.ts';
import { isoDate } from './schedulingSchemas.ts';

const entry = {
  id: identifier().optional(),
  unitId: identifier(),
  filedOn: isoDate().nullable(),
  note: z.string().max(1000),
};
const name = () => z.string().trim().min(1).max(50);
const text = () => z.string().max(100);
const phone = () => z.string().max(30);

export const registerChannels = {
  'registers:list': defineChannel<RegistersView>()({
    input: z.strictObject({ unitId: identifier().optional() }),
    access: 'schedule.view',
  }),
  'registers:saveSpokesperson': defineChannel<RegistersView>()({
    input: z.strictObject({
      ...entry,
      name: name(),
      title: text(),
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
      field: text(),
      organisation: text(),
      title: text(),
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
      accountName: name(),
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
      principalHeadName: z.string().trim().max(50),
      principalHeadTitle: z.string().trim().max(100),
    }),
    access: 'registers.edit',
  }),
};
