/** Settings an administrator edits; counties differ, so the rules read their numbers from here. */
export interface Settings {
  readonly idleLockMinutes: number;
}

export const defaultSettings: Settings = {
  idleLockMinutes: 15,
};

export const idleLockBounds = { min: 1, max: 240 } as const;
