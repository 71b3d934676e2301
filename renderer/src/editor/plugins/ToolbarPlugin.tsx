import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  $selectedBlockKind,
  blockKinds,
  INSERT_QA_COMMAND,
  SET_BLOCK_COMMAND,
  type BlockKind,
} from '../editorCommands.ts';

const formats = ['bold', 'italic', 'underline'] as const satisfies readonly TextFormatType[];
const formatKeys: Readonly<Record<string, string>> = { bold: 'B', italic: 'I', underline: 'U' };

/** The editor's toolbar: block style, emphasis, lists, table, question, undo and redo. */
export function ToolbarPlugin({ allowQa }: { readonly allowQa: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [active, setActive] = useState<string>('');
  const [block, setBlock] = useState<BlockKind | 'list' | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(editor.isEditable());

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            setActive(
              $isRangeSelection(selection)
                ? formats.filter((format) => selection.hasFormat(format)).join(' ')
                : '',
            );
            setBlock($selectedBlockKind());
          });
        }),
        editor.registerEditableListener(setEditable),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const shortcut = (key: string) => t('materials.editor.shortcut', { key });
  return (
    <div className="mat-toolbar" role="toolbar" aria-label={t('materials.editor.toolbar')}>
      <label className="mat-toolbar__select">
        <span className="visually-hidden">{t('materials.editor.blockStyle')}</span>
        <select
          aria-label={t('materials.editor.blockStyle')}
          disabled={!editable}
          value={block === null || block === 'list' ? '' : block}
          onChange={(event) =>
            editor.dispatchCommand(SET_BLOCK_COMMAND, event.target.value as BlockKind)
          }
        >
          {block === 'list' && <option value="">{t('materials.editor.blocks.list')}</option>}
          {blockKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`materials.editor.blocks.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className={`mat-tool mat-tool--${format}`}
          aria-pressed={active.split(' ').includes(format)}
          disabled={!editable}
          title={`${t(`materials.editor.${format}`)}${t('punctuation.bracketed', { text: shortcut(formatKeys[format] ?? '') })}`}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {t(`materials.editor.${format}`)}
        </button>
      ))}
      <span className="mat-toolbar__gap" />
      <button
        type="button"
        className="mat-tool"
        disabled={!editable}
        title={`${t('materials.editor.orderedList')}${t('punctuation.bracketed', { text: 'Ctrl+Shift+7' })}`}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        {t('materials.editor.orderedList')}
      </button>
      <button
        type="button"
        className="mat-tool"
        disabled={!editable}
        title={`${t('materials.editor.bulletList')}${t('punctuation.bracketed', { text: 'Ctrl+Shift+8' })}`}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        {t('materials.editor.bulletList')}
      </button>
      <button
        type="button"
        className="mat-tool"
        disabled={!editable}
        onClick={() =>
          editor.dispatchCommand(INSERT_TABLE_COMMAND, {
            rows: '3',
            columns: '3',
            includeHeaders: { rows: true, columns: false },
          })
        }
      >
        {t('materials.editor.table')}
      </button>
      {allowQa && (
        <button
          type="button"
          className="mat-tool"
          disabled={!editable}
          title={`${t('materials.editor.addQa')}${t('punctuation.bracketed', { text: 'Ctrl+Alt+Q' })}`}
          onClick={() => editor.dispatchCommand(INSERT_QA_COMMAND, {})}
        >
          {t('materials.editor.addQa')}
        </button>
      )}
      <span className="mat-toolbar__gap" />
      <button
        type="button"
        className="mat-tool"
        disabled={!editable || !canUndo}
        title={`${t('materials.editor.undo')}${t('punctuation.bracketed', { text: shortcut('Z') })}`}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        {t('materials.editor.undo')}
      </button>
      <button
        type="button"
        className="mat-tool"
        disabled={!editable || !canRedo}
        title={`${t('materials.editor.redo')}${t('punctuation.bracketed', { text: shortcut('Y') })}`}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        {t('materials.editor.redo')}
      </button>
    </div>
  );
}
