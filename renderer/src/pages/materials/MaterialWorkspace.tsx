import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialDetail, MaterialSaveResult } from '../../../../shared/domain/materials.ts';
import { wordingMatcher } from '../../../../shared/rules/wordingMatch.ts';
import { invoke } from '../../api.ts';
import { MaterialEditor } from '../../editor/MaterialEditor.tsx';
import { useChannel } from '../../useChannel.ts';
import { answerFlagsOf } from './answerFlags.ts';
import { MaterialNotices } from './MaterialNotices.tsx';
import { MaterialSaver } from './materialSaver.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import type { LatestSave } from './latestSave.ts';
import { SidePanels, type Panel } from './SidePanels.tsx';
import { useSaveStopped } from './saveStatusStore.ts';
import { useEditingLease } from './useEditingLease.ts';
import { ValueStore } from './valueStore.ts';

interface MaterialWorkspaceProps {
  readonly detail: MaterialDetail;
  readonly requestId: string;
  /** The material changed in a way the list of materials shows (cleared items, character count). */
  readonly onChanged: () => void;
  /** The material was replaced as a whole (a version restored, editing taken over). */
  readonly onReplaced: (detail: MaterialDetail) => void;
  readonly panel: Panel;
  readonly onPanel: (panel: Panel) => void;
}

/** One material: its editor, the autosave status, and the panels beside it. */
export function MaterialWorkspace({
  detail,
  requestId,
  onChanged,
  panel,
  onPanel,
  onReplaced,
}: MaterialWorkspaceProps) {
  const { t } = useTranslation();
  // A store, not state: a save while typing must not re-render the workspace (see SaveStatusLine).
  const [latest] = useState(
    () => new ValueStore<LatestSave>({ document: () => detail.document, hash: detail.contentHash }),
  );
  const [voidedAt, setVoidedAt] = useState(0);
  const onSaved = useCallback(
    (result: MaterialSaveResult, document: () => string) => {
      latest.set({ document, hash: result.contentHash });
      if (result.voidedSignOffs > 0 || result.approvalVoided) {
        setVoidedAt(Date.now());
        onChanged();
      }
    },
    [latest, onChanged],
  );
  const [saver] = useState(
    () =>
      new MaterialSaver(detail.id, detail.revision, onSaved, {
        hash: detail.contentHash,
        document: detail.document,
      }),
  );
  const lease = useEditingLease(detail.id, detail.lock, saver);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [wording] = useChannel('wording:list', {});
  const matcher = useMemo(
    () => wordingMatcher(wording.state === 'ready' ? wording.value : []),
    [wording],
  );
  const [extraUses, setExtraUses] = useState<MaterialDetail['libraryUses']>([]);
  const answerFlags = useMemo(
    () => answerFlagsOf([...detail.libraryUses, ...extraUses], t),
    [detail.libraryUses, extraUses, t],
  );

  // Not the whole status: the workspace (and the panels) must not re-render at every save.
  const stoppedByError = useSaveStopped(saver.status);
  const editable = detail.editable && !lease.lost && !stoppedByError;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saver]);

  async function takeOver() {
    await saver.flush();
    const result = await invoke('materials:takeOver', { materialId: detail.id });
    if (result.ok) onReplaced(result.value);
  }

  const kindName = t(`materials.kinds.${detail.kind}`);
  return (
    <div className="material-workspace">
      <header className="material-workspace__header">
        <h2>{kindName}</h2>
        <SaveStatusLine store={saver.status} />
      </header>
      <MaterialNotices
        detail={detail}
        lease={lease}
        saveStatus={saver.status}
        onTakeOver={() => void takeOver()}
      />
      <div className="material-workspace__body">
        <MaterialEditor
          initialDocument={detail.document}
          editable={editable}
          label={t('materials.editor.content', { kind: kindName })}
          allowQa={detail.kind === 'qa'}
          saveTarget={saver}
          wording={matcher}
          answerFlags={answerFlags}
          editorRef={editorRef}
        />
        <SidePanels
          detail={detail}
          requestId={requestId}
          latest={latest}
          voidedAt={voidedAt}
          editable={editable}
          matcher={matcher}
          editorRef={editorRef}
          saver={saver}
          onInsertedAnswer={(use) => setExtraUses((uses) => [...uses, use])}
          onReplaced={onReplaced}
          onChanged={onChanged}
          open={panel}
          onOpen={onPanel}
        />
      </div>
    </div>
  );
}
