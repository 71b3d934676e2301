import { useSyncExternalStore } from 'react';
import { ValueStore } from './valueStore.ts';

export type SaveStatus =
  | { readonly kind: 'idle' | 'unsaved' | 'saving' | 'retrying' | 'composing' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

/**
 * The autosave status lives outside React state: the status line shows it without a render, and
 * the editor and the panels around it do not re-render when it changes.
 */
export class SaveStatusStore extends ValueStore<SaveStatus> {
  constructor() {
    super({ kind: 'idle' });
  }

  override set(status: SaveStatus): void {
    const current = this.get();
    if (status.kind === current.kind && status.kind !== 'saved' && status.kind !== 'failed') return;
    super.set(status);
  }
}

/** Whether saving stopped for good; a component using it re-renders only when that flips. */
export const useSaveStopped = (store: SaveStatusStore): boolean =>
  useSyncExternalStore(store.subscribe, () => store.get().kind === 'failed');

/** Why saving stopped for good, or null; re-renders only when that changes, not at every save. */
export const useSaveFailure = (store: SaveStatusStore): string | null =>
  useSyncExternalStore(store.subscribe, () => {
    const status = store.get();
    return status.kind === 'failed' ? status.message : null;
  });
