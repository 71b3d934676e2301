/**
 * 发文字号 (GB/T 9704-2012 7.2.4): 机关代字, the year in full in 六角括号 〔〕 (U+3014, U+3015), and the
 * serial without 第 and without leading zeros: 示政新〔2026〕3号.
 */
export function formatDocumentNumber(agencyCode: string, year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`发文字号的年份须为四位数：${year}`);
  }
  if (!Number.isInteger(serial) || serial < 1) {
    throw new RangeError(`发文字号的顺序号须为正整数：${serial}`);
  }
  return `${agencyCode}\u3014${year}\u3015${serial}号`;
}
