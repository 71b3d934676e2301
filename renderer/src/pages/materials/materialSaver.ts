import type { NodeKey } from 'lexical';
import type { MaterialSaveResult } from '../../../../shared/domain/materials.ts';
import { invoke } from '../../api.ts';
import { documentTextOf, type DocumentParts } from '../../editor/materialDocumentState.ts';
import { whenIdleAfter } from '../../editor/whenIdleAfter.ts';
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

/** This window's last save, which the next one sends its changes against. */
interface SavedBase {
  readonly hash: string;
  readonly indexByKey: ReadonlyMap<NodeKey, number>;
  readonly blocks: readonly string[];
}

const baseOf = (parts: DocumentParts, hash: string): SavedBase => ({
  hash,
  indexByKey: new Map(parts.keys.map((key, index) => [key, index])),
  blocks: parts.blocks,
});

/** Each block as the index of the same block in the base, or as its text when it is new or changed. */
function changesSince(base: SavedBase, parts: DocumentParts): (number | string)[] {
  return parts.blocks.map((text, index) => {
    const before = base.indexByKey.get(parts.keys[index] ?? '');
    return before !== undefined && base.blocks[before] === text ? before : text;
  });
}

/**
 * Saves one material as it is typed: a save starts `saveDelayMs` after the first unsaved change,
 * in the first idle moment after it (so during continuous typing one save runs about every half
 * second, between keystrokes' frames), saves run one at a time with the revision the last one
 * returned, and a blur or closing the window saves at once.
 * A save never runs in the middle of an input method's composition; it waits for the commit.
 * Saves send only the blocks that changed since the last save (materials:saveChanges), so a
 * keystroke in a long material sends one paragraph. The first sends every block against the
 * content the window opened (`openedHash`): the core recognises the blocks it stored before
 * without reading them again. Should that content no longer be stored, the whole document goes.
 */
export class MaterialSaver implements SaveTarget {
  readonly status = new SaveStatusStore();
  readonly #materialId: string;
  readonly #onSaved: (result: MaterialSaveResult, document: () => string) => void;
  #revision: number;
  #parts: (() => DocumentParts) | null = null;
  #base: SavedBase | null = null;
  #isComposing: () => boolean = () => false;
  #dirty = false;
  #cancelScheduled: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #stopped = false;

  constructor(
    materialId: string,
    revision: number,
    onSaved: (result: MaterialSaveResult, document: () => string) => void,
    openedHash?: string,
  ) {
    this.#materialId = materialId;
    this.#revision = revision;
    this.#onSaved = onSaved;
    if (openedHash) this.#base = { hash: openedHash, indexByKey: new Map(), blocks: [] };
  }

  get revision(): number {
    return this.#revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.#dirty || this.#running !== null;
  }

  changed(parts: () => DocumentParts, isComposing: () => boolean): void {
    this.#parts = parts;
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
    if (this.#cancelScheduled) return;
    // In idle time once the delay is over, so a save never starts inside a keystroke's frame.
    this.#cancelScheduled = whenIdleAfter(delay, () => {
      this.#cancelScheduled = null;
      void this.flush();
    });
  }

  /** Saves now (after a save already running); resolves when the document is saved or cannot be. */
  async flush(): Promise<void> {
    this.#cancelScheduled?.();
    this.#cancelScheduled = null;
    while (this.#running) await this.#running;
    if (!this.#dirty || this.#stopped || !this.#parts) return;
    if (this.#isComposing()) {
      this.status.set({ kind: 'composing' });
      this.#schedule(composingRetryMs);
      return;
    }
    this.#running = this.#save(this.#parts);
    await this.#running;
    this.#running = null;
    if (this.#dirty && !this.#stopped) this.#schedule(saveDelayMs);
  }

  async #save(partsOf: () => DocumentParts): Promise<void> {
    this.#dirty = false;
    const started = performance.now();
    const parts = partsOf();
    const base = this.#base;
    const changes = base ? changesSince(base, parts) : null;
    // Visible in the browser's performance timeline (and read by the editor benchmark).
    performance.measure('material-serialize', { start: started, end: performance.now() });
    this.status.set({ kind: 'saving' });
    const target = { materialId: this.#materialId, revision: this.#revision };
    const result =
      base && changes
        ? await invoke('materials:saveChanges', {
            ...target,
            baseHash: base.hash,
            root: parts.root,
            blocks: changes,
          })
        : await invoke('materials:save', {
            ...target,
            document: documentTextOf(parts),
          });
    if (result.ok) {
      this.#revision = result.value.revision;
      this.#base = baseOf(parts, result.value.contentHash);
      this.status.set(
        this.#dirty ? { kind: 'unsaved' } : { kind: 'saved', at: result.value.savedAt },
      );
      // The whole text only if a panel asks for it: joining a long document costs milliseconds.
      let text: string | undefined;
      this.#onSaved(result.value, () => (text ??= documentTextOf(parts)));
      return;
    }
    this.#dirty = true;
    if (result.error.code === 'stale_base') {
      // The stored content is not this window's last save after all: send the whole document.
      this.#base = null;
      this.#schedule(0);
      return;
    }
    if (finalErrors.has(result.error.code)) {
      this.#stopped = true;
      this.status.set({ kind: 'failed', code: result.error.code, message: result.error.message });
      return;
    }
    this.status.set({ kind: 'retrying' });
    this.#schedule(offlineRetryMs);
  }
}
