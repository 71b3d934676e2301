import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { qaFieldNames, type QaFieldName } from '../../../shared/lexical/materialDocument.ts';
import type { WordingMatcher } from '../../../shared/rules/wordingMatch.ts';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { editorStateText } from './materialDocumentState.ts';
import { materialNodes } from './materialNodes.ts';
import { materialTheme } from './materialTheme.ts';
import { AutosavePlugin, type SaveTarget } from './plugins/AutosavePlugin.tsx';
import { CharacterCountPlugin } from './plugins/CharacterCountPlugin.tsx';
import { ExpiredAnswersPlugin } from './plugins/ExpiredAnswersPlugin.tsx';
import { MaterialBehaviourPlugin } from './plugins/MaterialBehaviourPlugin.tsx';
import { PastePlugin } from './plugins/PastePlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';
import { WordingHighlightPlugin } from './plugins/WordingHighlightPlugin.tsx';

export interface MaterialEditorProps {
  /** The saved document (any known format) the editor starts from; later changes are ignored. */
  readonly initialDocument: string;
  readonly editable: boolean;
  /** Accessible name of the text area, e.g. “发布辞正文”. */
  readonly label: string;
  readonly allowQa: boolean;
  readonly saveTarget?: SaveTarget;
  readonly wording?: WordingMatcher;
  readonly answerFlags?: ReadonlyMap<string, string>;
  readonly editorRef?: RefObject<LexicalEditor | null>;
}

function EditableSync({ editable }: { readonly editable: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

/**
 * The briefing-material editor. Its props must stay stable while typing (memo): whatever the page
 * around it re-renders, the editable DOM is never rebuilt, so an input method's composition is
 * never interrupted.
 */
export const MaterialEditor = memo(function MaterialEditor(props: MaterialEditorProps) {
  const { t } = useTranslation();
  const marksLayer = useRef<HTMLDivElement>(null);
  const [initialConfig] = useState(() => ({
    namespace: 'material',
    nodes: [...materialNodes],
    theme: materialTheme(
      Object.fromEntries(qaFieldNames.map((name) => [name, t(`materials.qa.${name}`)])) as Record<
        QaFieldName,
        string
      >,
    ),
    editable: props.editable,
    editorState: editorStateText(props.initialDocument),
    onError: (error: Error) => {
      throw error;
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="mat-editor">
        <ToolbarPlugin allowQa={props.allowQa} />
        {/* Read-only, the text is not focusable: the page itself takes focus so the keyboard
            can scroll a long material. */}
        <div className="mat-page" {...(props.editable ? {} : { tabIndex: 0 })}>
          {props.wording && <div ref={marksLayer} className="mat-marks" aria-hidden="true" />}
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="mat-content"
                aria-label={props.label}
                spellCheck={false}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <div className="mat-statusbar">
          <CharacterCountPlugin />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <MaterialBehaviourPlugin />
      <PastePlugin />
      <EditableSync editable={props.editable} />
      {props.saveTarget && <AutosavePlugin target={props.saveTarget} />}
      {props.wording && <WordingHighlightPlugin matcher={props.wording} layer={marksLayer} />}
      {props.answerFlags && <ExpiredAnswersPlugin flags={props.answerFlags} />}
      {props.editorRef && <EditorRefPlugin editorRef={props.editorRef} />}
    </LexicalComposer>
  );
});
