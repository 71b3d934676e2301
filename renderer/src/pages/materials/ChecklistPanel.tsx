import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemStatus, SignOff } from '../../../../shared/domain/materialClearance.ts';
import { editorOfVoidReason } from '../../../../shared/domain/signOffVoidReason.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import type { LatestSaveStore } from './latestSave.ts';
import { SignDialog } from './SignDialog.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';

/** After an edit the checklist is read again once typing pauses this long, not at every autosave. */
const settleMs = 1500;

interface ChecklistPanelProps {
  readonly materialId: string;
  /** The document as last saved: the checklist is read again once saves pause. */
  readonly latest: LatestSaveStore;
  readonly refreshKey: number;
  readonly onSigned: () => void;
  readonly beforeSign: () => Promise<void>;
}

/** The clearance checklist of one material: who signed what, for which version, and what is void. */
export function ChecklistPanel({
  materialId,
  latest,
  refreshKey,
  onSigned,
  beforeSign,
}: ChecklistPanelProps) {
  const { t } = useTranslation();
  const canClear = useCan('materials.clear');
  const [checklist, reload] = useChannel('materials:checklist', { materialId });
  const [signing, setSigning] = useState<ChecklistItemStatus | null>(null);
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [reload, refreshKey]);
  // Subscribed, not a prop: a save while typing re-renders nothing (see SaveStatusLine).
  useEffect(() => {
    let shownHash = latest.get().hash;
    let timer: number | undefined;
    const unsubscribe = latest.subscribe(() => {
      window.clearTimeout(timer);
      if (latest.get().hash === shownHash) return;
      timer = window.setTimeout(() => {
        shownHash = latest.get().hash;
        reload();
      }, settleMs);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [latest, reload]);

  if (checklist.state === 'loading') return null;
  if (checklist.state === 'failed') return <ErrorMessage message={checklist.error.message} />;
  const forbidden = checklist.value.wordingHits.filter((hit) => hit.kind === 'forbidden');
  return (
    <div className="checklist">
      {forbidden.length > 0 && (
        <p className="warning" role="note">
          {t('materials.wording.blocks', {
            words: forbidden.map((hit) => `“${hit.word}”`).join(t('punctuation.listSeparator')),
          })}
        </p>
      )}
      <ul className="checklist__items">
        {checklist.value.items.map((status) => (
          <li
            key={status.item.id}
            className={status.applies ? 'checklist__item' : 'checklist__item checklist__item--off'}
          >
            <div className="checklist__head">
              <strong>{status.item.label}</strong>
              <span className={status.item.required ? 'badge badge--pending' : 'badge'}>
                {status.applies
                  ? t(
                      status.item.required
                        ? 'materials.checklist.required'
                        : 'materials.checklist.recommended',
                    )
                  : t('materials.checklist.notApplicable')}
              </span>
              {status.current && (
                <span className="badge badge--good">{t('materials.checklist.done')}</span>
              )}
            </div>
            <p className="muted checklist__guidance">{status.item.guidance}</p>
            {status.current && <SignOffLine signOff={status.current} materialId={materialId} />}
            {status.voided.map((signOff) => (
              <SignOffLine key={signOff.id} signOff={signOff} materialId={materialId} voided />
            ))}
            {canClear &&
              status.applies &&
              !status.current &&
              (status.refusal ? (
                <p className="muted checklist__refusal">{status.refusal}</p>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setSigning(status)}
                >
                  {t('materials.checklist.sign')}
                </button>
              ))}
          </li>
        ))}
      </ul>
      {signing && (
        <SignDialog
          materialId={materialId}
          status={signing}
          contentHash={checklist.value.contentHash}
          beforeSign={beforeSign}
          onClose={() => setSigning(null)}
          onSigned={() => {
            setSigning(null);
            reload();
            onSigned();
          }}
        />
      )}
    </div>
  );
}

function SignOffLine({
  signOff,
  materialId,
  voided = false,
}: {
  readonly signOff: SignOff;
  readonly materialId: string;
  readonly voided?: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [error, setError] = useState<string | null>(null);
  const voidText = ({ voidedReason, voidedAt }: SignOff) => {
    const editor = editorOfVoidReason(voidedReason ?? '');
    return editor
      ? t('materials.checklist.voidedByEdit', { name: editor, time: dates.dayTime(voidedAt) })
      : t('materials.checklist.voided', { reason: voidedReason ?? '' });
  };
  async function download(sha256: string) {
    const result = await invoke('materials:evidence', { materialId, sha256 });
    if (result.ok) saveExportedFile(result.value);
    else setError(result.error.message);
  }
  return (
    <div className={voided ? 'signoff signoff--void' : 'signoff'}>
      <span>
        {t('materials.checklist.signedBy', {
          name: signOff.signedByName,
          time: dates.dayTime(signOff.signedAt),
          version: signOff.versionNumber,
        })}
      </span>
      {signOff.note && <span className="signoff__note">{signOff.note}</span>}
      {signOff.evidence.map((file) => (
        <button
          key={file.sha256 + file.fileName}
          type="button"
          className="link-button"
          onClick={() => void download(file.sha256)}
        >
          {file.fileName}
        </button>
      ))}
      {voided && <span className="signoff__void">{voidText(signOff)}</span>}
      <ErrorMessage message={error} />
    </div>
  );
}
