import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs.tsx';
import type { BoardRow } from '../../../../shared/domain/schedulingCompliance.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { BoardCharts } from './BoardCharts.tsx';
import { BoardTable, type CellRef } from './BoardTable.tsx';
import { todayInShanghai } from './calendarDates.ts';
import { CellDialog } from './CellDialog.tsx';
import { NoticeEditor } from './NoticeEditor.tsx';
import { WarningList } from './WarningList.tsx';
import './scheduling.css';

type Tab = 'board' | 'notice';

const needsAttention = (row: BoardRow): boolean =>
  [...row.quarters.flatMap((cells) => Object.values(cells)), ...Object.values(row.year)].some(
    (cell) => cell.status === 'missed' || cell.status === 'atRisk',
  );

/** The yearly years a board can show: this year and the four before it. */
export const boardYears = (): number[] => {
  const year = Number(todayInShanghai().slice(0, 4));
  return [year + 1, year, year - 1, year - 2, year - 3, year - 4];
};

/** 发布要求看板: units × quarters and the yearly rules, early warnings, charts, and the 通报. */
export function CompliancePage({ onOpen }: { readonly onOpen: (requestId: string) => void }) {
  const { t } = useTranslation();
  const canNotice = useCan('compliance.notice');
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const [tab, setTab] = useState<Tab>('board');
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [open, setOpen] = useState<CellRef | null>(null);
  const [board] = useChannel('compliance:board', { year });
  const tabs: readonly Tab[] = canNotice ? ['board', 'notice'] : ['board'];
  return (
    <section className="page page--wide compliance">
      <div className="page__title">
        <h1>{t('scheduling.board.title')}</h1>
        <div className="form-narrow">
          <SelectField
            label={t('scheduling.board.year')}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
          >
            {boardYears().map((item) => (
              <option key={item} value={item}>
                {t('scheduling.labels.year', { year: item })}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {board.state === 'failed' && <ErrorMessage message={board.error.message} />}
      <Tabs
        label={t('scheduling.board.title')}
        tabs={tabs.map((id) => ({ id, label: t(`scheduling.board.tabs.${id}`) }))}
        current={tab}
        onSelect={(id) => setTab(id as Tab)}
      >
        {tab === 'notice' && <NoticeEditor year={year} />}
        {tab === 'board' && board.state === 'ready' && (
          <>
            <WarningList warnings={board.value.warnings} today={board.value.today} />
            <BoardCharts board={board.value} />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyAttention}
                onChange={(event) => setOnlyAttention(event.target.checked)}
              />
              {t('scheduling.board.onlyAttention')}
            </label>
            <BoardTable
              board={board.value}
              rows={onlyAttention ? board.value.rows.filter(needsAttention) : board.value.rows}
              onOpen={setOpen}
            />
            <p className="muted">{t('scheduling.board.counting')}</p>
            {open && (
              <CellDialog year={year} cell={open} onClose={() => setOpen(null)} onOpen={onOpen} />
            )}
          </>
        )}
      </Tabs>
    </section>
  );
}
