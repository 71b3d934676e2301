import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { showExportedIpcChannel, trackExportedFiles, type SavedDownload } from './exportedFiles.ts';
import type { SenderFrame } from './navigationPolicy.ts';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const appFrame: SenderFrame = { url: 'app://bundle/index.html', parent: null };

function setUp() {
  let onDownload: ((event: unknown, item: SavedDownload) => void) | undefined;
  const handlers = new Map<string, Handler>();
  const shown: string[] = [];
  trackExportedFiles(
    {
      on: (_event, listener) => {
        onDownload = listener;
      },
    },
    {
      handle: (channel: string, listener: Handler) => {
        handlers.set(channel, listener);
      },
    },
    (path) => shown.push(path),
  );
  const download = (fileName: string, savePath: string, state: string) => {
    let done: ((event: unknown, state: string) => void) | undefined;
    onDownload?.(
      {},
      {
        getFilename: () => fileName,
        getSavePath: () => savePath,
        once: (_event, listener) => {
          done = listener;
        },
      },
    );
    done?.({}, state);
  };
  const ask = (frame: SenderFrame | null, fileName: unknown) =>
    handlers.get(showExportedIpcChannel)?.(
      { senderFrame: frame } as unknown as IpcMainInvokeEvent,
      fileName,
    );
  return { download, ask, shown };
}

describe('打开所在文件夹', () => {
  it('shows a file this run saved, by the name the export gave it', () => {
    const { download, ask, shown } = setUp();
    download('20261211-县教育体育局-新闻通稿.docx', '/home/user/文档/新闻通稿.docx', 'completed');
    expect(ask(appFrame, '20261211-县教育体育局-新闻通稿.docx')).toBe(true);
    expect(shown).toEqual(['/home/user/文档/新闻通稿.docx']);
  });

  it.each([
    ['a cancelled save', 'cancelled', appFrame, 'a.docx'],
    ['a file never saved', 'completed', appFrame, 'other.docx'],
    ['a name that is not a string', 'completed', appFrame, 42],
    ['a foreign page', 'completed', { url: 'https://evil.example/', parent: null }, 'a.docx'],
  ])('shows nothing for %s', (_name, state, frame, fileName) => {
    const { download, ask, shown } = setUp();
    download('a.docx', '/tmp/a.docx', state);
    expect(ask(frame, fileName)).toBe(false);
    expect(shown).toEqual([]);
  });
});
