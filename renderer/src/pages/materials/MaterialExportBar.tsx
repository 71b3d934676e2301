import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialKind } from '../../../../shared/domain/materials.ts';
import type { NewMediaText } from '../../../../shared/rules/newMediaText.ts';
import { invoke } from '../../api.ts';
import { ExportedNotice } from '../../components/ExportedNotice.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';

interface MaterialExportBarProps {
  readonly materialId: string;
  readonly kind: MaterialKind;
  /** Whether the event is approved: main still checks the content against what was approved. */
  readonly approved: boolean;
  /** Called after an export, so the event's export history shows it. */
  readonly onExported?: () => void;
}

type Busy = 'final' | 'draft' | 'newMedia' | null;

/** Word export of a material (the approved paper or a marked draft) and the new-media text. */
export function MaterialExportBar({
  materialId,
  kind,
  approved,
  onExported,
}: MaterialExportBarProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [newMedia, setNewMedia] = useState<NewMediaText | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  async function exportWord(draft: boolean) {
    setBusy(draft ? 'draft' : 'final');
    setError(null);
    setExported(null);
    const result = await invoke('materials:exportDocument', { materialId, draft });
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setExported(result.value.fileName);
    onExported?.();
  }

  async function showNewMedia() {
    setBusy('newMedia');
    setError(null);
    const result = await invoke('materials:newMediaText', { materialId });
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    setNewMedia(result.value);
  }

  const label = (which: Exclude<Busy, null>, text: string) =>
    busy === which ? t('materials.export.working') : text;

  return (
    <div className="materials__export" role="group" aria-label={t('materials.export.label')}>
      <div className="actions">
        <button
          type="button"
          className="button button--small"
          aria-busy={busy === 'final'}
          disabled={busy !== null}
          title={approved ? undefined : t('materials.export.notApprovedHint')}
          onClick={() => void exportWord(false)}
        >
          {label('final', t('materials.export.final'))}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-busy={busy === 'draft'}
          disabled={busy !== null}
          onClick={() => void exportWord(true)}
        >
          {label('draft', t('materials.export.draft'))}
        </button>
        {kind === 'pressRelease' && (
          <button
            type="button"
            className="button button--small button--quiet"
            aria-busy={busy === 'newMedia'}
            disabled={busy !== null}
            onClick={() => void showNewMedia()}
          >
            {label('newMedia', t('materials.export.newMedia'))}
          </button>
        )}
      </div>
      <ErrorMessage message={error} />
      {exported && <ExportedNotice fileName={exported} />}
      {newMedia && <NewMediaPanel text={newMedia} onClose={() => setNewMedia(null)} />}
    </div>
  );
}

function NewMediaPanel({
  text,
  onClose,
}: {
  readonly text: NewMediaText;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section className="materials__new-media" aria-label={t('materials.export.newMediaTitle')}>
      <h3>{t('materials.export.newMediaTitle')}</h3>
      <p className="muted">
        {t('materials.export.counts', {
          characters: text.characterCount,
          weibo: text.weiboLength,
          count: text.characterCount,
        })}
      </p>
      {text.warnings.map((warning) => (
        <p key={warning} className="notice notice--warning" role="alert">
          {warning}
        </p>
      ))}
      <textarea
        readOnly
        rows={12}
        value={text.text}
        aria-label={t('materials.export.newMediaTitle')}
      />
      <div className="actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void navigator.clipboard.writeText(text.text).then(() => setCopied(true))}
        >
          {copied ? t('materials.export.copied') : t('materials.export.copy')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('materials.export.close')}
        </button>
      </div>
    </section>
  );
}
