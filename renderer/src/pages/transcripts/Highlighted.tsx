import type { ReactNode } from 'react';
import type { HighlightRange } from '../../../../shared/search/searchText.ts';

/** Text with the given ranges marked, as search results show them. */
export function Highlighted({
  text,
  ranges,
}: {
  readonly text: string;
  readonly ranges: readonly HighlightRange[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    parts.push(text.slice(at, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
