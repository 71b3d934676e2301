import { findingKinds, type EvaluationFinding, type FindingTurn } from '../domain/evaluation.ts';
import type { MaterialKind } from '../domain/materials.ts';
import { materialNames } from '../domain/materials.ts';
import type { WordingEntry } from '../domain/materialWording.ts';
import type { TranscriptSpeaker, TranscriptTurn } from '../domain/transcripts.ts';
import type { TextBlock } from '../lexical/materialBlocks.ts';
import type { QaItemText } from '../lexical/qaItems.ts';
import { approvedFacts, figureFindings, type ApprovedBlock } from './evaluationFigures.ts';
import { findingKey } from './findingKey.ts';
import { phraseOverlap, questionSimilarity } from './phraseOverlap.ts';
import { speakerLabel } from './transcriptFormat.ts';
import { findWordingHits, wordingMatcher } from './wordingMatch.ts';

export interface EvaluationMaterial {
  readonly kind: MaterialKind;
  readonly blocks: readonly TextBlock[];
}

export interface EvaluationInput {
  /** The approved 发布辞, 新闻通稿 and 答问口径 (others are ignored), as text blocks. */
  readonly materials: readonly EvaluationMaterial[];
  /** The 答问口径's questions with their parts. */
  readonly qaItems: readonly QaItemText[];
  readonly wording: readonly WordingEntry[];
  readonly speakers: readonly TranscriptSpeaker[];
  /** The reviewed turns, in order. */
  readonly turns: readonly TranscriptTurn[];
}

export const evaluationThresholds = {
  /** Shared runs shorter than this many letters or digits are not a repeat. */
  phraseLength: 4,
  /** Share of a 不可说 item's content characters that must reappear in one answer. */
  unsayableCoverage: 0.5,
  /** Below this, a reporter's question matched no prepared 口径 question. */
  questionSimilarity: 0.4,
} as const;

const comparedKinds: readonly MaterialKind[] = ['pressRelease', 'opening', 'qa'];
/** Of the 答问口径 only what may be said states approved figures. */
const figureFields = new Set([null, 'answer', 'maySay']);

const kindOrder = new Map(findingKinds.map((kind, index) => [kind, index]));

/** One 不可说 statement a sentence at a time: several points in one paragraph are several items. */
const sentencesOf = (paragraph: string): string[] =>
  paragraph
    .split(/(?<=[。；;！!？?])/)
    .map((part) => part.trim())
    .filter((part) => part.replace(/[\p{P}\s]/gu, '').length >= evaluationThresholds.phraseLength);

function approvedBlocks(materials: readonly EvaluationMaterial[]): ApprovedBlock[] {
  return materials
    .filter((material) => comparedKinds.includes(material.kind))
    .flatMap((material) =>
      material.blocks
        .filter((block) => figureFields.has(block.qaField))
        .map((block) => ({
          label: `${materialNames[material.kind]}·${block.location}`,
          text: block.text,
        })),
    );
}

const questionText = (item: QaItemText): string => item.fields.question.join('\n');
const qaLabel = (item: QaItemText, part: string) => `答问口径·第${item.number}问·${part}`;

function wordingFindings(
  turn: Omit<FindingTurn, 'spans'>,
  matcher: ReturnType<typeof wordingMatcher>,
): EvaluationFinding[] {
  const byEntry = new Map<string, ReturnType<typeof findWordingHits>>();
  for (const hit of findWordingHits(turn.text, matcher)) {
    byEntry.set(hit.entryId, [...(byEntry.get(hit.entryId) ?? []), hit]);
  }
  return [...byEntry.values()].flatMap((hits): EvaluationFinding[] => {
    const first = hits[0];
    if (!first) return [];
    const list = first.kind === 'forbidden' ? '禁用词表' : '敏感词表';
    const finding: EvaluationFinding = {
      key: findingKey('wordingSpoken', turn.turnId, [first.entryId]),
      kind: 'wordingSpoken',
      turn: { ...turn, spans: hits.map(({ start, end }) => ({ start, end })) },
      source: {
        label: first.suggestion ? `${list}（建议：${first.suggestion}）` : list,
        text: first.word,
        spans: [{ start: 0, end: first.word.length }],
      },
      words: [first.word],
      similarity: null,
      question: null,
    };
    return [finding];
  });
}

