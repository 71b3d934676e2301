import { randomUUID } from 'node:crypto';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { Person, RequestFields } from '../../../shared/domain/requests.ts';
import type { TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import type { SpeakerRole } from '../../../shared/domain/transcripts.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { demoClosingAccount, demoGeneralPairs, demoScriptFields } from './demoTranscriptScripts.ts';

interface Step {
  readonly at: Date;
  readonly run: () => Promise<void>;
  /** The seeder takes the step only once this instant has passed as well. */
  readonly whole?: Date;
}
type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

/** Who says a line: someone of the roster by role, or the n-th reporter added at the start. */
type Who = SpeakerRole | { readonly reporter: number };

interface Line {
  readonly who: Who;
  readonly text: string;
  /** A reporter's question, queued with its answerer. */
  readonly question?: { readonly answerer: SpeakerRole };
  /** Answers the question just asked. */
  readonly answers?: boolean;
}

const reporterNames = ['陈晓雨', '黄志远', '林悦', '周子航', '许文静', '高明'];
const netNames = ['清风徐来', '山城老李', '小满', '向阳花'];

export interface DemoTranscriptInput {
  readonly call: Call;
  /** The event's request; its id is known once the request has been created. */
  readonly ref: { readonly id: string };
  /** Takes the notes: the unit's drafter (or the news office for an emergency). */
  readonly noteTaker: string;
  /** Reviews afterwards: someone who took no notes. */
  readonly reviewer: string;
  readonly unit: string;
  readonly fields: RequestFields;
  /** Varies the length and the questions from event to event. */
  readonly seed: number;
}

const subjectOf = (title: string) =>
  title
    .replace(/^\d{4}年/, '')
    .replace(/(新闻发布会|在线访谈)$/, '')
    .replace(/情况发布$/, '');

const personText = (person: Person) => `${person.title}${person.name}`;

/** The event's lines, from the host's opening to the close: 17 to 32 turns. */
export function demoScript(unit: string, fields: RequestFields, seed: number): Line[] {
  const { content } = fields;
  const subject = subjectOf(fields.title);
  const fill = (text: string) => text.replaceAll('{subject}', subject).replaceAll('{unit}', unit);
  const field =
    demoScriptFields.find((entry) => entry.units.includes(unit)) ??
    demoScriptFields[seed % demoScriptFields.length];
  const pool = [...(field?.pairs ?? []), ...demoGeneralPairs];
  const shift = (seed * 5) % pool.length;
  const pairs = [...pool.slice(shift), ...pool.slice(0, shift)].slice(0, 5 + ((seed * 7) % 8));
  const interview = fields.form === 'onlineInterview';
  const main = content.mainSpeaker;
  const morning = Number(fields.startsAt?.slice(11, 13) ?? 9) < 12;
  const others = [content.spokesperson, ...content.participants]
    .filter((person) => person.name !== '' && person.name !== main.name)
    .map(personText);
  const lines: Line[] = [
    {
      who: 'host',
      text: interview
        ? `各位网友，大家好！欢迎收看县人民政府网站在线访谈。今天我们邀请到${personText(main)}，就${subject}与大家在线交流。`
        : `各位记者朋友，大家${morning ? '上午' : '下午'}好！欢迎出席今天的新闻发布会。今天我们邀请到${personText(main)}，向大家介绍${subject}有关情况，并回答大家关心的问题。${others.length > 0 ? `出席今天发布会的还有${others.join('、')}。` : ''}首先请${main.name}同志介绍情况。`,
    },
    ...[...(field?.account ?? []), demoClosingAccount].map((text): Line => ({
      who: 'mainSpeaker',
      text: fill(text),
    })),
    {
      who: 'host',
      text: interview
        ? '感谢介绍。访谈开始以来，网友踊跃留言，我们选取几个有代表性的问题。'
        : `感谢${main.name}同志的介绍。下面进入提问环节，请记者朋友提问前先通报所在的新闻机构。`,
    },
  ];
  const answerers: SpeakerRole[] = ['mainSpeaker', 'spokesperson', 'speaker'];
  const asked = new Set<number>();
  pairs.forEach(([question, answer], index) => {
    const answerer = answerers[index % answerers.length] ?? 'mainSpeaker';
    if (interview) {
      const net = netNames[index % netNames.length] ?? '';
      lines.push({ who: 'host', text: `网友“${net}”问：${fill(question)}` });
    } else {
      const reporter = index % Math.min(3, content.invitedMedia.length || 1);
      const outlet = content.invitedMedia[reporter]?.name ?? '';
      const intro = asked.has(reporter) ? '' : `我是${outlet}记者。`;
      asked.add(reporter);
      // Every other event's questions also went through the queue (it fills the queue's pane
      // without doubling the demo's seeding time).
      const queued = seed % 2 === 0;
      lines.push({
        who: { reporter },
        text: intro + fill(question),
        ...(queued ? { question: { answerer } } : {}),
      });
    }
    lines.push({ who: answerer, text: fill(answer), answers: !interview && seed % 2 === 0 });
    if (!interview && index % 4 === 3 && index < pairs.length - 1) {
      lines.push({ who: 'host', text: '好，请下一位记者提问。' });
    }
  });
  lines.push({
    who: 'host',
    text: interview
      ? `今天的在线访谈到此结束，网友的其他留言我们将转交${unit}逐一答复。谢谢大家！`
      : `由于时间关系，今天的提问就到这里。感谢${main.name}同志，感谢各位记者朋友。今天的新闻发布会到此结束。`,
  });
  return lines;
}

/**
 * A past event's 文字实录 as it would have been taken: capture starts at the event's hour, each
 * turn is committed as it ends, reporters' questions go through the queue, capture ends, and the
 * next day someone who took no notes reviews it. Steps after the demo's now are not taken, so
 * yesterday's event waits for its review; an event under way has no transcript yet.
 */
export function demoTranscriptSteps(input: DemoTranscriptInput): Step[] {
  const { call, ref, noteTaker, reviewer, unit, fields, seed } = input;
  if (!fields.startsAt) return [];
  const lines = demoScript(unit, fields, seed);
  const start = Date.parse(fields.startsAt);
  const speakerIds = new Map<string, string>();
  const reporters: string[] = [];
  let questionId = '';
  let answered = 0;
  const keyOf = (who: Who) => (typeof who === 'string' ? who : `reporter:${who.reporter}`);
  const idOf = (who: Who) =>
    speakerIds.get(keyOf(who)) ?? speakerIds.get('mainSpeaker') ?? speakerIds.get('host') ?? '';

  const steps: Step[] = [
    {
      at: new Date(start),
      run: async () => {
        let view = (await call(noteTaker, 'transcripts:start', {
          requestId: ref.id,
        })) as TranscriptView;
        if (fields.form !== 'onlineInterview') {
          for (const [index, outlet] of fields.content.invitedMedia.slice(0, 3).entries()) {
            view = (await call(noteTaker, 'transcripts:addSpeaker', {
              requestId: ref.id,
              role: 'reporter',
              name: reporterNames[(seed + index) % reporterNames.length] ?? '',
              title: '',
              outlet: outlet.name,
            })) as TranscriptView;
          }
        }
        for (const speaker of view.speakers) {
          if (speaker.role === 'reporter') reporters.push(speaker.id);
          else if (!speakerIds.has(speaker.role)) speakerIds.set(speaker.role, speaker.id);
        }
        reporters.forEach((id, index) => speakerIds.set(`reporter:${index}`, id));
      },
    },
  ];
  let clock = start + 30_000;
  lines.forEach((line) => {
    const began = clock;
    // About four characters a second, with a pause to take the microphone.
    clock += 30_000 + line.text.length * 400;
    steps.push({
      at: new Date(clock),
      run: async () => {
        const requestId = ref.id;
        await call(noteTaker, 'transcripts:commitTurn', {
          requestId,
          turnId: randomUUID(),
          speakerId: idOf(line.who),
          text: line.text,
          startedAt: new Date(began).toISOString(),
        });
        if (line.question) {
          questionId = randomUUID();
          await call(noteTaker, 'transcripts:addQuestion', {
            requestId,
            questionId,
            reporterId: idOf(line.who),
            text: line.text.replace(/^我是.+?记者。/, ''),
            answererId: speakerIds.get(line.question.answerer) ?? idOf('mainSpeaker'),
          });
        } else if (line.answers && questionId !== '') {
          // Now and then, the first question is one the speaker promised figures for.
          answered += 1;
          const followUp = answered === 1 && seed % 4 === 0;
          await call(noteTaker, 'transcripts:updateQuestion', {
            requestId,
            questionId,
            state: 'answered',
            ...(followUp ? { followUp: 'done', followUpNote: '会后已向记者提供书面数据。' } : {}),
          });
          questionId = '';
        }
      },
    });
    clock += 5_000;
  });
  const ended = new Date(clock + 60_000);
  steps.push({
    at: ended,
    run: async () => void (await call(noteTaker, 'transcripts:end', { requestId: ref.id })),
  });
  // An event still under way at the demo's now has no transcript yet, rather than half of one.
  const capture = steps.map((step) => ({ ...step, whole: ended }));
  const nextDay = addDays(shanghaiDate(new Date(start)), 1);
  return [
    ...capture,
    {
      at: new Date(`${nextDay}T10:${String(10 + (seed % 40)).padStart(2, '0')}:00+08:00`),
      run: async () => {
        const view = (await call(reviewer, 'transcripts:get', {
          requestId: ref.id,
        })) as TranscriptView;
        await call(reviewer, 'transcripts:review', { requestId: ref.id, revision: view.revision });
      },
    },
  ];
}
