import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { editorStateText } from '../materialDocumentState.ts';
import { materialNodes } from '../materialNodes.ts';

declare global {
  interface Window {
    /** The saved material the bare editor opens (set by the benchmark before the page loads). */
    __benchDocument?: string;
    /** Milliseconds to serialise the whole document the way Lexical does by default. */
    __benchSerialize?: () => number;
  }
}

/**
 * The benchmark's baseline: Lexical with rich text and history, holding the same content (so the
 * same node classes), and nothing of the workbench: no toolbar, plugins, theme or autosave.
 */
export function BareEditor() {
  const editorRef = useRef<LexicalEditor | null>(null);
  const [initialConfig] = useState(() => ({
    namespace: 'bare',
    nodes: [...materialNodes],
    editorState: editorStateText(window.__benchDocument ?? ''),
    onError: (error: Error) => {
      throw error;
    },
  }));
  useEffect(() => {
    window.__benchSerialize = () => {
      const started = performance.now();
      JSON.stringify(editorRef.current?.getEditorState().toJSON());
      return performance.now() - started;
    };
  }, []);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable aria-label="bare Lexical" style={{ padding: '2rem', outline: 'none' }} />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <EditorRefPlugin editorRef={editorRef} />
    </LexicalComposer>
  );
}
