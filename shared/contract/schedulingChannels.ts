import { scheduleCalendarChannels } from './schedulingCalendarChannels.ts';
import { complianceChannels } from './schedulingComplianceChannels.ts';
import { registerChannels } from './schedulingRegisterChannels.ts';

/** Scheduling and compliance: calendar, conflicts, plans, reminders, the board, 通报, registers. */
export const schedulingChannels = {
  ...scheduleCalendarChannels,
  ...complianceChannels,
  ...registerChannels,
};
