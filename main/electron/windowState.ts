import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Rectangle } from 'electron';

/** Remembers the window's size and position between launches (a small JSON file in userData). */
export function loadWindowBounds(file: string): Partial<Rectangle> {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Rectangle>;
    const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (!isNumber(value.width) || !isNumber(value.height)) return {};
    return {
      width: value.width,
      height: value.height,
      ...(isNumber(value.x) && isNumber(value.y) ? { x: value.x, y: value.y } : {}),
    };
  } catch {
    return {};
  }
}

export function saveWindowBounds(file: string, bounds: Rectangle): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(bounds));
  renameSync(temporary, file);
}
