import { useTranslation } from 'react-i18next';
import type { RequestState } from '../../../../shared/domain/requests.ts';

const tone: Readonly<Record<RequestState, 'neutral' | 'pending' | 'good' | 'bad'>> = {
  draft: 'neutral',
  unitReview: 'pending',
  newsOfficeReview: 'pending',
  authorityReview: 'pending',
  approved: 'good',
  returned: 'bad',
  rejected: 'bad',
  withdrawn: 'neutral',
  cancelled: 'neutral',
  postponed: 'pending',
  rescheduled: 'pending',
};

export function StateBadge({ state }: { readonly state: RequestState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${tone[state]}`}>{t(`requests.states.${state}`)}</span>;
}
