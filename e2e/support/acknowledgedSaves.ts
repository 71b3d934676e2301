import type { APIResponse, Page, Route } from '@playwright/test';
import { contentHashOf } from '../../main/core/materials/materialLayout.ts';
import { plainTextOf } from '../../shared/lexical/materialBlocks.ts';
import {
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
  type SerializedNodeJson,
} from '../../shared/lexical/materialDocument.ts';
import {
  parseMaterialDocument,
  readMaterialDocument,
} from '../../shared/lexical/materialFormat.ts';

/** One autosave the server answered ok: the revision and content it acknowledged. */
export interface AcknowledgedSave {
  readonly revision: number;
  readonly contentHash: string;
  /** The document's plain text, as the request described it. */
  readonly text: string;
}

interface SaveRequest {
  readonly channel: string;
  readonly input: {
    readonly materialId: string;
    readonly document?: string;
    readonly baseHash?: string;
    readonly root?: string;
    readonly blocks?: readonly (number | string)[];
  };
}

interface SaveResponse {
  readonly ok: boolean;
  readonly value?: { readonly revision: number; readonly contentHash: string };
}

interface OpenResponse {
  readonly ok: boolean;
  readonly value?: { readonly id: string; readonly document: string; readonly contentHash: string };
}

const saveChannels = new Set(['materials:save', 'materials:saveChanges']);
/** Calls that give the page a material's stored content, which its next save may index. */
const openChannels = new Set(['materials:open', 'materials:takeOver']);

/**
 * What the server acknowledged of one material, as a page's autosaves reach it: every POST /rpc
 * of `materials:save` or `materials:saveChanges` that answered ok. The page's save requests go
 * through a route that sends them on to the server itself (the page gets the same answer, a moment
 * later), so an answer is recorded, and `onNextAcknowledged` runs, as soon as the server has sent
 * it. The document a save stood for is rebuilt from its request (a save of changes against the
 * content its base hash names — an acknowledged save, or what the page opened — as the server
 * rebuilds it) and checked against the content hash the server answered, so what is recorded is
 * exactly what the server said it had stored.
 */
export class AcknowledgedSaves {
  readonly #materialId: string;
  /** Top-level blocks of every content the page opened or saved, by content hash. */
  readonly #known = new Map<string, readonly SerializedNodeJson[]>();
  #last: AcknowledgedSave | null = null;
  #count = 0;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #problems: string[] = [];
  #onAcknowledged: (() => void) | null = null;
  /** Save requests seen so far, and how many had been seen when the callback was set. */
  #requestsSeen = 0;
  #armedAfter = 0;

  constructor(materialId: string) {
    this.#materialId = materialId;
  }

  /** The latest acknowledged save. */
  get last(): AcknowledgedSave | null {
    return this.#last;
  }

  get count(): number {
    return this.#count;
  }

  /** Requests that did not rebuild to what the server acknowledged (the record would be wrong). */
  get problems(): readonly string[] {
    return this.#problems;
  }

  /**
   * Called once, right after the next save sent from now on is acknowledged (to kill the server at
   * that moment); a save already in flight when it is set does not count, since it holds none of
   * what was typed since.
   */
  set onNextAcknowledged(callback: (() => void) | null) {
    this.#onAcknowledged = callback;
    this.#armedAfter = this.#requestsSeen;
  }

  /** Follows the page's saves from now on, and the content it opens (which its first save indexes). */
  async follow(page: Page): Promise<void> {
    await page.route(
      (url) => url.pathname === '/rpc',
      async (route) => {
        const sent = route.request().postData();
        const call = sent === null ? null : (JSON.parse(sent) as SaveRequest);
        if (call && openChannels.has(call.channel) && call.input.materialId === this.#materialId)
          return this.#forwardOpen(route);
        if (!call || !saveChannels.has(call.channel) || call.input.materialId !== this.#materialId)
          return route.continue();
        this.#requestsSeen += 1;
        const handled = this.#forward(route, call, this.#requestsSeen);
        this.#inFlight.add(handled);
        await handled.finally(() => this.#inFlight.delete(handled));
      },
    );
  }

  /** Resolves once every save sent so far has been answered or has failed. */
  async settled(): Promise<void> {
    await Promise.all(this.#inFlight);
  }

  async #forward(route: Route, call: SaveRequest, request: number): Promise<void> {
    await passOn(route, this.#problems, (body) =>
      this.#record(call, JSON.parse(body) as SaveResponse, request),
    );
  }

  /** Passes an opening call on, and keeps the content it gave the page. */
  async #forwardOpen(route: Route): Promise<void> {
    await passOn(route, this.#problems, (body) => {
      const opened = JSON.parse(body) as OpenResponse;
      if (!opened.ok || !opened.value) return;
      const document = parseMaterialDocument(opened.value.document);
      this.#known.set(opened.value.contentHash, document.editorState.root.children ?? []);
    });
  }

  #record(call: SaveRequest, answer: SaveResponse, request: number): void {
    if (!answer.ok || !answer.value) return;
    if (request > this.#armedAfter) {
      const callback = this.#onAcknowledged;
      this.#onAcknowledged = null;
      callback?.(); // before rebuilding the document, which takes a while for a long one
    }
    const document = this.#documentOf(call);
    const contentHash = contentHashOf(document);
    if (contentHash !== answer.value.contentHash) {
      this.#problems.push(`${call.channel} → revision ${answer.value.revision}: hash differs`);
    }
    this.#known.set(answer.value.contentHash, document.editorState.root.children ?? []);
    this.#last = {
      revision: answer.value.revision,
      contentHash: answer.value.contentHash,
      text: plainTextOf(document),
    };
    this.#count += 1;
  }

  #documentOf(call: SaveRequest): MaterialDocument {
    if (call.channel === 'materials:save') return parseMaterialDocument(call.input.document ?? '');
    // Against the content the base hash names: the page's last acknowledged save, or what it
    // opened (a window's first save indexes the blocks it opened).
    const base = this.#known.get(call.input.baseHash ?? '');
    const children = (call.input.blocks ?? []).map((block) => {
      if (typeof block !== 'number') return JSON.parse(block) as SerializedNodeJson;
      if (!base) throw new Error('a save of changes against content the page never had');
      const indexed = base[block];
      if (indexed === undefined)
        throw new Error(`a save of changes indexing block ${block} of ${base.length}`);
      return indexed;
    });
    return readMaterialDocument({
      format: materialFormatName,
      formatVersion: currentMaterialFormat,
      editorState: { root: { ...(JSON.parse(call.input.root ?? '{}') as object), children } },
    });
  }
}

/**
 * Sends a page's call on to the server and gives the page the server's answer, after `read` has
 * seen it (what `read` throws goes into `problems`). A server that died before answering is, for
 * the page, a failed connection.
 */
async function passOn(
  route: Route,
  problems: string[],
  read: (body: string) => void,
): Promise<void> {
  let answer: APIResponse;
  let body: string;
  try {
    answer = await route.fetch();
    body = await answer.text();
  } catch {
    await route.abort('connectionfailed').catch(() => undefined);
    return;
  }
  try {
    read(body);
  } catch (error) {
    problems.push(String(error));
  }
  await route.fulfill({ response: answer, body }).catch(() => undefined);
}
