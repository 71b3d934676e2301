import { randomUUID } from 'node:crypto';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../../shared/contract/channels.ts';
import { findUserByUsername } from '../../accounts/userRepository.ts';
import type { Core } from '../../createCore.ts';
import { requestFormDocument } from '../../requests/requestFormDocument.ts';
import { listDecisions, type RequestRecord } from '../../requests/requestRepository.ts';
import { callAs } from '../../testing/accounts.ts';

/** Calls a channel as one of the demo county's users, signed in at `now`. */
export async function callAsDemoUser<C extends ChannelName>(
  core: Core,
  now: Date,
  username: string,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const client = `demo-papers:${username}`;
  const user = findUserByUsername(core.db, username);
  if (!user) throw new Error(`no demo user ${username}`);
  core.sessions.signIn(`web:${client}`, user.id, now);
  return callAs(core, client, channel, input);
}

export const unitNamed = (core: Core, name: string): string =>
  (core.db.prepare('SELECT id FROM units WHERE name = ?').get(name) as { id: string } | undefined)
    ?.id ?? '';

/**
 * The reviewed 文字实录 of one approved demo event: the demo's own for an event it held, else one
 * taken down and reviewed now through the channels.
 */
export async function reviewedTranscriptOf(
  core: Core,
  now: Date,
  request: RequestRecord,
): Promise<Buffer> {
  const call = <C extends ChannelName>(username: string, channel: C, input: ChannelInput<C>) =>
    callAsDemoUser(core, now, username, channel, input);
  const requestId = request.id;
  const noteTaker = 'jiaoyu.jb';
  const held = await call(noteTaker, 'transcripts:get', { requestId });
  if (held.status === 'reviewed' || held.status === 'closed') {
    const file = await call(noteTaker, 'transcripts:exportDocument', { requestId });
    return Buffer.from(file.contentBase64, 'base64');
  }
  await call(noteTaker, 'transcripts:start', { requestId });
  let view = await call(noteTaker, 'transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '周记者',
    title: '',
    outlet: '县融媒体中心',
  });
  const host = view.speakers[0]?.id ?? '';
  const reporter = view.speakers.at(-1)?.id ?? '';
  for (const [speakerId, text] of [
    [host, '各位记者朋友，上午好！欢迎参加今天的新闻发布会。'],
    [reporter, '请问明年秋季学位是否充足？'],
    [host, '感谢提问。明年秋季预计新增学位1200个。'],
  ] as const) {
    await call(noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId,
      text,
      startedAt: null,
    });
  }
  view = await call(noteTaker, 'transcripts:end', { requestId });
  await call('xinwenban', 'transcripts:review', { requestId, revision: view.revision });
  const file = await call(noteTaker, 'transcripts:exportDocument', { requestId });
  return Buffer.from(file.contentBase64, 'base64');
}

/** One of the demo's forms with its long fields longer than a page holds. */
export function longFormOf(core: Core, request: RequestRecord, unitName: string) {
  const { content } = request.fields;
  return requestFormDocument({
    fields: {
      ...request.fields,
      content: {
        ...content,
        summary: `${'通报全县今年教育重点工作进展，回应学位供给、课后服务、校园安全等社会关切。'.repeat(12)}`,
        participants: Array.from({ length: 14 }, (_, index) => ({
          name: `参加人${index + 1}`,
          title: '县教育体育局业务科室负责人',
        })),
      },
    },
    unitName,
    decisions: listDecisions(core.db, request.id),
    contentHash: 'f86e1a92'.repeat(8),
  });
}
