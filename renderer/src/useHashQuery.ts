import { useCallback, useEffect, useMemo, useState } from 'react';

const queryText = (): string => {
  const hash = window.location.hash;
  const start = hash.indexOf('?');
  return start < 0 ? '' : hash.slice(start + 1);
};

export type QueryChanges = Readonly<Record<string, string | number | null | undefined>>;

/**
 * A list's filters, kept after `?` in the address (#/requests?keyword=教育&page=2), so reload,
 * back and forward and a copied address all show the same list. Setting them adds a history entry.
 */
export function useHashQuery(): [URLSearchParams, (changes: QueryChanges) => void] {
  const [text, setText] = useState(queryText);
  useEffect(() => {
    const update = () => setText(queryText());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const params = useMemo(() => new URLSearchParams(text), [text]);
  const change = useCallback((changes: QueryChanges) => {
    const next = new URLSearchParams(queryText());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    const base = window.location.hash.split('?')[0] || '#/';
    const query = next.toString();
    window.location.hash = query ? `${base}?${query}` : base;
  }, []);
  return [params, change];
}
