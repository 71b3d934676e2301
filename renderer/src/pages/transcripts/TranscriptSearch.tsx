import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  transcriptSearchOrders,
  type TranscriptSearchOrder,
  type TranscriptSearchResult,
} from '../../../../shared/domain/transcriptViews.ts';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { Highlighted } from './Highlighted.tsx';

interface Searched {
  readonly query: string;
  /** The order the user chose, or undefined for the one the search chose. */
  readonly chosen: TranscriptSearchOrder | undefined;
  readonly result: TranscriptSearchResult;
}

/**
 * Search over every transcript the user may read; a hit opens its event at the turn. A new query
 * leaves the order to the search (relevance, newest first for a very common term); the user may
 * then choose the other order for it.
 */
export function TranscriptSearch({
  onOpen,
}: {
  readonly onOpen: (requestId: string, turnId: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<Searched | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(text: string, chosen: TranscriptSearchOrder | undefined) {
    const result = await invoke('transcripts:search', { text, order: chosen });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setSearched({ query: text, chosen, result: result.value });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void search(query, undefined);
  }

  const hits = searched?.result.hits;
  return (
    <section className="transcript-search" aria-labelledby="transcript-search-title">
      <h2 id="transcript-search-title">{t('transcripts.search.label')}</h2>
      <form role="search" className="row" onSubmit={submit}>
        <input
          type="search"
          aria-label={t('transcripts.search.label')}
          placeholder={t('transcripts.search.placeholder')}
          value={query}
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button" disabled={query.trim() === ''}>
          {t('transcripts.search.submit')}
        </button>
      </form>
      <ErrorMessage message={error} />
      {searched && hits && (
        <div className="transcript-search__summary">
          <p role="status" className="muted">
            {hits.length === 0
              ? t('transcripts.search.none', { query: searched.query })
              : searched.result.manyMatches
                ? t('transcripts.search.countOfMany', { count: hits.length })
                : t('transcripts.search.count', { count: hits.length })}
          </p>
          {hits.length > 0 && (
            <div
              className="transcript-search__order"
              role="group"
              aria-label={t('transcripts.search.order.label')}
            >
              {transcriptSearchOrders.map((order) => (
                <button
                  key={order}
                  type="button"
                  className="button button--small"
                  aria-pressed={order === searched.result.order}
                  onClick={() => void search(searched.query, order)}
                >
                  {t(`transcripts.search.order.${order}`)}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {searched?.chosen === undefined && searched?.result.order === 'newest' && (
        <p className="transcript-search__note muted">{t('transcripts.search.order.commonNote')}</p>
      )}
      {hits && hits.length > 0 && (
        <ol className="search-hits" aria-label={t('transcripts.search.label')}>
          {hits.map((hit) => (
            <li key={hit.turnId}>
              <button
                type="button"
                className="search-hit"
                onClick={() => onOpen(hit.requestId, hit.turnId)}
              >
                <span className="search-hit__where">
                  {t('transcripts.search.hit', {
                    event: hit.eventTitle,
                    seq: hit.seq,
                    time: formatShanghaiDateTime(hit.spokenAt),
                  })}
                </span>
                <span className="search-hit__text">
                  <strong>[{hit.speakerLabel}]</strong>{' '}
                  <Highlighted text={hit.text} ranges={hit.highlights} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
