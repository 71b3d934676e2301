import type { ConsistencyFinding, FactPlace } from '../domain/materialConsistency.ts';
import type { MaterialKind } from '../domain/materials.ts';
import type { TextBlock } from '../lexical/materialBlocks.ts';
import { extractFacts, type Fact } from './consistencyFacts.ts';
import { excerptAround } from './wordingMatch.ts';

export interface MaterialText {
  readonly kind: MaterialKind;
  readonly blocks: readonly TextBlock[];
}

interface PlacedFact {
  readonly fact: Fact;
  readonly place: FactPlace;
}

/** The pairs of materials that state the same facts: the release and the talking points first. */
const comparedPairs: readonly (readonly [MaterialKind, MaterialKind])[] = [
  ['pressRelease', 'qa'],
  ['opening', 'pressRelease'],
  ['opening', 'qa'],
];

function factsOf(material: MaterialText): PlacedFact[] {
  return material.blocks.flatMap((block) =>
    extractFacts(block.text).map((fact) => ({
      fact,
      place: {
        material: material.kind,
        location: block.location,
        text: fact.text,
        excerpt: excerptAround(block.text, fact.start, fact.end),
      },
    })),
  );
}

/** How many content words two facts share; -1 when they cannot be about the same thing. */
export function overlap(a: Fact, b: Fact): number {
  if (a.kind !== b.kind || a.measure !== b.measure) return -1;
  const shared = a.subject.filter((word) => b.subject.includes(word)).length;
  const enough = shared >= 2 || (shared >= 1 && Math.min(a.subject.length, b.subject.length) <= 1);
  return enough ? shared : -1;
}

/** Whether two date values (y-m-d with ? for parts not written) can be the same day. */
export function sameValue(a: Fact, b: Fact): boolean {
  if (a.kind !== 'date') return a.value === b.value;
  const left = a.value.split('-');
  const right = b.value.split('-');
  return left.every((part, index) => part === '?' || right[index] === '?' || part === right[index]);
}

/** The shorter name is the longer one abbreviated: same first character and suffix, in order. */
export function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

function compareFigures(first: PlacedFact[], second: PlacedFact[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const b of second.filter((item) => item.fact.kind !== 'unitName')) {
    const matches = first
      .map((a) => ({ a, score: overlap(a.fact, b.fact) }))
      .filter((match) => match.score >= 0);
    if (matches.length === 0 || matches.some(({ a }) => sameValue(a.fact, b.fact))) continue;
    const best = matches.reduce((top, match) => (match.score > top.score ? match : top));
    findings.push({
      kind: b.fact.kind,
      subject: best.a.fact.subject.filter((word) => b.fact.subject.includes(word)).join(''),
      first: best.a.place,
      second: b.place,
    });
  }
  return findings;
}

function compareNames(first: PlacedFact[], second: PlacedFact[]): ConsistencyFinding[] {
  const names = (facts: PlacedFact[]) => facts.filter((item) => item.fact.kind === 'unitName');
  const findings: ConsistencyFinding[] = [];
  const seen = new Set<string>();
  for (const a of names(first)) {
    for (const b of names(second)) {
      const [x, y] = [a.fact.value, b.fact.value];
      if (x === y || a.fact.measure !== b.fact.measure) continue;
      if (!abbreviates(x, y) && !abbreviates(y, x)) continue;
      if (seen.has(`${x}|${y}`)) continue;
      seen.add(`${x}|${y}`);
      findings.push({
        kind: 'unitName',
        subject: x.length > y.length ? x : y,
        first: a.place,
        second: b.place,
      });
    }
  }
  return findings;
}

/**
 * Figures, percentages, dates and unit names stated differently across an event's 通稿, 答问口径
 * and 发布辞. Two figures are compared when they share a measure and enough of their clause's
 * words; a figure is fine when any such counterpart agrees with it.
 */
export function checkConsistency(materials: readonly MaterialText[]): ConsistencyFinding[] {
  const byKind = new Map(materials.map((material) => [material.kind, factsOf(material)]));
  return comparedPairs.flatMap(([firstKind, secondKind]) => {
    const first = byKind.get(firstKind);
    const second = byKind.get(secondKind);
    if (!first || !second) return [];
    return [...compareFigures(first, second), ...compareNames(first, second)];
  });
}
