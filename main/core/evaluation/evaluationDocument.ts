import type {
  EvaluatedFinding,
  FindingKind,
  MarkStatus,
  MatchedSpan,
} from '../../../shared/domain/evaluation.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { formatOffset, shanghaiClock } from '../../../shared/rules/transcriptFormat.ts';
import type { DocumentBlock, InlineText, OfficialDocument } from '../documents/officialDocument.ts';

export interface EvaluationForDocument {
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  readonly reviewedByName: string;
  readonly findings: readonly EvaluatedFinding[];
  readonly hasRecording: boolean;
}

export const findingKindNames: Readonly<Record<FindingKind, string>> = {
  figureDiffers: '数字与材料不一致',
  wordingSpoken: '说到禁用词或敏感词',
  unsayableRepeated: '说了不可说的内容',
  questionUnprepared: '提问无准备口径',
  answerNeverAsked: '准备口径未被问及',
};

export const markStatusNames: Readonly<Record<MarkStatus, string>> = {
  verified: '已核实',
  noIssue: '无问题',
};

/** Characters kept either side of the matched words when a turn is long. */
const context = 40;

/** The text with its matched words in bold; a long text cut to the matched part with ellipses. */
function highlighted(text: string, spans: readonly MatchedSpan[]): InlineText[] {
  const first = spans[0]?.start ?? 0;
  const last = spans.at(-1)?.end ?? text.length;
  const from = Math.max(0, first - context);
  const to = Math.min(text.length, last + context);
  const runs: InlineText[] = from > 0 ? ['…'] : [];
  let at = from;
  for (const span of spans) {
    if (span.start > at) runs.push(text.slice(at, span.start));
    runs.push({ text: text.slice(Math.max(at, span.start), span.end), bold: true });
    at = Math.max(at, span.end);
  }
  if (to > at) runs.push(text.slice(at, to));
  if (to < text.length) runs.push('…');
  return runs;
}

const ideographicSpace = '\u3000';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function findingParagraphs(
  finding: EvaluatedFinding,
  number: number,
  hasRecording: boolean,
): DocumentBlock[] {
  const { turn, source } = finding;
  const where = turn
    ? `第${turn.seq}段 ${turn.speakerLabel} ${shanghaiClock(turn.spokenAt)}${hasRecording ? `（录音 ${formatOffset(turn.offsetMs)}）` : ''}`
    : '';
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: `（${number}）${findingKindNames[finding.kind]}`, bold: true },
        where ? `${ideographicSpace}${where}` : '',
        finding.similarity === null
          ? ''
          : `${ideographicSpace}相似度 ${percent(finding.similarity)}`,
      ],
    },
  ];
  if (turn) {
    blocks.push({ kind: 'paragraph', runs: ['实录：', ...highlighted(turn.text, turn.spans)] });
  }
  if (source) {
    blocks.push({
      kind: 'paragraph',
      runs: [`${source.label}：`, ...highlighted(source.text, source.spans)],
    });
  }
  if (finding.words.length > 0 && finding.kind !== 'answerNeverAsked') {
    blocks.push({ kind: 'paragraph', runs: [`匹配词语：${finding.words.join('、')}`] });
  }
  if (finding.mark) {
    const note = finding.mark.note ? `，${finding.mark.note}` : '';
    blocks.push({
      kind: 'paragraph',
      runs: [
        `核实：${markStatusNames[finding.mark.status]}（${finding.mark.markedByName} ${formatShanghaiDateTime(finding.mark.markedAt)}${note}）`,
      ],
    });
  }
  return blocks;
}

/**
 * 发布评估 report: the event, then every finding in the order it was spoken (the matched words in
 * bold on both sides, with the similarity beside them where there is one, and the news office's
 * mark), then the prepared questions nobody asked.
 */
export function evaluationDocument(source: EvaluationForDocument): OfficialDocument {
  const spoken = source.findings.filter((finding) => finding.turn !== null);
  const neverAsked = source.findings.filter((finding) => finding.turn === null);
  const header: DocumentBlock[] = [
    {
      kind: 'paragraph',
      align: 'left',
      firstLineIndent: false,
      runs: [{ text: '发布单位：', bold: true }, source.unitName],
    },
    {
      kind: 'paragraph',
      align: 'left',
      firstLineIndent: false,
      runs: [
        { text: '发布时间：', bold: true },
        source.startsAt ? formatShanghaiDateTime(source.startsAt) : '（未填写）',
      ],
    },
    {
      kind: 'paragraph',
      align: 'left',
      firstLineIndent: false,
      runs: [{ text: '实录审定：', bold: true }, source.reviewedByName],
    },
  ];
  return {
    title: `${source.title}发布评估`,
    blocks: [
      ...header,
      { kind: 'heading1', runs: ['一、实录中的发现（按发言顺序）'] },
      ...(spoken.length === 0
        ? [{ kind: 'paragraph', runs: ['未发现与审定材料不一致之处。'] } as DocumentBlock]
        : spoken.flatMap((finding, index) =>
            findingParagraphs(finding, index + 1, source.hasRecording),
          )),
      { kind: 'heading1', runs: ['二、未被问及的准备口径'] },
      ...(neverAsked.length === 0
        ? [{ kind: 'paragraph', runs: ['准备的口径均被问及。'] } as DocumentBlock]
        : neverAsked.flatMap((finding, index) =>
            findingParagraphs(finding, index + 1, source.hasRecording),
          )),
    ],
  };
}
