import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs.tsx';
import type { BoardRow } from '../../../../shared/domain/schedulingCompliance.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { BoardCharts } from './BoardCharts.tsx';
import { BoardTopics } from './BoardTopics.tsx';
import { BoardTable, type CellRef } from './BoardTable.tsx';
import { todayInShanghai } from './calendarDates.ts';
import { CellDialog } from './CellDialog.tsx';
import { NoticeEditor } from './NoticeEditor.tsx';
import { WarningList } from './WarningList.tsx';
import './scheduling.css';
import { YearSelect } from './YearSelect.tsx';

type Tab = 'board' | 'notice';

const needsAttention = (row: BoardRow): boolean =>
  [...row.quarters.flatMap((cells) => Object.values(cells)), ...Object.values(row.year)].some(
    (cell) => cell.status === 'missed' || cell.status === 'atRisk',
  );

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
    <section className="page page--broad compliance">
      <div className="page__title">
        <h1>{t('scheduling.board.title')}</h1>
        <YearSelect year={year} onChange={setYear} />
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
            <BoardTopics year={year} />
            {open && (
              <CellDialog year={year} cell={open} onClose={() => setOpen(null)} onOpen={onOpen} />
            )}
          </>
        )}
      </Tabs>
    </section>
  );
}
