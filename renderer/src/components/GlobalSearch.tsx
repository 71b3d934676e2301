import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/contract/searchChannels.ts';
import { invoke } from '../api.ts';
import { searchTargets } from './searchTargets.ts';

const knownKinds = ['request', 'material', 'transcriptTurn', 'answerLibrary'] as const;
type GroupKind = (typeof knownKinds)[number] | 'other';

/** How long typing pauses before the search runs: each keystroke would otherwise ask main. */
const debounceMs = 200;

interface Group {
  readonly kind: GroupKind;
  readonly hits: readonly SearchResult[];
  /** The position of its first hit among all options (↑↓ move through them in this order). */
  readonly first: number;
}

const groupOf = (hit: SearchResult): GroupKind =>
  (knownKinds as readonly string[]).includes(hit.kind) ? (hit.kind as GroupKind) : 'other';

function groupsOf(results: readonly SearchResult[]): Group[] {
  const groups: Group[] = [];
  let first = 0;
  for (const kind of [...knownKinds, 'other' as const]) {
    const hits = results.filter((hit) => groupOf(hit) === kind);
    if (hits.length === 0) continue;
    groups.push({ kind, hits, first });
    first += hits.length;
  }
  return groups;
}

type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly previous: readonly SearchResult[] | null }
  | { readonly kind: 'done'; readonly query: string; readonly results: readonly SearchResult[] };

/**
 * The search box in the header (Ctrl+K), an ARIA combobox: results appear as you type, grouped by
 * kind; ↑↓ move through them, Enter opens the chosen one, Esc closes the list.
 */
export function GlobalSearch({ onNavigate }: { readonly onNavigate: (route: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const sequence = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const focus = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', focus);
    return () => window.removeEventListener('keydown', focus);
  }, []);

  function run(query: string) {
    window.clearTimeout(timer.current);
    const asked = ++sequence.current;
    if (query.trim() === '') {
      setState({ kind: 'idle' });
      return;
    }
    setState((current) => ({
      kind: 'searching',
      previous: current.kind === 'done' ? current.results : null,
    }));
    void invoke('search:query', { text: query, limit: 40 }).then((result) => {
      if (asked !== sequence.current) return;
      setState({ kind: 'done', query, results: result.ok ? result.value : [] });
      setActive(-1);
    });
  }

  function changed(next: string) {
    setText(next);
    setOpen(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => run(next), debounceMs);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const results =
    state.kind === 'done' ? state.results : state.kind === 'searching' ? state.previous : null;
  const groups = results ? groupsOf(results) : [];
  const options = groups.flatMap((group) => group.hits);
  const optionId = (index: number) => `${id}-option-${index}`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const showList = open && text.trim() !== '' && state.kind !== 'idle';
  const showHint = open && text.trim() === '';

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function go(hit: SearchResult) {
    const target = searchTargets[hit.kind];
    if (!target) return;
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    onNavigate(target(hit.refId, hit.eventId));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0
          ? options.length - 1
          : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = showList && active >= 0 ? options[active] : undefined;
      if (chosen) go(chosen);
      else {
        setOpen(true);
        run(text);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else changed('');
      setActive(-1);
    }
  }

  return (
    <div
      className="global-search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <div role="search">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label={t('workspace.search.label')}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          placeholder={t('workspace.search.placeholder')}
          title={t('workspace.search.placeholder')}
          value={text}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => changed(event.target.value)}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <span id={hintId} className="visually-hidden">
          {t('workspace.search.hint')}
        </span>
      </div>
      {showHint && (
        <div className="global-search__results global-search__results--hint">
          <p className="muted">{t('workspace.search.hint')}</p>
        </div>
      )}
      <div className="global-search__results" hidden={!showList}>
        <p className="global-search__status muted" role="status">
          {!showList
            ? ''
            : state.kind === 'searching'
              ? t('workspace.search.searching')
              : options.length === 0
                ? t('workspace.search.noResults', { query: text })
                : t('workspace.search.found', { count: options.length })}
        </p>
        <div role="listbox" id={listId} aria-label={t('workspace.search.label')}>
          {groups.map((group) => {
            const headingId = `${id}-group-${group.kind}`;
            return (
              <div key={group.kind} role="group" aria-labelledby={headingId}>
                <div id={headingId} role="presentation" className="global-search__group">
                  {t(`workspace.search.kinds.${group.kind}`)}
                </div>
                {group.hits.map((hit, index) => {
                  const position = group.first + index;
                  const opens = searchTargets[hit.kind] !== undefined;
                  return (
                    <div
                      key={`${hit.kind}-${hit.refId}`}
                      id={optionId(position)}
                      role="option"
                      aria-selected={position === active}
                      aria-disabled={!opens || undefined}
                      className="global-search__option"
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseEnter={() => setActive(position)}
                      onClick={() => go(hit)}
                    >
                      <strong>{hit.title}</strong>
                      <Snippet hit={hit} />
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
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
