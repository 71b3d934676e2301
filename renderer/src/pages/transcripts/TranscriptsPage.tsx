import { useTranslation } from 'react-i18next';
import { useDateText } from '../../components/dates/useDateText.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useChannel } from '../../useChannel.ts';
import { useHashPage } from '../../useHashPage.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { TranscriptSearch } from './TranscriptSearch.tsx';
import './transcripts.css';

const pageSize = 50;

interface TranscriptsPageProps {
  readonly onOpen: (requestId: string, turnId?: string) => void;
}

/**
 * The events one may take notes at or read (by keyword and days, paged, the filter in the
 * address), and a search over all their transcripts.
 */
export function TranscriptsPage({ onOpen }: TranscriptsPageProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const paging = useHashPage(pageSize);
  const { params, change } = paging;
  const [loaded] = useChannel('transcripts:page', {
    keyword: params.get('keyword') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    limit: pageSize,
    offset: paging.offset,
  });
  const { filtered } = paging;
  const clear = () => change(Object.fromEntries([...params.keys()].map((key) => [key, null])));
  const pager =
    loaded.state === 'ready' && loaded.value.total > 0 ? (
      <Pager {...paging.pagerFor(loaded.value.total)} />
    ) : null;
  const events =
    loaded.state === 'ready' ? { state: 'ready' as const, value: loaded.value.items } : loaded;
  return (
    <section className="page page--broad">
      <h1>{t('transcripts.title')}</h1>
      <TranscriptSearch onOpen={onOpen} />
      <h2>{t('transcripts.eventsTitle')}</h2>
      <ListFilters
        params={params}
        onChange={change}
        keywordLabel={t('transcripts.list.keyword')}
        keywordHint={t('transcripts.list.keywordHint')}
      />
      {events.state === 'failed' && <ErrorMessage message={events.error.message} />}
      {events.state === 'ready' && events.value.length === 0 && (
        <EmptyState
          purpose={filtered ? t('transcripts.list.noMatch') : t('transcripts.list.emptyPurpose')}
          hint={filtered ? t('transcripts.list.noMatchHint') : t('transcripts.list.emptyHint')}
          action={
            filtered ? (
              <button type="button" className="button" onClick={clear}>
                {t('lists.clear')}
              </button>
            ) : undefined
          }
        />
      )}
      {pager}
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
                <td>{dates.dayTime(event.startsAt)}</td>
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
