/**
 * How a SHA-256 is shown to people: its first eight hex digits in two groups (F86E-1A92), the
 * 校验码 printed on papers and shown on screens; the full value stays one click away.
 */
export const shortCode = (hex: string): string =>
  `${hex.slice(0, 4)}-${hex.slice(4, 8)}`.toUpperCase();

/** The full value in groups of four, for reading it against a paper or another screen. */
export const groupedHash = (hex: string): string =>
  (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
