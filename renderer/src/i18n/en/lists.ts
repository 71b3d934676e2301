import type { Resources } from '../zhCN.ts';

export const listsEn: Resources['lists'] = {
  filters: 'Filters',
  apply: 'Search',
  clear: 'Clear filters',
  from: 'From',
  to: 'To',
  dateHint: 'e.g. 2026-12-05',
  rangeReversed: 'The end date cannot be before the start date.',
  total: '{{count}} in all',
  range: '{{first}}–{{last}}',
  previous: 'Previous',
  next: 'Next',
  paging: 'Pages',
  loading: 'Loading…',
  enumeration: ', ',
  labelled: '{{label}}: ',
  clauses: '; ',
};
