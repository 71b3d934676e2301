import type { LexicalEditor } from 'lexical';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryAnswerUse, MaterialDetail } from '../../../../shared/domain/materials.ts';
import type { WordingMatcher } from '../../../../shared/rules/wordingMatch.ts';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { ConsistencyPanel } from './ConsistencyPanel.tsx';
import type { LatestSaveStore } from './latestSave.ts';
import { LibraryPanel } from './LibraryPanel.tsx';
import type { MaterialSaver } from './materialSaver.ts';
import { VersionsPanel } from './VersionsPanel.tsx';
import { WordingPanel } from './WordingPanel.tsx';

export const panels = ['checklist', 'wording', 'versions', 'consistency', 'library'] as const;
export type Panel = (typeof panels)[number];

interface SidePanelsProps {
  readonly detail: MaterialDetail;
  readonly requestId: string;
  /** The document as last saved, and its hash. */
  readonly latest: LatestSaveStore;
  /** When a save last voided sign-offs (the checklist reloads). */
  readonly voidedAt: number;
  readonly editable: boolean;
  readonly matcher: WordingMatcher;
  readonly editorRef: RefObject<LexicalEditor | null>;
  readonly saver: MaterialSaver;
  readonly onInsertedAnswer: (use: LibraryAnswerUse) => void;
  readonly onReplaced: (detail: MaterialDetail) => void;
  readonly onChanged: () => void;
  /** The open panel, kept by the caller so it stays open when the material is replaced. */
  readonly open: Panel;
  readonly onOpen: (panel: Panel) => void;
}

/** The tools beside the editor; only the open panel is rendered, so typing does not feed the others. */
export function SidePanels(props: SidePanelsProps) {
  const { t } = useTranslation();
  const shown = panels.filter((panel) => panel !== 'library' || props.detail.kind === 'qa');
  const { open, onOpen: setOpen } = props;
  return (
    <aside className="material-side">
      <div role="tablist" aria-label={t('materials.panels.label')} className="material-side__tabs">
        {shown.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            aria-selected={open === panel}
            className="material-side__tab"
            onClick={() => setOpen(panel)}
          >
            {t(`materials.panels.${panel}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        aria-label={t(`materials.panels.${open}`)}
        className="material-side__panel"
      >
        {open === 'checklist' && (
          <ChecklistPanel
            materialId={props.detail.id}
            latest={props.latest}
            refreshKey={props.voidedAt}
            onSigned={props.onChanged}
            beforeSign={() => props.saver.flush()}
          />
        )}
        {open === 'wording' && <WordingPanel latest={props.latest} matcher={props.matcher} />}
        {open === 'versions' && (
          <VersionsPanel
            detail={props.detail}
            editable={props.editable}
            saver={props.saver}
            onRestored={props.onReplaced}
          />
        )}
        {open === 'consistency' && (
          <ConsistencyPanel requestId={props.requestId} beforeCheck={() => props.saver.flush()} />
        )}
        {open === 'library' && (
          <LibraryPanel
            editable={props.editable}
            editorRef={props.editorRef}
            onInserted={props.onInsertedAnswer}
          />
        )}
      </div>
    </aside>
  );
}
