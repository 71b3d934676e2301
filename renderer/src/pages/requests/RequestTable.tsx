import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../../shared/domain/requestViews.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import { StateBadge } from './StateBadge.tsx';

interface RequestTableProps {
  readonly requests: readonly RequestSummary[];
  readonly onOpen: (id: string) => void;
  readonly caption?: string;
}

export function RequestTable({ requests, onOpen, caption }: RequestTableProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  if (requests.length === 0) return <p className="muted">{t('requests.inbox.none')}</p>;
  return (
    <table className="table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('requests.columns.title')}</th>
          <th scope="col">{t('requests.columns.unit')}</th>
          <th scope="col">{t('requests.columns.form')}</th>
          <th scope="col">{t('requests.columns.time')}</th>
          <th scope="col">{t('requests.columns.state')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => (
          <tr key={request.id}>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(request.id)}>
                {request.title || t('requests.untitled')}
              </button>
              {request.isEmergency && (
                <span className="badge badge--bad">{t('requests.form.isEmergency')}</span>
              )}
            </td>
            <td>{request.unitName}</td>
            <td>{t(`requests.forms.${request.form}`)}</td>
            <td>{dates.dayTime(request.startsAt)}</td>
            <td>
              <StateBadge state={request.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
