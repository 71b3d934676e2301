import type { DatabaseSync } from 'node:sqlite';
import type { schedulingChannels } from '../../../shared/contract/schedulingChannels.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { complianceTopics } from '../scheduling/boardTopicsService.ts';
import { complianceBoard, complianceCell } from '../scheduling/complianceService.ts';
import { checkConflicts } from '../scheduling/conflictService.ts';
import { exportIcs } from '../scheduling/icsExport.ts';
import { draftNotice, exportNotice } from '../scheduling/noticeService.ts';
import { listPlans, savePlan } from '../scheduling/planService.ts';
import {
  removeEntry,
  saveAccount,
  saveExpert,
  saveProfile,
  saveSpokesperson,
} from '../scheduling/registerService.ts';
import { registersView } from '../scheduling/registerView.ts';
import { remindersFor } from '../scheduling/reminderService.ts';
import { scheduleView } from '../scheduling/scheduleService.ts';
import { requireActor } from '../accounts/accountService.ts';

type SchedulingHandlers = Pick<Handlers, keyof typeof schedulingChannels>;

export function schedulingHandlers(db: DatabaseSync): SchedulingHandlers {
  return {
    'schedule:events': (input, context) => scheduleView(db, input, context),
    'schedule:conflicts': (input, context) => checkConflicts(db, input, context),
    'schedule:exportIcs': (input, context) => exportIcs(db, input, context),
    'schedule:reminders': (_input, context) => remindersFor(db, context),
    'plans:list': (input, context) => listPlans(db, input, context),
    'plans:save': (input, context) => savePlan(db, input, context),
    'compliance:board': (input, context) => complianceBoard(db, input.year, context.now),
    'compliance:topics': (input, context) => complianceTopics(db, input.year, context.now),
    'compliance:cell': (input, context) => complianceCell(db, input, context),
    'compliance:noticeDraft': (input, context) => draftNotice(db, input, context),
    'compliance:exportNotice': (input, context) => exportNotice(db, input, context),
    'registers:list': (input, context) =>
      registersView(db, requireActor(context), context.now, input.unitId),
    'registers:saveSpokesperson': (input, context) => saveSpokesperson(db, input, context),
    'registers:saveExpert': (input, context) => saveExpert(db, input, context),
    'registers:saveAccount': (input, context) => saveAccount(db, input, context),
    'registers:remove': (input, context) => removeEntry(db, input, context),
    'registers:saveProfile': (input, context) => saveProfile(db, input, context),
  };
}
