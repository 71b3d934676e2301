import type { EvaluationFinding, FindingTurn } from '../domain/evaluation.ts';
import { abbreviates, overlap, sameValue } from './consistencyCheck.ts';
import { extractFacts, type Fact } from './consistencyFacts.ts';
import { findingKey } from './findingKey.ts';

/** A block of approved text: where it is, as a person names it, and what it says. */
export interface ApprovedBlock {
  readonly label: string;
  readonly text: string;
}

interface ApprovedFact {
  readonly fact: Fact;
  readonly block: ApprovedBlock;
}

export const approvedFacts = (blocks: readonly ApprovedBlock[]): ApprovedFact[] =>
  blocks.flatMap((block) => extractFacts(block.text).map((fact) => ({ fact, block })));

function finding(
  turn: Omit<FindingTurn, 'spans'>,
  spoken: Fact,
  approved: ApprovedFact,
): EvaluationFinding {
  const words = [spoken.text, approved.fact.text];
  return {
    key: findingKey('figureDiffers', `${turn.turnId}:${spoken.start}`, [
      ...words,
      approved.block.label,
    ]),
    kind: 'figureDiffers',
    turn: { ...turn, spans: [{ start: spoken.start, end: spoken.end }] },
    source: {
      label: approved.block.label,
      text: approved.block.text,
      spans: [{ start: approved.fact.start, end: approved.fact.end }],
    },
    words,
    similarity: null,
    question: null,
  };
}

/**
 * Figures, percentages, dates and counts said in a turn that differ from the approved materials'
 * figure for the same subject, by the materials' own consistency rule: comparable when they share
 * a measure and enough of their clause's words, fine when any comparable figure agrees. A unit
 * named shorter or longer than the materials name it is a finding too.
 */
export function figureFindings(
  turn: Omit<FindingTurn, 'spans'>,
  approved: readonly ApprovedFact[],
): EvaluationFinding[] {
  const findings: EvaluationFinding[] = [];
  for (const spoken of extractFacts(turn.text)) {
    if (spoken.kind === 'unitName') {
      const other = approved.find(
        ({ fact }) =>
          fact.kind === 'unitName' &&
          fact.measure === spoken.measure &&
          fact.value !== spoken.value &&
          (abbreviates(spoken.value, fact.value) || abbreviates(fact.value, spoken.value)),
      );
      const named = approved.some(
        ({ fact }) => fact.kind === 'unitName' && fact.value === spoken.value,
      );
      if (other && !named) findings.push(finding(turn, spoken, other));
      continue;
    }
    const matches = approved
      .map((item) => ({ item, score: overlap(spoken, item.fact) }))
      .filter((match) => match.score >= 0);
    if (matches.length === 0 || matches.some(({ item }) => sameValue(spoken, item.fact))) continue;
    const best = matches.reduce((top, match) => (match.score > top.score ? match : top));
    findings.push(finding(turn, spoken, best.item));
  }
  return findings;
}
