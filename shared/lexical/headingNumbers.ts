const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百 (as section numbers are written). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) return String(value);
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let text = hundreds > 0 ? `${digits[hundreds]}百` : '';
  if (tens > 0) text += `${tens === 1 && hundreds === 0 ? '' : digits[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0) text += digits[ones];
  return text;
}

/** The number written before an h2 (一、) or h3 (（一）) heading: the Word export uses the same. */
export const sectionNumber = (level: 'h2' | 'h3', index: number): string =>
  level === 'h2' ? `${chineseNumeral(index)}、` : `（${chineseNumeral(index)}）`;

/** Counts headings in document order: h2 numbers run through, h3 numbers restart under each h2. */
export function headingCounter(): (tag: string) => string | null {
  let sections = 0;
  let subsections = 0;
  return (tag) => {
    if (tag === 'h2') {
      sections += 1;
      subsections = 0;
      return sectionNumber('h2', sections);
    }
    if (tag === 'h3') {
      subsections += 1;
      return sectionNumber('h3', subsections);
    }
    return null;
  };
}