function unsayableFindings(
  turn: Omit<FindingTurn, 'spans'>,
  qaItems: readonly QaItemText[],
): EvaluationFinding[] {
  return qaItems.flatMap((item) =>
    item.fields.mayNotSay.flatMap(sentencesOf).flatMap((statement): EvaluationFinding[] => {
      const found = phraseOverlap(statement, turn.text, evaluationThresholds.phraseLength);
      if (found.coverage < evaluationThresholds.unsayableCoverage) return [];
      return [
        {
          key: findingKey('unsayableRepeated', turn.turnId, [String(item.number), statement]),
          kind: 'unsayableRepeated',
          turn: { ...turn, spans: found.secondSpans },
          source: { label: qaLabel(item, '不可说'), text: statement, spans: found.firstSpans },
          words: found.words,
          similarity: found.coverage,
          question: null,
        },
      ];
    }),
  );
}

/**
 * 发布评估: holds each reviewed turn against the approved materials. Officials' turns: figures
 * that differ from the materials', listed words spoken (forbidden and sensitive), 不可说 content
 * repeated. Reporters' turns: questions no prepared 口径 question comes close to. And prepared
 * questions nobody asked, for the record. Each finding carries the matched words on both sides.
 */
export function evaluateRelease(input: EvaluationInput): EvaluationFinding[] {
  const speakers = new Map(input.speakers.map((speaker) => [speaker.id, speaker]));
  const facts = approvedFacts(approvedBlocks(input.materials));
  const matcher = wordingMatcher(input.wording.filter((entry) => entry.kind !== 'preferred'));
  const prepared = input.qaItems.filter((item) => questionText(item).trim() !== '');
  const asked = new Set<number>();
  const findings: EvaluationFinding[] = [];
  for (const turn of input.turns) {
    const speaker = speakers.get(turn.speakerId);
    const place = {
      turnId: turn.id,
      seq: turn.seq,
      speakerLabel: speaker ? speakerLabel(speaker) : '',
      spokenAt: turn.spokenAt,
      offsetMs: turn.offsetMs,
      text: turn.text,
    };
    if (speaker?.role === 'reporter') {
      const scored = prepared.map((item) => ({
        item,
        similarity: questionSimilarity(turn.text, questionText(item)),
      }));
      for (const { item, similarity } of scored) {
        if (similarity.score >= evaluationThresholds.questionSimilarity) asked.add(item.number);
      }
      const best = scored.reduce<(typeof scored)[number] | null>(
        (top, next) => (top === null || next.similarity.score > top.similarity.score ? next : top),
        null,
      );
      if (best && best.similarity.score >= evaluationThresholds.questionSimilarity) continue;
      findings.push({
        key: findingKey('questionUnprepared', turn.id, [turn.text]),
        kind: 'questionUnprepared',
        turn: { ...place, spans: best?.similarity.questionSpans ?? [] },
        source: best
          ? {
              label: qaLabel(best.item, '问题'),
              text: questionText(best.item),
              spans: best.similarity.preparedSpans,
            }
          : null,
        words: best?.similarity.words ?? [],
        similarity: best?.similarity.score ?? 0,
        question: turn.text,
      });
      continue;
    }
    findings.push(
      ...figureFindings(place, facts),
      ...wordingFindings(place, matcher),
      ...unsayableFindings(place, input.qaItems),
    );
  }
  const neverAsked = prepared
    .filter((item) => !asked.has(item.number))
    .map((item): EvaluationFinding => ({
      key: findingKey('answerNeverAsked', `q${item.number}`, [questionText(item)]),
      kind: 'answerNeverAsked',
      turn: null,
      source: { label: qaLabel(item, '问题'), text: questionText(item), spans: [] },
      words: [],
      similarity: null,
      question: questionText(item),
    }));
  const ordered = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (a.finding.turn?.seq ?? 0) - (b.finding.turn?.seq ?? 0) ||
        (kindOrder.get(a.finding.kind) ?? 0) - (kindOrder.get(b.finding.kind) ?? 0) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
  return [...ordered, ...neverAsked];
}
