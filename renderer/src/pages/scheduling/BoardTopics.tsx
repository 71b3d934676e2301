import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicCounts } from '../../../../shared/domain/boardTopics.ts';
import { yearCounts } from '../../../../shared/rules/boardTopics.ts';
import { formatDuration, formatQuarter } from '../../../../shared/text/chineseDates.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { todayInShanghai } from './calendarDates.ts';
import { quarterName } from './complianceLabels.ts';
import './boardTopics.css';

type Period = 1 | 2 | 3 | 4 | null;
const periods: readonly Period[] = [1, 2, 3, 4, null];

/** This year's current quarter; a past or future year opens on the whole year. */
function initialPeriod(year: number): Period {
  const today = todayInShanghai();
  if (Number(today.slice(0, 4)) !== year) return null;
  return (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Period;
}

const countsIn = (perQuarter: readonly TopicCounts[], period: Period): TopicCounts | null =>
  period === null ? yearCounts(perQuarter) : (perQuarter[period - 1] ?? null);

function Cells({ counts }: { readonly counts: TopicCounts }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const { evaluation, concerns } = counts;
  const time = (ms: number | null) =>
    ms === null ? (
      <span className="muted">{t('boardTopics.none')}</span>
    ) : (
      formatDuration(ms, language)
    );
  const flagged = (count: number) => (
    <td className={count > 0 ? 'board-topics__flag' : undefined}>{count}</td>
  );
  return (
    <>
      <td>{evaluation.reviewed}</td>
      <td>{evaluation.findings}</td>
      {flagged(evaluation.verified)}
      <td className="board-topics__group">{concerns.registered}</td>
      <td>{concerns.responded}</td>
      <td>{time(concerns.averageResponseMs)}</td>
      <td>{time(concerns.longestResponseMs)}</td>
      {flagged(concerns.overdueInfo)}
      {flagged(concerns.overdueConference)}
    </>
  );
}

const hasAny = (counts: TopicCounts | null): counts is TopicCounts =>
  counts !== null && (counts.evaluation.reviewed > 0 || counts.concerns.registered > 0);

/** The board's 发布评估 and 舆情 counts per unit for a quarter or the year, for the 通报. */
export function BoardTopics({ year }: { readonly year: number }) {
  const { t, i18n } = useTranslation();
  const [topics] = useChannel('compliance:topics', { year });
  const [chosen, setChosen] = useState<{ year: number; period: Period } | null>(null);
  const period = chosen?.year === year ? chosen.period : initialPeriod(year);
  const label =
    period === null
      ? t('boardTopics.yearLabel', { year })
      : formatQuarter(`${year}-Q${period}`, i18n.language === 'en' ? 'en' : 'zh');
  if (topics.state === 'failed') return <ErrorMessage message={topics.error.message} />;
  if (topics.state !== 'ready') return null;
  const rows = topics.value.rows.flatMap((row) => {
    const counts = countsIn(row.quarters, period);
    return hasAny(counts) ? [{ row, counts }] : [];
  });
  const total = countsIn(topics.value.totals, period);
  return (
    <section className="board-topics" aria-labelledby="board-topics-title">
      <div className="board-topics__head">
        <h2 id="board-topics-title">{t('boardTopics.title')}</h2>
        <div className="board-topics__periods" role="group" aria-label={t('boardTopics.period')}>
          {periods.map((item) => (
            <button
              key={item ?? 'year'}
              type="button"
              className="button button--small"
              aria-pressed={item === period}
              onClick={() => setChosen({ year, period: item })}
            >
              {quarterName(t, item)}
            </button>
          ))}
        </div>
      </div>
      {rows.length === 0 || !total ? (
        <p className="muted">{t('boardTopics.empty', { period: label })}</p>
      ) : (
        <div className="board-topics__scroll">
          <table className="table board-topics__table">
            <caption className="visually-hidden">
              {t('boardTopics.caption', { period: label })}
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('boardTopics.unit')}
                </th>
                <th scope="colgroup" colSpan={3}>
                  {t('boardTopics.evaluation')}
                </th>
                <th scope="colgroup" colSpan={6} className="board-topics__group">
                  {t('boardTopics.concerns')}
                </th>
              </tr>
              <tr>
                {(['reviewed', 'findings', 'verified'] as const).map((key) => (
                  <th key={key} scope="col">
                    {t(`boardTopics.${key}`)}
                  </th>
                ))}
                {(
                  [
                    'registered',
                    'responded',
                    'average',
                    'longest',
                    'overdueInfo',
                    'overdueConference',
                  ] as const
                ).map((key) => (
                  <th
                    key={key}
                    scope="col"
                    className={key === 'registered' ? 'board-topics__group' : undefined}
                  >
                    {t(`boardTopics.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ row, counts }) => (
                <tr key={row.unitId}>
                  <th scope="row">{row.unitName}</th>
                  <Cells counts={counts} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('boardTopics.total')}</th>
                <Cells counts={total} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="muted board-topics__counting">{t('boardTopics.counting')}</p>
    </section>
  );
}
