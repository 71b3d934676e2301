import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptSearchHit } from '../../../../shared/domain/transcriptViews.ts';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { Highlighted } from './Highlighted.tsx';

/** Search over every transcript the user may read; a hit opens its event at the turn. */
export function TranscriptSearch({
  onOpen,
}: {
  readonly onOpen: (requestId: string, turnId: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [hits, setHits] = useState<readonly TranscriptSearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('transcripts:search', { text: query });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setSearched(query);
    setHits(result.value);
  }

  return (
    <section className="transcript-search" aria-labelledby="transcript-search-title">
      <h2 id="transcript-search-title">{t('transcripts.search.label')}</h2>
      <form role="search" className="row" onSubmit={(event) => void search(event)}>
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
      {hits && (
        <p role="status" className="muted">
          {hits.length === 0
            ? t('transcripts.search.none', { query: searched })
            : t('transcripts.search.count', { count: hits.length })}
        </p>
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
