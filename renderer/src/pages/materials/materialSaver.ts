import type { NodeKey } from 'lexical';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
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
/**
 * 已保存 shows once typing has paused this long; while it goes on, the status stays at 未保存
 * even between saves. Each change of the status line costs a frame in which Chromium reads the
 * whole editable text (SaveStatusLine): flipping it at every save while typing raised the
 * keystrokes' p95 main-thread work by a tenth in a long material (issue 18's editor bench).
 */
const savedShownAfterPauseMs = 1000;

/** Errors after which saving stops: the document changed elsewhere, or editing is not allowed now. */
const finalErrors = new Set([
  'conflict',
  'edited_elsewhere',
  'forbidden',
  'invalid_document',
  'not_found',
]);

/** This window's last save (or the content it opened), which the next save sends its changes against. */
interface SavedBase {
  readonly hash: string;
  readonly indexByKey: ReadonlyMap<NodeKey, number>;
  readonly blocks: readonly string[];
}

/** The stored content a window opened: its hash, and the document as it came. */
export interface OpenedContent {
  readonly hash: string;
  readonly document: string;
}

/** Each top-level block of a stored document as canonical JSON (keys in order), or null. */
function storedBlocks(document: string): string[] | null {
  try {
    const parsed = JSON.parse(document) as { editorState?: { root?: { children?: unknown } } };
    const children = parsed.editorState?.root?.children;
    return Array.isArray(children) ? children.map((child) => canonicalJson(child)) : null;
  } catch {
    return null;
  }
}

/**
 * The opened content as a base: the editor's blocks that read back as the stored ones were (the
 * same JSON, whatever the order of its keys: the core hashes blocks as canonical JSON) go by
 * their index in the stored layout; the others (which the editor wrote differently) go as text.
 */
function openedBase(opened: OpenedContent, parts: DocumentParts): SavedBase {
  const stored = storedBlocks(opened.document) ?? [];
  const indexByKey = new Map<NodeKey, number>();
  parts.keys.forEach((key, index) => {
    const block = parts.blocks[index];
    if (block === undefined || stored[index] === undefined) return;
    if (stored[index] === canonicalJson(JSON.parse(block))) indexByKey.set(key, index);
  });
  return { hash: opened.hash, indexByKey, blocks: parts.blocks };
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
 * keystroke in a long material sends one paragraph. The first does the same against the content
 * the window opened (`opened`): once the editor has read it (`opened(parts)`, in idle time), the
 * blocks it holds as they were stored go by index, so a window's first save is as small as any
 * other; before that, every block goes as text and the core recognises those it stored before.
 * Should the opened content no longer be stored, the whole document goes.
 */
export class MaterialSaver implements SaveTarget {
  readonly status = new SaveStatusStore();
  readonly #materialId: string;
  readonly #onSaved: (result: MaterialSaveResult, document: () => string) => void;
  #revision: number;
  #parts: (() => DocumentParts) | null = null;
  #base: SavedBase | null = null;
  #opened: OpenedContent | null = null;
  #isComposing: () => boolean = () => false;
  #dirty = false;
  #cancelScheduled: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #stopped = false;
  #lastChangeAt = 0;
  #savedShownTimer: number | undefined;

  constructor(
    materialId: string,
    revision: number,
    onSaved: (result: MaterialSaveResult, document: () => string) => void,
    opened?: OpenedContent,
  ) {
    this.#materialId = materialId;
    this.#revision = revision;
    this.#onSaved = onSaved;
    this.#opened = opened ?? null;
    if (opened) this.#base = { hash: opened.hash, indexByKey: new Map(), blocks: [] };
  }

  /** The editor has read the opened content: its blocks as they are now, before any change. */
  opened(parts: DocumentParts): void {
    const opened = this.#opened;
    this.#opened = null;
    if (!opened) return;
    // Comparing every block costs a parse of the document: in idle time, not while opening.
    whenIdleAfter(0, () => {
      const base = this.#base;
      const noSaveYet = base?.hash === opened.hash && base.blocks.length === 0;
      if (noSaveYet && !this.#running) this.#base = openedBase(opened, parts);
    });
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
    this.#lastChangeAt = performance.now();
    window.clearTimeout(this.#savedShownTimer);
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

  /** 已保存 at once if typing has paused, else once it has paused `savedShownAfterPauseMs`. */
  #showSaved(at: string): void {
    const wait = this.#lastChangeAt + savedShownAfterPauseMs - performance.now();
    if (wait <= 0) {
      this.status.set({ kind: 'saved', at });
      return;
    }
    this.status.set({ kind: 'unsaved' });
    this.#savedShownTimer = window.setTimeout(() => {
      if (!this.#dirty && !this.#running && !this.#stopped) this.status.set({ kind: 'saved', at });
    }, wait);
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
      if (this.#dirty) this.status.set({ kind: 'unsaved' });
      else this.#showSaved(result.value.savedAt);
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
