import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../useChannel.ts';
import { ConflictList } from './ConflictList.tsx';

interface ConflictNoticeProps {
  readonly requestId: string;
  /** Changes whenever the request is saved, so the check runs again. */
  readonly revision: number;
}

/**
 * The request form's warning when the saved time, venue, spokesperson or leader clashes with
 * another booking. Drop it next to the form: `<ConflictNotice requestId={id} revision={rev} />`.
 */
export function ConflictNotice({ requestId, revision }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const [found, reload] = useChannel('schedule:conflicts', { requestId });
  useEffect(() => reload(), [revision, reload]);
  if (found.state !== 'ready' || found.value.length === 0) return null;
  return (
    <div className="warning" role="note">
      <strong>{t('scheduling.conflicts.onForm')}</strong>
      <ConflictList items={found.value.map((clash) => ({ ...clash, key: clash.requestId }))} />
    </div>
  );
}
