/** Today's date in Shanghai, `YYYY-MM-DD`, whatever the machine's time zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
