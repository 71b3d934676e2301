import { useTranslation } from 'react-i18next';
import {
  quarterRules,
  yearRules,
  type BoardRow,
  type ComplianceBoard,
  type ComplianceRule,
} from '../../../../shared/domain/schedulingCompliance.ts';
import { quarterName, ruleName } from './complianceLabels.ts';
import { StatusCell } from './StatusCell.tsx';

export interface CellRef {
  readonly unitId: string;
  readonly quarter: number | null;
  readonly rule: ComplianceRule;
}

interface BoardTableProps {
  readonly board: ComplianceBoard;
  readonly rows: readonly BoardRow[];
  readonly onOpen: (cell: CellRef) => void;
}

/** Units × quarters, then the yearly rules; every cell opens the events or filings behind it. */
export function BoardTable({ board, rows, onOpen }: BoardTableProps) {
  const { t } = useTranslation();
  const shownYearRules = yearRules.filter((rule) => rows.some((row) => row.year[rule]));
  return (
    <div className="board-scroll">
      <table className="table board">
        <caption className="visually-hidden">
          {t('scheduling.board.caption', { year: board.year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scheduling.columns.unit')}</th>
            {[1, 2, 3, 4].map((quarter) => (
              <th key={quarter} scope="col">
                {quarterName(t, quarter)}
              </th>
            ))}
            {shownYearRules.map((rule) => (
              <th key={rule} scope="col" title={t(`scheduling.rules.${rule}.long`)}>
                {ruleName(t, rule)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId}>
              <th scope="row">
                {row.unitName}
                {row.designated && (
                  <span
                    className="badge badge--neutral"
                    title={t('scheduling.board.designatedHint')}
                  >
                    {t('scheduling.board.designated')}
                  </span>
                )}
              </th>
              {row.quarters.map((cells, index) => (
                <td key={index}>
                  <div className="board__stack">
                    {quarterRules.map((rule) => {
                      const cell = cells[rule];
                      return cell ? (
                        <StatusCell
                          key={rule}
                          unitName={row.unitName}
                          quarter={index + 1}
                          rule={rule}
                          cell={cell}
                          showRule={row.designated}
                          onOpen={() => onOpen({ unitId: row.unitId, quarter: index + 1, rule })}
                        />
                      ) : null;
                    })}
                  </div>
                </td>
              ))}
              {shownYearRules.map((rule) => {
                const cell = row.year[rule];
                return (
                  <td key={rule}>
                    {cell ? (
                      <StatusCell
                        unitName={row.unitName}
                        quarter={null}
                        rule={rule}
                        cell={cell}
                        compact
                        onOpen={() => onOpen({ unitId: row.unitId, quarter: null, rule })}
                      />
                    ) : (
                      <span className="muted" aria-label={t('scheduling.status.notApplicable')}>
                        —
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
