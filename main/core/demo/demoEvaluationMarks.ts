import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { EvaluationView } from '../../../shared/domain/evaluation.ts';
import type { TranscriptEventSummary } from '../../../shared/domain/transcriptViews.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';

type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

/**
 * Yesterday afternoon the news office went through the 发布评估 of the two latest reviewed events
 * with findings: one marked 已核实 (something said, else an unprepared question) and one 无问题
 * in each, so the board's 已核实 column has something to count.
 */
export function demoEvaluationMarkSteps(call: Call, today: Date) {
  const day = addDays(shanghaiDate(today), -1);
  return [
    {
      at: new Date(`${day}T15:30:00+08:00`),
      run: async () => {
        const events = (await call('xinwenban', 'transcripts:list', {
          limit: 500,
        })) as TranscriptEventSummary[];
        const reviewed = events
          .filter((event) => event.status === 'reviewed' || event.status === 'closed')
          .sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? ''));
        let marked = 0;
        for (const event of reviewed) {
          if (marked >= 2) break;
          const view = (await call('xinwenban', 'evaluation:get', {
            requestId: event.requestId,
          })) as EvaluationView;
          const open = view.findings.filter(
            (item) => item.mark === null && item.kind !== 'answerNeverAsked',
          );
          const said = open.find((item) => item.kind !== 'questionUnprepared');
          const [firstQuestion, secondQuestion] = open.filter(
            (item) => item.kind === 'questionUnprepared',
          );
          const finding = said ?? firstQuestion;
          if (!finding) continue;
          await call('xinwenban', 'evaluation:mark', {
            requestId: event.requestId,
            findingKey: finding.key,
            status: 'verified',
            note: said
              ? '经核实，现场表述与审定材料确有出入，已提醒发布单位注意并在会后更正。'
              : '经核实，该问题确无准备口径，已请发布单位补充答问口径。',
          });
          const other = said ? firstQuestion : secondQuestion;
          if (other)
            await call('xinwenban', 'evaluation:mark', {
              requestId: event.requestId,
              findingKey: other.key,
              status: 'noIssue',
              note: '现场答复符合有关政策，无需另行处理。',
            });
          marked += 1;
        }
      },
    },
  ];
}
