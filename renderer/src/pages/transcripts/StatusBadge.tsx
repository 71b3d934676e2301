import { useTranslation } from 'react-i18next';
import type { TranscriptStatus } from '../../../../shared/rules/transcriptRules.ts';

const tone: Readonly<Record<TranscriptStatus, 'neutral' | 'pending' | 'good'>> = {
  notStarted: 'neutral',
  capturing: 'pending',
  ended: 'pending',
  reviewed: 'good',
  closed: 'neutral',
};

export function StatusBadge({ status }: { readonly status: TranscriptStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${tone[status]}`}>{t(`transcripts.statuses.${status}`)}</span>
  );
}
