import type { Person, RequestFields } from '../../../shared/domain/requests.ts';
import type { TranscriptSpeaker, TranscriptTurn } from '../../../shared/domain/transcripts.ts';
import { shanghaiClock, speakerLabel } from '../../../shared/rules/transcriptFormat.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import type { DocumentBlock, OfficialDocument } from '../documents/officialDocument.ts';

export interface TranscriptForDocument {
  readonly fields: RequestFields;
  readonly startedAt: string;
  readonly speakers: readonly TranscriptSpeaker[];
  readonly turns: readonly TranscriptTurn[];
  readonly noteTakerNames: readonly string[];
  readonly reviewedByName: string;
}

/** Characters of the 2号 title that fit on one line of the GB/T 9704 text block. */
const titleLineLength = 20;

const person = (value: Pick<Person, 'name' | 'title'>): string =>
  value.title ? `${value.title}${value.name}` : value.name;

/** `2026年12月10日 09:30至10:30`: the approved time, or when capture started if none was set. */
function eventTime(fields: RequestFields, startedAt: string): string {
  const start = formatShanghaiDateTime(fields.startsAt ?? startedAt);
  const end = formatShanghaiDateTime(fields.endsAt).split(' ')[1];
  return end && fields.startsAt ? `${start}至${end}` : start;
}

const labelled = (label: string, value: string): DocumentBlock => ({
  kind: 'paragraph',
  align: 'left',
  firstLineIndent: false,
  runs: [{ text: `${label}：`, bold: true }, value],
});

/**
 * 文字实录: title, time, place, host and speakers, then each turn as `[姓名] 发言内容 [09:35]`, in
 * order, with the speaker's label in bold; who took it down and who reviewed it close it.
 */
export function transcriptDocument(source: TranscriptForDocument): OfficialDocument {
  const { fields, speakers, turns } = source;
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const spoke = new Set(turns.map((turn) => turn.speakerId));
  const officials = speakers.filter(
    (speaker) => speaker.role !== 'host' && speaker.role !== 'reporter',
  );
  const hosts = speakers.filter((speaker) => speaker.role === 'host');
  const reporters = speakers.filter(
    (speaker) => speaker.role === 'reporter' && spoke.has(speaker.id),
  );
  const header: DocumentBlock[] = [
    labelled('时间', eventTime(fields, source.startedAt)),
    labelled('地点', fields.venue || '（未填写）'),
    labelled('主持人', hosts.map(person).join('、') || person(fields.content.host)),
    labelled('发布人', officials.map(person).join('、')),
  ];
  const body: DocumentBlock[] = turns.map((turn) => {
    const speaker = byId.get(turn.speakerId);
    const label = speaker ? speakerLabel(speaker) : '';
    // Left-aligned: a time that wraps to the next line leaves the line before it unstretched.
    return {
      kind: 'paragraph',
      align: 'left',
      firstLineIndent: true,
      runs: [{ text: `[${label}]`, bold: true }, ` ${turn.text} [${shanghaiClock(turn.spokenAt)}]`],
    };
  });
  const title = `${fields.title}文字实录`;
  return {
    title,
    // Break before 文字实录 rather than leave a character or two alone on the second line.
    ...(Array.from(title).length > titleLineLength
      ? { titleLines: [fields.title, '文字实录'] }
      : {}),
    blocks: [
      ...header,
      ...(reporters.length > 0
        ? [labelled('提问记者', reporters.map(speakerLabel).join('、'))]
        : []),
      { kind: 'paragraph', runs: [''] },
      ...body,
      { kind: 'paragraph', runs: [''] },
      {
        kind: 'paragraph',
        align: 'right',
        runs: [`记录：${source.noteTakerNames.join('、')}\u3000审核：${source.reviewedByName}`],
      },
    ],
  };
}
