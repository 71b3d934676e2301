import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { DocumentNumberEntry } from '../../../shared/domain/documentNumbers.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';

type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

interface DemoStep {
  readonly at: Date;
  readonly run: () => Promise<void>;
}

/**
 * The news office exports an approved request's 审批函, which takes the next 发文字号; when
 * `voidAt` is given (the event was cancelled), it voids that number with the reason.
 */
export function issueLetterSteps(
  call: Call,
  request: { readonly id: string },
  issueAt: Date,
  voidAt: Date | null,
): DemoStep[] {
  const steps: DemoStep[] = [
    {
      at: issueAt,
      run: async () =>
        void (await call('xinwenban', 'requests:exportDocument', {
          requestId: request.id,
          document: 'approvalLetter',
        })),
    },
  ];
  if (voidAt) {
    steps.push({
      at: voidAt,
      run: async () => {
        const register = (await call(
          'xinwenban',
          'documentNumbers:list',
          {},
        )) as readonly DocumentNumberEntry[];
        const letter = register.find((entry) => entry.subjectId === request.id && !entry.voided);
        if (!letter) return;
        await call('xinwenban', 'documentNumbers:void', {
          id: letter.id,
          reason: '发布会已取消，审批函作废。',
        });
      },
    });
  }
  return steps;
}

/** Two days before `today`, the news office issues the 通报 of the quarter before today's. */
export function noticeSteps(call: Call, today: Date): DemoStep[] {
  const date = shanghaiDate(today);
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const period = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  return [
    {
      at: new Date(`${addDays(date, -2)}T16:00:00+08:00`),
      run: async () => {
        const draft = await call('xinwenban', 'compliance:noticeDraft', period);
        await call('xinwenban', 'compliance:exportNotice', { ...period, draft, final: true });
      },
    },
  ];
}
