import { useSyncExternalStore } from 'react';

export type SaveStatus =
  | { readonly kind: 'idle' | 'unsaved' | 'saving' | 'retrying' | 'composing' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

/**
 * The autosave status lives outside React state, so only the status line re-renders when it
 * changes; the editor and the panels around it do not.
 */
export class SaveStatusStore {
  #status: SaveStatus = { kind: 'idle' };
  readonly #listeners = new Set<() => void>();

  get = (): SaveStatus => this.#status;

  set(status: SaveStatus): void {
    if (status.kind === this.#status.kind && status.kind !== 'saved' && status.kind !== 'failed')
      return;
    this.#status = status;
    this.#listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

export const useSaveStatus = (store: SaveStatusStore): SaveStatus =>
  useSyncExternalStore(store.subscribe, store.get);

/** Whether saving stopped for good; a component using it re-renders only when that flips. */
export const useSaveStopped = (store: SaveStatusStore): boolean =>
  useSyncExternalStore(store.subscribe, () => store.get().kind === 'failed');
