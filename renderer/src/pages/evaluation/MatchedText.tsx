import type { ReactNode } from 'react';
import type { MatchedSpan } from '../../../../shared/domain/evaluation.ts';

/** Text with its matched words marked: why a finding was raised, on each side. */
export function MatchedText({
  text,
  spans,
}: {
  readonly text: string;
  readonly spans: readonly MatchedSpan[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className="evaluation__match">
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
