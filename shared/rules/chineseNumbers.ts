const digitValues: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const unitValues: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 两千 → 2000, 三点五 → 3.5; NaN when not a number. */
export function chineseToNumber(text: string): number {
  const [whole = '', fraction] = text.split('点');
  let total = 0;
  let digit: number | null = null;
  for (const char of whole) {
    const value = digitValues[char];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const unit = unitValues[char];
    if (unit === undefined) return Number.NaN;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  total += digit ?? 0;
  if (whole === '' && fraction === undefined) return Number.NaN;
  if (fraction === undefined) return total;
  const decimals = Array.from(fraction, (char) => digitValues[char]);
  if (decimals.some((value) => value === undefined)) return Number.NaN;
  return Number(`${total}.${decimals.join('')}`);
}

/** An Arabic (with thousands separators) or Chinese numeral as a number. */
export function parseNumeral(text: string): number {
  if (/^\d/.test(text)) return Number(text.replace(/[,，]/g, ''));
  return chineseToNumber(text);
}

export const multipliers: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
  千: 1e3,
};

/** A value for comparison: rounded to hide floating-point noise (1.2 × 1e8). */
export const comparable = (value: number): string => String(Math.round(value * 1e6) / 1e6);
