import type { TranscriptSpeaker } from '../domain/transcripts.ts';

/** How a speaker is named in the transcript: a reporter by outlet and name, anyone else by name. */
export function speakerLabel(speaker: Pick<TranscriptSpeaker, 'role' | 'name' | 'outlet'>): string {
  if (speaker.role !== 'reporter' || speaker.outlet === '') return speaker.name;
  return speaker.name === '' ? `${speaker.outlet}记者` : `${speaker.outlet}记者 ${speaker.name}`;
}

/** `09:35` in Asia/Shanghai (UTC+8, no daylight saving), the time printed after each turn. */
export function shanghaiClock(iso: string, withSeconds = false): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return shifted.slice(11, withSeconds ? 19 : 16);
}

/** A position in the recording or from the start of capture: `4:05`, or `1:02:03` past an hour. */
export function formatOffset(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** One turn the gov.cn way: `[姓名] 发言内容 [09:35]`. */
export const publishedLine = (label: string, text: string, spokenAt: string): string =>
  `[${label}] ${text} [${shanghaiClock(spokenAt)}]`;
