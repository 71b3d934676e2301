import { describe, expect, it } from 'vitest';
import type { EvaluationFinding } from '../domain/evaluation.ts';
import type { TranscriptSpeaker, TranscriptTurn } from '../domain/transcripts.ts';
import { blocksOf } from '../lexical/materialBlocks.ts';
import { qaItemsOf } from '../lexical/qaItems.ts';
import { phraseOverlap, questionSimilarity } from './phraseOverlap.ts';
import { evaluateRelease, type EvaluationInput } from './releaseEvaluation.ts';
import {
  fixtureExpected,
  fixtureQa,
  fixtureRelease,
  fixtureScript,
  fixtureSpeakers,
  fixtureWording,
} from './testing/evaluationFixture.ts';

const speakers: TranscriptSpeaker[] = fixtureSpeakers.map((speaker, index) => ({
  id: `s${index}`,
  title: '',
  ...speaker,
}));

const turns: TranscriptTurn[] = fixtureScript.map(([speaker, text], index) => ({
  id: `t${index + 1}`,
  seq: index + 1,
  speakerId: `s${speaker}`,
  text,
  spokenAt: new Date(Date.UTC(2026, 11, 10, 1, 30, index * 47)).toISOString(),
  offsetMs: index * 47_000,
  revision: 1,
  committedByName: '记录员',
}));

const input = (changes: Partial<EvaluationInput> = {}): EvaluationInput => ({
  materials: [
    { kind: 'pressRelease', blocks: blocksOf(fixtureRelease) },
    { kind: 'qa', blocks: blocksOf(fixtureQa) },
  ],
  qaItems: qaItemsOf(fixtureQa),
  wording: fixtureWording,
  speakers,
  turns,
  ...changes,
});

const marked = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end));

const ofKind = (findings: EvaluationFinding[], kind: EvaluationFinding['kind']) =>
  findings.filter((finding) => finding.kind === kind);

describe('发布评估 of the must-hold event', () => {
  const findings = evaluateRelease(input());

  it('finds 1.3亿元 against the 通稿’s 1.2亿元, with both places, and not 3000个', () => {
    const figures = ofKind(findings, 'figureDiffers');
    expect(figures).toHaveLength(1);
    const [figure] = figures;
    expect(figure?.turn?.seq).toBe(fixtureExpected.figure);
    expect(figure?.turn?.speakerLabel).toBe('赵发布');
    expect(figure?.words).toEqual(['1.3亿元', '1.2亿元']);
    expect(marked(figure?.turn?.text ?? '', figure?.turn?.spans ?? [])).toEqual(['1.3亿元']);
    expect(figure?.source?.label).toBe('新闻通稿·第1段');
    expect(marked(figure?.source?.text ?? '', figure?.source?.spans ?? [])).toEqual(['1.2亿元']);
  });

  it('finds the forbidden word spoken, and leaves preferred wording alone', () => {
    const spoken = ofKind(findings, 'wordingSpoken');
    expect(spoken.map((finding) => [finding.turn?.seq, finding.words])).toEqual([
      [fixtureExpected.wording, ['史无前例']],
    ]);
    expect(spoken[0]?.source?.label).toBe('禁用词表（建议：力度较大）');
    expect(marked(spoken[0]?.turn?.text ?? '', spoken[0]?.turn?.spans ?? [])).toEqual(['史无前例']);
  });

  it('finds a 不可说 item repeated nearly verbatim, not a paraphrase sharing common words', () => {
    const repeated = ofKind(findings, 'unsayableRepeated');
    expect(repeated.map((finding) => finding.turn?.seq)).toEqual([fixtureExpected.unsayable]);
    const [finding] = repeated;
    expect(finding?.source?.label).toBe('答问口径·第1问·不可说');
    expect(finding?.similarity).toBeGreaterThanOrEqual(0.5);
    // Adjacent shared runs join on the item's side; on the answer's side 目前 stands between them.
    expect(marked(finding?.source?.text ?? '', finding?.source?.spans ?? [])).toEqual([
      '尚未批复的第三中学选址方案暂不对外公布',
    ]);
    expect(marked(finding?.turn?.text ?? '', finding?.turn?.spans ?? [])).toEqual([
      '尚未批复的第三中学选址方案',
      '暂不对外公布',
    ]);
    const paraphrase = phraseOverlap(
      '个别学校存在违规收费问题，目前正在立案调查。',
      fixtureScript[fixtureExpected.paraphrase - 1]?.[1] ?? '',
    );
    expect(paraphrase.coverage).toBeLessThan(0.5);
  });

  it('lists the question no 口径 prepared, with its best match, score and shared words', () => {
    const unprepared = ofKind(findings, 'questionUnprepared');
    expect(unprepared.map((finding) => finding.turn?.seq)).toEqual([fixtureExpected.unprepared]);
    const [finding] = unprepared;
    expect(finding?.similarity).toBeLessThan(0.4);
    expect(finding?.source?.label).toMatch(/^答问口径·第\d问·问题$/);
    expect(finding?.question).toBe(fixtureScript[fixtureExpected.unprepared - 1]?.[1]);
  });

  it('records the prepared question nobody asked, after the turns', () => {
    expect(findings.at(-1)).toMatchObject({
      kind: 'answerNeverAsked',
      turn: null,
      question: fixtureExpected.neverAsked,
    });
    expect(ofKind(findings, 'answerNeverAsked')).toHaveLength(1);
  });

  it('lists findings in turn order with stable keys', () => {
    const seqs = findings.flatMap((finding) => (finding.turn ? [finding.turn.seq] : []));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(evaluateRelease(input()).map((finding) => finding.key)).toEqual(
      findings.map((finding) => finding.key),
    );
    expect(new Set(findings.map((finding) => finding.key)).size).toBe(findings.length);
  });

  it('finds nothing to hold against when the figure agrees and nothing is listed', () => {
    const agreeing = turns.map((turn) =>
      turn.seq === fixtureExpected.figure
        ? { ...turn, text: '今年新增公办学位3000个，共投入资金1.2亿元。' }
        : turn,
    );
    const result = evaluateRelease(input({ turns: agreeing, wording: [] }));
    expect(ofKind(result, 'figureDiffers')).toEqual([]);
    expect(ofKind(result, 'wordingSpoken')).toEqual([]);
  });
});

describe('question similarity', () => {
  it('is not diluted by a preamble and shows the shared words', () => {
    const similarity = questionSimilarity(
      '我是县融媒体中心记者，请问明年秋季城区学位够不够用？',
      '明年秋季城区学位是否充足？',
    );
    expect(similarity.score).toBeGreaterThanOrEqual(0.8);
    expect(similarity.words).toEqual(['明年秋季城区学位']);
  });
});
