import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import { headingJson, materialDocumentOf, paragraphJson } from './lexical/materialJson.ts';

/** The original implementation, word for word: every hash ever stored was computed by it. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error('canonicalJson: numbers must be finite');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item)}`).join(',')}}`;
}

let seed = 20261127;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const keys = [
  'a',
  'b',
  'B',
  'type',
  'children',
  '键',
  '__proto__',
  '',
  'z9',
  '10',
  '9',
  '-1',
  '01',
];
const leaves: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1.5,
  1e21,
  'text',
  '中文“引号”\n\u2028',
  '\ud800',
  undefined,
  () => 1,
  Symbol('s'),
  new Date(0),
];

function randomValue(depth: number): unknown {
  if (depth === 0 || random() < 0.3) return pick(leaves);
  if (random() < 0.4)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth - 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(random() * 5); i > 0; i--) {
    Object.defineProperty(object, pick(keys), {
      value: randomValue(depth - 1),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return object;
}

describe('canonicalJson', () => {
  it('writes exactly what the original walk wrote, on 5,000 generated values', () => {
    for (let i = 0; i < 5000; i++) {
      const value = randomValue(4);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it('writes exactly what the original walk wrote for a long material', () => {
    const blocks = Array.from({ length: 2000 }, (_, index) =>
      index % 40 === 0
        ? headingJson('h2', `第${index}节`)
        : paragraphJson(`全县教育工作稳步推进，第${index}段“数字”1.2亿元。`),
    );
    const document = JSON.parse(JSON.stringify(materialDocumentOf(blocks)));
    expect(canonicalJson(document)).toBe(reference(document));
  });

  it('sorts keys and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: [undefined, { d: undefined, c: '中' }] })).toBe(
      '{"a":[null,{"c":"中"}],"b":1}',
    );
    expect(canonicalJson({ 10: 'x', 9: 'y', a: 'z' })).toBe('{"10":"x","9":"y","a":"z"}');
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('numbers must be finite');
    expect(() => canonicalJson([Infinity])).toThrow('numbers must be finite');
  });
});
