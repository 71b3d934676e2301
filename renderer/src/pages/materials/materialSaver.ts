import type { MaterialSaveResult } from '../../../../shared/domain/materials.ts';
import { invokeInBackground } from '../../api.ts';
import type { SaveTarget } from '../../editor/plugins/AutosavePlugin.tsx';
import { SaveStatusStore } from './saveStatusStore.ts';

/** How soon after a change the document is saved while typing goes on: at most this much is lost. */
export const saveDelayMs = 400;
const composingRetryMs = 250;
const offlineRetryMs = 1000;

/** Errors after which saving stops: the document changed elsewhere, or editing is not allowed now. */
const finalErrors = new Set([
  'conflict',
  'edited_elsewhere',
  'forbidden',
  'invalid_document',
  'not_found',
]);

/**
 * Saves one material as it is typed: a save starts `saveDelayMs` after the first unsaved change
 * (so during continuous typing one save runs about every half second), saves run one at a time
 * with the revision the last one returned, and a blur or closing the window saves at once.
 * A save never runs in the middle of an input method's composition; it waits for the commit.
 */
export class MaterialSaver implements SaveTarget {
  readonly status = new SaveStatusStore();
  readonly #materialId: string;
  readonly #onSaved: (result: MaterialSaveResult, document: string) => void;
  #revision: number;
  #serialize: (() => string) | null = null;
  #isComposing: () => boolean = () => false;
  #dirty = false;
  #timer: number | undefined;
  #running: Promise<void> | null = null;
  #stopped = false;

  constructor(
    materialId: string,
    revision: number,
    onSaved: (result: MaterialSaveResult, document: string) => void,
  ) {
    this.#materialId = materialId;
    this.#revision = revision;
    this.#onSaved = onSaved;
  }

  get revision(): number {
    return this.#revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.#dirty || this.#running !== null;
  }

  changed(serialize: () => string, isComposing: () => boolean): void {
    this.#serialize = serialize;
    this.#isComposing = isComposing;
    this.#dirty = true;
    if (this.#stopped) return;
    this.status.set({ kind: 'unsaved' });
    this.#schedule(saveDelayMs);
  }

  blurred(): void {
    void this.flush();
  }

  #schedule(delay: number): void {
    if (this.#timer !== undefined) return;
    this.#timer = window.setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
  }

  /** Saves now (after a save already running); resolves when the document is saved or cannot be. */
  async flush(): Promise<void> {
    window.clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#running) await this.#running;
    if (!this.#dirty || this.#stopped || !this.#serialize) return;
    if (this.#isComposing()) {
      this.status.set({ kind: 'composing' });
      this.#schedule(composingRetryMs);
      return;
    }
    this.#running = this.#save(this.#serialize);
    await this.#running;
    this.#running = null;
    if (this.#dirty && !this.#stopped) this.#schedule(saveDelayMs);
  }

  async #save(serialize: () => string): Promise<void> {
    this.#dirty = false;
    const started = performance.now();
    const document = serialize();
    // Visible in the browser's performance timeline (and read by the editor benchmark).
    performance.measure('material-serialize', { start: started, end: performance.now() });
    this.status.set({ kind: 'saving' });
    const result = await invokeInBackground('materials:save', {
      materialId: this.#materialId,
      revision: this.#revision,
      document,
    });
    if (result.ok) {
      this.#revision = result.value.revision;
      this.status.set(
        this.#dirty ? { kind: 'unsaved' } : { kind: 'saved', at: result.value.savedAt },
      );
      this.#onSaved(result.value, document);
      return;
    }
    this.#dirty = true;
    if (finalErrors.has(result.error.code)) {
      this.#stopped = true;
      this.status.set({ kind: 'failed', code: result.error.code, message: result.error.message });
      return;
    }
    this.status.set({ kind: 'retrying' });
    this.#schedule(offlineRetryMs);
  }
}
