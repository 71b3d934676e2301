import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { useSaveStatus, type SaveStatusStore } from './saveStatusStore.ts';

/** “已保存 10:32” and the like, announced politely to screen readers. */
export function SaveStatusLine({ store }: { readonly store: SaveStatusStore }) {
  const { t } = useTranslation();
  const status = useSaveStatus(store);
  let text = '';
  if (status.kind === 'unsaved') text = t('materials.save.unsaved');
  if (status.kind === 'saving') text = t('materials.save.saving');
  if (status.kind === 'retrying') text = t('materials.save.retrying');
  if (status.kind === 'composing') text = t('materials.save.composing');
  if (status.kind === 'saved') {
    text = t('materials.save.saved', {
      time: formatShanghaiDateTime(status.at).split(' ')[1] ?? '',
    });
  }
  return (
    <span className={`save-status save-status--${status.kind}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
