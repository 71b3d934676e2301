import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/contract/searchChannels.ts';
import { invoke } from '../api.ts';
import { searchTargets } from './searchTargets.ts';

const knownKinds = ['request', 'material', 'transcriptTurn'] as const;

/** The search box in the header (Ctrl+K): hits grouped by kind, a click opens the right place. */
export function GlobalSearch({ onNavigate }: { readonly onNavigate: (route: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [results, setResults] = useState<readonly SearchResult[] | null>(null);

  useEffect(() => {
    const focus = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', focus);
    return () => window.removeEventListener('keydown', focus);
  }, []);

  async function search(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setResults(null);
    const result = await invoke('search:query', { text, limit: 40 });
    setResults(result.ok ? result.value : []);
  }

  const groups = results
    ? [...knownKinds, 'other']
        .map((kind) => ({
          kind,
          hits: results.filter((hit) =>
            knownKinds.includes(hit.kind as (typeof knownKinds)[number])
              ? hit.kind === kind
              : kind === 'other',
          ),
        }))
        .filter((group) => group.hits.length > 0)
    : [];

  return (
    <div className="global-search">
      <form role="search" onSubmit={(event) => void search(event)}>
        <input
          ref={input}
          type="search"
          aria-label={t('workspace.search.label')}
          placeholder={t('workspace.search.placeholder')}
          title={t('workspace.search.placeholder')}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setResults(null)}
        />
      </form>
      {results && (
        <div
          className="global-search__results"
          role="region"
          aria-label={t('workspace.search.label')}
        >
          {groups.length === 0 && (
            <p className="muted">{t('workspace.search.noResults', { query: text })}</p>
          )}
          {groups.map((group) => (
            <section
              key={group.kind}
              aria-label={t(
                `workspace.search.kinds.${group.kind as (typeof knownKinds)[number] | 'other'}`,
              )}
            >
              <h2>
                {t(`workspace.search.kinds.${group.kind as (typeof knownKinds)[number] | 'other'}`)}
              </h2>
              <ul>
                {group.hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.refId}`}>
                    <button
                      type="button"
                      className="link-button"
                      disabled={!searchTargets[hit.kind]}
                      onClick={() => {
                        const target = searchTargets[hit.kind];
                        if (!target) return;
                        setResults(null);
                        onNavigate(target(hit.refId, hit.eventId));
                      }}
                    >
                      <strong>{hit.title}</strong>
                    </button>
                    <Snippet hit={hit} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <button type="button" className="button button--small" onClick={() => setResults(null)}>
            {t('workspace.search.close')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The snippet with every match marked. */
function Snippet({ hit }: { readonly hit: SearchResult }) {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const range of hit.highlights) {
    if (range.start > at) parts.push({ text: hit.snippet.slice(at, range.start), match: false });
    parts.push({ text: hit.snippet.slice(range.start, range.end), match: true });
    at = range.end;
  }
  if (at < hit.snippet.length) parts.push({ text: hit.snippet.slice(at), match: false });
  return (
    <div className="global-search__snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </div>
  );
}
