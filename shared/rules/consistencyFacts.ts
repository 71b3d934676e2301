import type { FactKind } from '../domain/materialConsistency.ts';
import { comparable, multipliers, parseNumeral } from './chineseNumbers.ts';

/** A figure, date or unit name found in a text, with the words it is about. */
export interface Fact {
  readonly kind: FactKind;
  /** What must agree for two facts to be comparable: the currency, measure word, or name suffix. */
  readonly measure: string;
  /** The value in a comparable form (amounts in yuan, dates as y-m-d with ? for unknown parts). */
  readonly value: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Content words of the clause around the fact. */
  readonly subject: readonly string[];
}

const numeralSource =
  '(\\d[\\d,]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?)';
const multiplierSource = '(万亿|千亿|百亿|亿|千万|百万|万|千)?';
const measures =
  '平方公里|平方米|公里|千米|余人|多人|所|个|人|名|家|项|件|辆|座|米|亩|吨|户|次|场|套|间|台|册|本|张|条|篇|位|批|处|栋|株|只|期|轮|天|小时';

interface Pattern {
  readonly kind: FactKind;
  readonly regex: RegExp;
  readonly read: (match: RegExpExecArray) => { measure: string; value: string } | null;
}

const scaled = (number: string, scale: string | undefined): number =>
  parseNumeral(number) * (scale ? (multipliers[scale] ?? 1) : 1);

/** Tried in this order; a later pattern never takes text an earlier one matched. */
const patterns: readonly Pattern[] = [
  {
    kind: 'date',
    regex: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g,
    read: (m) =>
      m[1] === undefined && m[3] === undefined
        ? null
        : { measure: 'date', value: `${m[1] ?? '?'}-${Number(m[2])}-${m[3] ? Number(m[3]) : '?'}` },
  },
  {
    kind: 'percentage',
    regex: new RegExp(`百分之${numeralSource}|${numeralSource}\\s*(?:[%％]|(个百分点))`, 'g'),
    read: (m) => {
      const number = m[1] ?? m[2] ?? '';
      return { measure: m[3] ? '百分点' : '%', value: comparable(parseNumeral(number)) };
    },
  },
  {
    kind: 'amount',
    regex: new RegExp(`${numeralSource}\\s*${multiplierSource}\\s*(元|美元|港元|欧元)`, 'g'),
    read: (m) => ({ measure: m[3] ?? '元', value: comparable(scaled(m[1] ?? '', m[2])) }),
  },
  {
    kind: 'count',
    regex: new RegExp(`${numeralSource}\\s*(万|亿)?\\s*(?:余|多)?\\s*(${measures})`, 'g'),
    read: (m) => {
      const measure = (m[3] ?? '').replace(/^[余多]/, '');
      return { measure, value: comparable(scaled(m[1] ?? '', m[2])) };
    },
  },
  {
    kind: 'unitName',
    regex:
      /(?:[\u4e00-\u9fa5]{0,4}?(?:省|市|县|区|镇|乡))[\u4e00-\u9fa5]{0,12}?(?:人民政府|管委会|委员会|办公室|管理局|局|委|办|中心)/g,
    read: (m) => {
      const name = trimUnitName(m[0]);
      return name ? { measure: unitSuffix(name), value: name } : null;
    },
  },
];

const suffixes = ['人民政府', '管委会', '委员会', '办公室', '管理局', '局', '委', '办', '中心'];
const unitSuffix = (name: string): string => suffixes.find((suffix) => name.endsWith(suffix)) ?? '';

const leadingNonName = new Set([
  '今年',
  '去年',
  '明年',
  '目前',
  '全县',
  '全市',
  '全省',
  '我县',
  '本县',
  '会同',
  '联合',
  '共同',
]);
const placeChar = /^[省市县区镇乡]$/;

/** Drops words a match may have swept in before the name (今年, 由, 全 of 全县…). */
function trimUnitName(match: string): string {
  const words = Array.from(segmenter.segment(match), (s) => s.segment);
  // 和县, 由县: a joining word fused with the place character that starts the name.
  if (/^[和与及由经在向对从同][省市县区]$/.test(words[0] ?? ''))
    words[0] = (words[0] ?? '').slice(1);
  while (words.length > 1) {
    const first = words[0] ?? '';
    if (!leadingNonName.has(first) && (first.length > 1 || placeChar.test(first))) break;
    words.shift();
  }
  const name = words.join('');
  return /^[\u4e00-\u9fa5]{0,4}?[省市县区镇乡]/.test(name) ? name : '';
}

const clauseBreak = /[，。；：、！？,.;:!?\n（）()“”「」]/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const stopWords = new Set(['其中', '以上', '左右', '一共', '总共', '已经', '达到', '超过', '约为']);

function contentWords(text: string): string[] {
  return Array.from(segmenter.segment(text))
    .filter((s) => s.isWordLike && /^[\u4e00-\u9fa5]{2,}$/.test(s.segment))
    .map((s) => s.segment)
    .filter((word) => !stopWords.has(word));
}

/** Words of the clause before the fact (up to four) and after it (up to two). */
function subjectOf(text: string, start: number, end: number): string[] {
  let from = start;
  while (from > 0 && !clauseBreak.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !clauseBreak.test(text[to] ?? '')) to += 1;
  const before = contentWords(text.slice(from, start).replace(/[\d.%％]+/g, ' ')).slice(-4);
  const after = contentWords(text.slice(end, to).replace(/[\d.%％]+/g, ' ')).slice(0, 2);
  return [...before, ...after];
}

/** Every figure, percentage, date and unit name in a text, left to right. */
export function extractFacts(text: string): Fact[] {
  const taken: [number, number][] = [];
  const facts: Fact[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const read = pattern.read(match);
      if (!read || read.value === 'NaN') continue;
      taken.push([start, end]);
      const subject = pattern.kind === 'unitName' ? [] : subjectOf(text, start, end);
      const written = pattern.kind === 'unitName' ? read.value : match[0];
      facts.push({
        kind: pattern.kind,
        ...read,
        text: written,
        start: end - written.length,
        end,
        subject,
      });
    }
  }
  return facts.sort((a, b) => a.start - b.start);
}
