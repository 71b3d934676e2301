import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { TranscriptSearch } from './TranscriptSearch.tsx';
import './transcripts.css';

interface TranscriptsPageProps {
  readonly onOpen: (requestId: string, turnId?: string) => void;
}

/** The events one may take notes at or read, and a search over all their transcripts. */
export function TranscriptsPage({ onOpen }: TranscriptsPageProps) {
  const { t } = useTranslation();
  const [events] = useChannel('transcripts:list', {});
  return (
    <section className="page page--wide">
      <h1>{t('transcripts.title')}</h1>
      <TranscriptSearch onOpen={onOpen} />
      <h2>{t('transcripts.eventsTitle')}</h2>
      {events.state === 'failed' && <ErrorMessage message={events.error.message} />}
      {events.state === 'ready' && events.value.length === 0 && (
        <p className="muted">{t('transcripts.noEvents')}</p>
      )}
      {events.state === 'ready' && events.value.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('transcripts.columns.title')}</th>
              <th scope="col">{t('transcripts.columns.unit')}</th>
              <th scope="col">{t('transcripts.columns.time')}</th>
              <th scope="col">{t('transcripts.columns.status')}</th>
              <th scope="col">{t('transcripts.columns.turns')}</th>
              <th scope="col">{t('transcripts.columns.followUps')}</th>
            </tr>
          </thead>
          <tbody>
            {events.value.map((event) => (
              <tr key={event.requestId}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(event.requestId)}
                  >
                    {event.title}
                  </button>
                </td>
                <td>{event.unitName}</td>
                <td>{formatShanghaiDateTime(event.startsAt)}</td>
                <td>
                  <StatusBadge status={event.status} />
                </td>
                <td>{event.turnCount}</td>
                <td>{event.openFollowUps > 0 ? event.openFollowUps : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
