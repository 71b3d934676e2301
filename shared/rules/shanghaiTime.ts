/** Times are entered and shown in Asia/Shanghai (UTC+8, no daylight saving), stored as ISO instants. */
const offset = '+08:00';

/** `2026-12-03T09:30` (a datetime-local value, Shanghai time) → `2026-12-03T09:30:00+08:00`. */
export const fromShanghaiInput = (value: string): string | null =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00${offset}` : null;

/** An ISO instant → the datetime-local value showing it in Shanghai time. */
export function toShanghaiInput(iso: string | null): string {
  if (!iso) return '';
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** `2026年12月3日 09:30`, as offices write it (no leading zero in month and day). */
export function formatShanghaiDateTime(iso: string | null): string {
  if (!iso) return '';
  const [date, time] = toShanghaiInput(iso).split('T');
  const [year, month, day] = (date ?? '').split('-').map(Number);
  return `${year}年${month}月${day}日 ${time}`;
}
