import { useTranslation } from 'react-i18next';
import type { MaterialDetail, MaterialLockView } from '../../../../shared/domain/materials.ts';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useSaveStatus, type SaveStatusStore } from './saveStatusStore.ts';

interface MaterialNoticesProps {
  readonly detail: MaterialDetail;
  readonly lock: MaterialLockView;
  readonly saveStatus: SaveStatusStore;
  readonly onTakeOver: () => void;
}

/** Why the material is read-only here, what an edit would void, and a save that failed. */
export function MaterialNotices({ detail, lock, saveStatus, onTakeOver }: MaterialNoticesProps) {
  const { t } = useTranslation();
  const status = useSaveStatus(saveStatus);
  const canEdit = useCan('materials.edit');
  const heldElsewhere = lock.holderName !== null && !lock.mine;
  const openedWhileHeld = detail.lock.holderName !== null && !detail.lock.mine;
  const nowFree = openedWhileHeld && lock.holderName === null;
  const takeOverButton = (
    <button type="button" className="button button--small" onClick={onTakeOver}>
      {t('materials.lock.takeOver')}
    </button>
  );
  return (
    <>
      {status.kind === 'failed' && (
        <ErrorMessage message={t('materials.save.failed', { message: status.message })} />
      )}
      {heldElsewhere && canEdit && (
        <p className="warning" role="note">
          {t('materials.lock.heldBy', {
            name: lock.holderName,
            time: formatShanghaiDateTime(lock.since).split(' ')[1] ?? '',
          })}{' '}
          {takeOverButton}
        </p>
      )}
      {nowFree && canEdit && (
        <p className="warning" role="note">
          {t('materials.lock.free')} {takeOverButton}
        </p>
      )}
      {detail.editable && detail.requestState === 'approved' && (
        <p className="warning" role="note">
          {t('materials.approvedWarning')}
        </p>
      )}
      {!detail.editable && !openedWhileHeld && <p className="muted">{t('materials.readOnly')}</p>}
    </>
  );
}
