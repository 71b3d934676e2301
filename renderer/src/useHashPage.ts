import { useHashQuery } from './useHashQuery.ts';

/**
 * A paged list's filters and page number, kept in the address (#/users?unit=…&page=2; see
 * useHashQuery). `pagerFor(total)` gives the Pager its props; `filtered` says whether any filter
 * other than the page (and the `unfiltering` keys, such as a sort order) is set.
 */
export function useHashPage(pageSize: number, unfiltering: readonly string[] = []) {
  const [params, change] = useHashQuery();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const offset = (page - 1) * pageSize;
  const filtered = [...params.keys()].some((key) => key !== 'page' && !unfiltering.includes(key));
  const pagerFor = (total: number) => ({
    total,
    offset,
    limit: pageSize,
    onOffset: (next: number) => change({ page: next / pageSize + 1 }),
  });
  return { params, change, offset, limit: pageSize, filtered, pagerFor };
}
