import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DayField } from './dates/DayField.tsx';
import { TextField } from './Field.tsx';
import type { QueryChanges } from '../useHashQuery.ts';

interface ListFiltersProps {
  readonly params: URLSearchParams;
  readonly onChange: (changes: QueryChanges) => void;
  readonly keywordLabel: string;
  readonly keywordHint?: string;
  /** Whether the list has a date range (from/to in the address). */
  readonly dates?: boolean;
  /** The list's own selects, applied as soon as they change. */
  readonly children?: ReactNode;
}

/** Filters that clear the page on change. */
export const filterChange = (changes: QueryChanges): QueryChanges => ({ ...changes, page: null });

/**
 * The filter bar of a long list: a keyword (applied on Enter or 查询), a date range in the app's
 * own day fields, the list's own selects, and 清除筛选. Everything lives in the address.
 */
export function ListFilters({
  params,
  onChange,
  keywordLabel,
  keywordHint,
  dates = true,
  children,
}: ListFiltersProps) {
  const { t } = useTranslation();
  const applied = params.get('keyword') ?? '';
  const [keyword, setKeyword] = useState(applied);
  const [shown, setShown] = useState(applied);
  // The address changed under the field (back, forward, 清除筛选): show what it now says.
  if (applied !== shown) {
    setShown(applied);
    setKeyword(applied);
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const reversed = from !== '' && to !== '' && to < from;
  const filtered = [...params.keys()].some((key) => key !== 'page' && key !== 'sort');

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange(filterChange({ keyword: keyword.trim() }));
  }

  return (
    <form role="search" className="list-filters" onSubmit={submit} aria-label={t('lists.filters')}>
      <TextField
        label={keywordLabel}
        type="search"
        value={keyword}
        maxLength={100}
        hint={keywordHint}
        onChange={(event) => setKeyword(event.target.value)}
      />
      {children}
      {dates && (
        <>
          <DayField
            label={t('lists.from')}
            value={from}
            onChange={(value) => onChange(filterChange({ from: value }))}
          />
          <DayField
            label={t('lists.to')}
            value={to}
            problem={reversed ? t('lists.rangeReversed') : undefined}
            onChange={(value) => onChange(filterChange({ to: value }))}
          />
        </>
      )}
      <div className="list-filters__actions">
        <button type="submit" className="button button--primary">
          {t('lists.apply')}
        </button>
        {filtered && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const cleared: Record<string, null> = {};
              for (const key of params.keys()) if (key !== 'sort') cleared[key] = null;
              onChange(cleared);
            }}
          >
            {t('lists.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
