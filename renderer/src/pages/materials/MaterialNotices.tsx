import { useTranslation } from 'react-i18next';
import type { MaterialDetail } from '../../../../shared/domain/materials.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useSaveFailure, type SaveStatusStore } from './saveStatusStore.ts';
import type { EditingLease } from './useEditingLease.ts';
import { useDateText } from '../../components/dates/useDateText.ts';

interface MaterialNoticesProps {
  readonly detail: MaterialDetail;
  readonly lease: EditingLease;
  readonly saveStatus: SaveStatusStore;
  readonly onTakeOver: () => void;
}

/** Why the material is read-only here, what an edit would void, and a save that failed. */
export function MaterialNotices({ detail, lease, saveStatus, onTakeOver }: MaterialNoticesProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const saveFailure = useSaveFailure(saveStatus);
  const canEdit = useCan('materials.edit');
  const { lock } = lease;
  const heldElsewhere = lock.holderName !== null && !lock.mine;
  const openedWhileHeld = detail.lock.holderName !== null && !detail.lock.mine;
  // This window held the lease when it opened the material, and another window has taken it.
  const takenOver = detail.lock.mine && heldElsewhere;
  const nowFree = lease.lost && lock.holderName === null;
  const takeOverButton = (
    <button type="button" className="button button--small" onClick={onTakeOver}>
      {t('materials.lock.takeOver')}
    </button>
  );
  return (
    <>
      {saveFailure !== null && (
        <ErrorMessage message={t('materials.save.failed', { message: saveFailure })} />
      )}
      {takenOver && (
        <p className="warning" role="note">
          {t('materials.lock.takenOver', { name: lock.holderName })} {takeOverButton}
        </p>
      )}
      {heldElsewhere && !takenOver && canEdit && (
        <p className="warning" role="note">
          {t('materials.lock.heldBy', {
            name: lock.holderName,
            time: dates.time(lock.since),
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
      {!detail.editable && !openedWhileHeld && !lease.lost && (
        <p className="muted">{t('materials.readOnly')}</p>
      )}
    </>
  );
}
